#!/usr/bin/env bash
# End-to-end tests in real editors: Neovim over stdio first (seconds), then the VS Code workbench
# (code-server + Chromium; installs its own tools on first run). Fails if either suite fails or
# could not run. Needs: chromium, neovim, libkrb5-dev, build-essential, pkg-config, python3 (apt).
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
status=0
t=$(date +%s)
echo "== e2e: Neovim ==" >&2
bash "$HERE/e2e-nvim/run.sh" || status=1
echo "== e2e: Neovim took $(( $(date +%s) - t )) s ==" >&2
t=$(date +%s)
echo "== e2e: VS Code (code-server) ==" >&2
bash "$HERE/e2e-vscode/run.sh" || status=1
echo "== e2e: VS Code took $(( $(date +%s) - t )) s ==" >&2
if [ $status -ne 0 ]; then echo "e2e: FAILED" >&2; else echo "e2e: all passed" >&2; fi
exit $status
