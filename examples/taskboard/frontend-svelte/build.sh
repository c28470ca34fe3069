#!/usr/bin/env bash
# Builds the task board's Svelte UI into dist/ (served under /svelte/): installs the npm workspaces when
# needed, builds the client kernel and bindings, type-checks with svelte-check against the generated
# client in src/api, bundles with Vite. The Maven build of examples/taskboard/backend runs this
# after generating src/api.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$root"
source bin/lib/node.sh
mizan_npm_install "$root"
npm run --silent build:kernel
npm run --silent build --workspace examples/taskboard/frontend-svelte -- --logLevel warn
