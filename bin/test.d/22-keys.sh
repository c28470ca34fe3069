# Cache keys in TypeScript: type-checks @mizan/keys (RFC 8785 + HMAC-SHA256 over Web Crypto) and
# runs its Vitest suite against conformance/cache-key-vectors.json, the file the Java core checks too.
set -euo pipefail
source bin/lib/node.sh
mizan_npm_install "$PWD"
npm run --silent typecheck -w @mizan/keys
npm run --silent test -w @mizan/keys
