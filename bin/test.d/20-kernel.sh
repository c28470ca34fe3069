# TypeScript client kernel: builds @mizan/base and its bindings @mizan/react, @mizan/vue and
# @mizan/svelte (tsc, declarations), type-checks them with their tests, runs their Vitest suites
# and checks the 8 kB size budget of each binding with the kernel, writing the figures to
# bench/results/kernel-size.txt (all in the root script test:kernel).
set -euo pipefail
source bin/lib/node.sh
mizan_npm_install "$PWD"
npm run --silent test:kernel
