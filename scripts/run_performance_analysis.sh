#!/usr/bin/env bash
# Thin wrapper kept for users of the original Ananke, whose scripts/run_performance_analysis.sh ran
# the benchmark suite. It builds if needed and runs `ananke perf`; all arguments pass through:
#   scripts/run_performance_analysis.sh            # default profile (a few minutes)
#   scripts/run_performance_analysis.sh --quick    # CI smoke test, under 90 s
#   scripts/run_performance_analysis.sh --full --save-baseline
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f dist/cli/main.js ]; then
  npm run build
fi
exec node --max-old-space-size="${ANANKE_HEAP_MB:-8192}" bin/ananke.js perf "$@"
