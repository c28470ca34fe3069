# Generated client: type-checks the codegen's golden output (protocol/mizan-codegen/typetest) with
# tsc (strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes) against the kernel built from
# the workspace, then runs its vitest suite: expectTypeOf type tests plus runtime tests of the
# generated calls and React bindings over the real kernel.
set -euo pipefail
source bin/lib/node.sh
mizan_npm_install "$PWD"
npm run --silent build:kernel
npm run --silent typecheck -w @mizan/codegen-typetest
npm run --silent test -w @mizan/codegen-typetest
