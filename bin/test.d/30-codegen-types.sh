# Generated client: type-checks the codegen's golden output (protocol/mizan-codegen/typetest) with
# tsc (strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes) against the kernel built from
# the workspace, then runs its vitest suite: expectTypeOf type tests, runtime tests of the
# generated calls and React bindings over the real kernel, and watch mode end to end (bin/mizan
# generate --watch feeding a Vite dev server; uses the CLI jar that 10-java.sh built, or builds it).
set -euo pipefail
source bin/lib/node.sh
mizan_npm_install "$PWD"
npm run --silent build:kernel
npm run --silent typecheck -w @mizan/codegen-typetest
npm run --silent test -w @mizan/codegen-typetest
