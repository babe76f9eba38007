#!/usr/bin/env bash
# Copydesk in Neovim (Debian's neovim 0.7.2), headless, over stdio against `node dist/server.js --stdio`.
# Prints one line per test and, last, `N passed, N failed`. Exit 1 on any failure or if it could not run.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"

could_not_run() { echo "e2e-nvim: could not run: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

command -v nvim >/dev/null || could_not_run "nvim not found (apt-get install -y neovim)"
command -v node >/dev/null || could_not_run "node not found"
if [ ! -f "$REPO/dist/server.js" ]; then
  (cd "$REPO" && npm run build >/dev/null) || could_not_run "npm run build failed"
fi

TMP="$(mktemp -d /tmp/cdnvim.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT

# An original draft (written for this test) with the seed's kinds of problems: a paragraph that
# closes a quotation it never opened, and an attribution with no speech verb.
cat > "$TMP/draft.txt" <<'DRAFT'
ASTANA, March 3 — The party congress backed a five-year programme of regional development on Tuesday, the press service said.

"The programme sets clear targets for every region and every district," said first deputy chairman of the party Maulen Ashimbayev.

Cooperation with the local councils will only deepen and expand," the first deputy chairman of the party, whose words are given in the information.

Ashimbayev thanked the volunteers who prepared the congress.
DRAFT
# What the buffer must hold after the quick fix: the opening mark at the start of paragraph 3, nothing else touched.
sed 's/^Cooperation with/"Cooperation with/' "$TMP/draft.txt" > "$TMP/expected.txt"

cd "$TMP"
COPYDESK_SERVER="$REPO/dist/server.js" COPYDESK_ROOT="$TMP" COPYDESK_EXPECTED="$TMP/expected.txt" \
  timeout 120 nvim --headless -u NONE -i NONE --noplugin -n -c "luafile $HERE/lsp_e2e.lua" "$TMP/draft.txt" \
  > "$TMP/out.txt" 2> "$TMP/err.txt"
rc=$?
cat "$TMP/out.txt"
last="$(tail -n 1 "$TMP/out.txt")"
if ! [[ "$last" =~ ^[0-9]+\ passed,\ [0-9]+\ failed$ ]]; then
  echo "--- nvim stderr ---" >&2; cat "$TMP/err.txt" >&2
  could_not_run "nvim exited $rc without a result line"
fi
if [ $rc -ne 0 ] || ! [[ "$last" =~ ,\ 0\ failed$ ]]; then
  [ -s "$TMP/err.txt" ] && { echo "--- nvim stderr ---" >&2; cat "$TMP/err.txt" >&2; }
  exit 1
fi
exit 0
