#!/usr/bin/env python3
"""How far a libFuzzer run is from a plateau, read from its log.

Usage: python3 fuzz/plateau.py LOG [LOG...]
       python3 fuzz/plateau.py --campaign LOG1 LOG2 ...

A log is of one process or of a `-fork=K` run (its parent's lines count all jobs).

For each log: the runs, the final coverage (cov: edges, ft: features), and how much
of each the last quarter of the runs added. With --campaign the logs are successive
runs of one target on one corpus (each resumed from the corpus the last one left),
read as one run: the runs add up and the last quarter is of all of them. A target is called at a plateau here when
the last quarter added under 1 % of the edges it ended with.
"""

import re
import sys

# `#N  NEW  cov: …` from one process; `#N: cov: …` from the parent of `-fork=K`, whose
# runs and coverage are those of all its jobs together.
LINE = re.compile(r"^#(\d+)(?::|\s+\S+)\s+cov: (\d+) ft: (\d+)")


def read(path):
    points = []
    with open(path, errors="replace") as f:
        for line in f:
            m = LINE.match(line)
            if m:
                points.append(tuple(int(g) for g in m.groups()))
    return points


def at(points, run):
    """Coverage at the last line with at most `run` runs."""
    best = points[0]
    for p in points:
        if p[0] <= run:
            best = p
    return best


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    worst = 0
    args = sys.argv[1:]
    if args and args[0] == "--campaign":
        points, offset = [], 0
        for path in args[1:]:
            run = read(path)
            points += [(r + offset, c, f) for (r, c, f) in run]
            offset += run[-1][0] if run else 0
        campaigns = [(" + ".join(args[1:]), points)]
    else:
        campaigns = [(path, read(path)) for path in args]
    for path, points in campaigns:
        if not points:
            print(f"{path}: no coverage lines", file=sys.stderr)
            worst = 2
            continue
        runs, cov, ft = points[-1]
        q = at(points, runs * 3 // 4)
        dcov, dft = cov - q[1], ft - q[2]
        share = 100.0 * dcov / cov if cov else 0.0
        plateau = share < 1.0
        print(
            f"{path}: {runs:,} runs, cov {cov:,} (ft {ft:,}); last quarter "
            f"+{dcov:,} cov ({share:.2f} %), +{dft:,} ft"
            f" — {'plateau' if plateau else 'still growing'}"
        )
        if not plateau:
            worst = max(worst, 1)
    return worst


if __name__ == "__main__":
    sys.exit(main())
