#!/usr/bin/env python3
"""How far a libFuzzer run is from a plateau, read from its log.

Usage: python3 fuzz/plateau.py LOG [LOG...]

For each log: the runs, the final coverage (cov: edges, ft: features), and how much
of each the last quarter of the runs added. A target is called at a plateau here when
the last quarter added under 1 % of the edges it ended with.
"""

import re
import sys

LINE = re.compile(r"^#(\d+)\s+\S+\s+cov: (\d+) ft: (\d+)")


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
    for path in sys.argv[1:]:
        points = read(path)
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
