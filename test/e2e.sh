#!/usr/bin/env bash
# End-to-end tests in real editors: Neovim over stdio first (seconds), then the VS Code workbench
# (code-server + Chromium; installs its own tools on first run). Fails if either suite fails or
# could not run. Needs: chromium, neovim, libkrb5-dev, build-essential, pkg-config, python3 (apt).
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
status=0
passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Runs one suite, shows its output, and adds its closing "N passed, N failed" to the totals; a
# suite that printed no such line could not run, and counts as one failure.
suite() {
  local name=$1 script=$2 t
  t=$(date +%s)
  echo "== e2e: $name ==" >&2
  bash "$script" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local line
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
  if [ -n "$line" ]; then
    passed=$(( passed + $(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/') ))
    failed=$(( failed + $(echo "$line" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/') ))
  else
    failed=$(( failed + 1 ))
  fi
  [ "$rc" -eq 0 ] || status=1
  echo "== e2e: $name took $(( $(date +%s) - t )) s ==" >&2
}
suite "Neovim" "$HERE/e2e-nvim/run.sh"
suite "VS Code (code-server)" "$HERE/e2e-vscode/run.sh"
[ "$failed" -eq 0 ] || status=1
if [ $status -ne 0 ]; then echo "e2e: FAILED" >&2; else echo "e2e: all passed" >&2; fi
echo "e2e: $passed passed, $failed failed"
exit $status
