# TypeScript client kernel: builds @mizan/base and its bindings @mizan/react, @mizan/vue and
# @mizan/svelte (tsc, declarations), type-checks them with their tests, runs their Vitest suites
# and checks the 8 kB size budget of each binding with the kernel, writing the figures to
# bench/results/kernel-size.txt (all in the root script test:kernel).
set -euo pipefail
source bin/lib/node.sh
mizan_npm_install "$PWD"
npm run --silent test:kernel
# Publish-ready: npm accepts both packages as they are (dry run, nothing is uploaded).
npm publish --dry-run --silent -w @mizan/base -w @mizan/react -w @mizan/vue -w @mizan/svelte >/dev/null 2>&1 || {
  echo "npm publish --dry-run failed for the client packages" >&2
  npm publish --dry-run -w @mizan/base -w @mizan/react -w @mizan/vue -w @mizan/svelte >&2
  exit 1
}
