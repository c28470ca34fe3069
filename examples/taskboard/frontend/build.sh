#!/usr/bin/env bash
# Builds the task board UI into dist/: installs the npm workspaces when needed, builds the client
# kernel it stands on, type-checks against the generated client in src/api, bundles with Vite
# (the browser bundle in dist/, the server entry in dist-ssr/).
# The Maven build of examples/taskboard/backend runs this after generating src/api.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$root"
source bin/lib/node.sh
mizan_npm_install "$root"
npm run --silent build:kernel
npm run --silent build --workspace examples/taskboard/frontend -- --logLevel warn
# The server entry for the render workers (docs/ssr.md): dist-ssr/entry-server.js.
npm exec --workspace examples/taskboard/frontend -- vite build --ssr src/entry-server.tsx --outDir dist-ssr --emptyOutDir --logLevel warn
# The workers render with React's production build (NODE_ENV fixed in vite.config.ts): refuse an
# entry that still carries development code.
if grep -q -e 'process\.env\.NODE_ENV' -e '\.development\.js' examples/taskboard/frontend/dist-ssr/entry-server.js; then
  echo "error: dist-ssr/entry-server.js carries React's development build (NODE_ENV is not fixed at build time)" >&2
  exit 1
fi
