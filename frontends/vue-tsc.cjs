// Runs vue-tsc with the TypeScript of the workspace it is called from (pinned to 6.x there):
// vue-tsc drives TypeScript's JavaScript compiler API (`typescript/lib/tsc`), which TypeScript 7,
// the version the rest of the repository uses, no longer ships. Arguments are vue-tsc's.
const tsc = require.resolve('typescript/lib/tsc', { paths: [process.cwd()] })
require('vue-tsc').run(tsc)
