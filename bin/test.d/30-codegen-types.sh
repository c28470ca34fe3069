# Generated client: type-checks the codegen's golden output (protocol/mizan-codegen/typetest) with
# tsc (strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes) against the kernel built from
# the workspace, then runs its vitest suite: expectTypeOf type tests, runtime tests of the
# generated calls and React bindings over the real kernel, and watch mode end to end (bin/mizan
# generate --watch feeding a Vite dev server; uses the CLI jar that 10-java.sh built, or builds it).
# The Vue and Svelte targets' golden output is checked the same way in its own workspace, by
# vue-tsc (typetest-vue) and svelte-check (typetest-svelte), each on TypeScript 6 (see their READMEs).
set -euo pipefail
source bin/lib/node.sh
mizan_npm_install "$PWD"
npm run --silent build:kernel
npm run --silent typecheck -w @mizan/codegen-typetest
npm run --silent test -w @mizan/codegen-typetest
npm run --silent typecheck -w @mizan/codegen-typetest-vue
npm run --silent test -w @mizan/codegen-typetest-vue
npm run --silent typecheck -w @mizan/codegen-typetest-svelte
npm run --silent test -w @mizan/codegen-typetest-svelte
