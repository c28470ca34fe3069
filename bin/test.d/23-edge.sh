# The edge worker in TypeScript: type-checks @mizan/edge and runs its Vitest suite: MWT verification
# against conformance/mwt-vectors.json (the file the Java core checks too), the handler over an
# in-process origin, and the check that its sources import nothing but standard APIs.
set -euo pipefail
source bin/lib/node.sh
mizan_npm_install "$PWD"
npm run --silent build -w @mizan/keys
npm run --silent build -w @mizan/base
npm run --silent typecheck -w @mizan/edge
npm run --silent test -w @mizan/edge
npm run --silent build -w @mizan/edge
npm publish --dry-run --silent -w @mizan/edge >/dev/null 2>&1 || {
  echo "npm publish --dry-run failed for @mizan/edge" >&2
  npm publish --dry-run -w @mizan/edge >&2
  exit 1
}
