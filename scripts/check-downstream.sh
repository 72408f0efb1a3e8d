#!/usr/bin/env bash
# The published surface, tested as users see it: pack ananke-ts, install the tarball into a temp
# copy of examples/downstream (only the npm registry is needed), and check
#   - the kit-only install footprint (ananke-ts and its dependencies) is at most 5 MB, and npm
#     prints no install-script warning;
#   - require() of the kit from CommonJS, and tsc with skipLibCheck: false;
#   - the example's vitest run (property suite) and a quick vitest bench with the scaling report;
#   - with CHECK_EXTRACT=1, `npx ananke extract` first names the one npm i line, then works after it.
# Exit status: 0 when every check passes. KEEP=1 keeps the temp directory; DOWNSTREAM_REPORT=<abs path>
# also writes the example's vitest results as JSON there.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ananke-downstream-XXXXXX")
if [ "${KEEP:-0}" = "1" ]; then echo "work directory: $work"; else trap 'rm -rf "$work"' EXIT; fi

step() { printf '\n== %s\n' "$*"; }

step "pack (prepack builds dist/)"
npm pack --pack-destination "$work" --silent >/dev/null
tarball=$(ls "$work"/ananke-ts-*.tgz)
files=$(tar -tzf "$tarball")
if grep -qE '\.map$|^package/src/' <<<"$files"; then echo "the package ships source maps or src/"; exit 1; fi
echo "$(wc -l <<<"$files") files, $(du -k "$tarball" | cut -f1) KB packed"

cp -r "$root/examples/downstream" "$work/app"
cd "$work/app"
rm -rf node_modules package-lock.json

step "install the example's own tools, then the tarball"
npm install --no-audit --no-fund --loglevel=error
size() { du -sk "$@" node_modules | cut -f1; }
before=$(size --apparent-size); before_disk=$(size)
npm install --no-audit --no-fund "$tarball" 2>&1 | tee install.log
after=$(size --apparent-size); after_disk=$(size)
if grep -q 'install-scripts\|install script' install.log; then echo "npm warned about install scripts"; exit 1; fi
# The gate is on the bytes installed (du --apparent-size); on disk, each of ananke-ts's ~600 small
# files takes at least one 4 KB block, which adds about 1.8 MB whatever the content.
kb=$((after - before))
mb() { awk "BEGIN { printf \"%.1f\", $1 / 1024 }"; }
echo "kit-only footprint: $(mb "$kb") MB installed (du --apparent-size), $(mb $((after_disk - before_disk))) MB on disk (du)"
npm ls --all --omit=dev --parseable 2>/dev/null | sed "s#^$(pwd)/node_modules/##" | grep -v "^$(pwd)$" | sort | tr '\n' ' ' ; echo
if [ "$kb" -gt 5120 ]; then echo "footprint above 5 MB"; exit 1; fi

step "CommonJS"
node cjs-check.cjs

step "types (skipLibCheck: false)"
npx tsc -p tsconfig.json

step "vitest run"
# DOWNSTREAM_REPORT names a JSON report of the example's tests (.ci/run counts them in its last line).
if [ -n "${DOWNSTREAM_REPORT:-}" ]; then
  npx vitest run --reporter=default --reporter=json --outputFile.json="$DOWNSTREAM_REPORT"
else
  npx vitest run
fi

step "vitest bench (quick) with the scaling report"
npx vitest bench --run | tee bench.log
grep -q 'slope .* \[.*\], O(' bench.log || { echo "no scaling report"; exit 1; }

if [ "${CHECK_EXTRACT:-0}" = "1" ]; then
  step "ananke extract without, then with, the grammars"
  mkdir -p src-extract && echo 'export function add(a: number, b: number): number { return a + b; }' > src-extract/add.ts
  set +e
  npx ananke extract src-extract > extract.log 2>&1
  set -e
  cat extract.log
  line=$(node -e "import('ananke-ts').then((m) => console.log(m.GRAMMAR_INSTALL_COMMAND))")
  grep -qF "$line" extract.log || { echo "ananke extract did not print: $line"; exit 1; }
  $line --no-audit --no-fund --loglevel=error
  npx ananke extract src-extract | head -20
fi

step "downstream checks passed"
