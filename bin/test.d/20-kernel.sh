# TypeScript client kernel: build @mizan/base and @mizan/react (tsc, declarations), type-check
# their tests, run their Vitest suites and check the size budget (bench/results/kernel-size.txt).
set -euo pipefail
source bin/lib/node.sh
mizan_npm_install "$PWD"
npm run --silent build:kernel
npm run --silent typecheck -w @mizan/base -w @mizan/react
npx vitest run --root frontends/mizan-base
npx vitest run --root frontends/mizan-react
node frontends/size-check.mjs
