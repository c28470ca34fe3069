#!/usr/bin/env bash
# Builds the task board's Vue UI into dist/ (served under /vue/): installs the npm workspaces when
# needed, builds the client kernel and bindings, type-checks with vue-tsc against the generated
# client in src/api, bundles with Vite. The Maven build of examples/taskboard/backend runs this
# after generating src/api.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$root"
source bin/lib/node.sh
mizan_npm_install "$root"
npm run --silent build:kernel
npm run --silent build --workspace examples/taskboard/frontend-vue -- --logLevel warn
