// Measures @mizan/base with each framework binding as an application ships them: the built entry
// points bundled together (the framework external), minified, gzipped. The Svelte binding's rune
// modules (*.svelte.js) are compiled by Svelte's compiler first, as the application's build would.
// Fails above the budget and writes the figures to bench/results/kernel-size.txt.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { rolldown } from 'rolldown'
import { compileModule } from 'svelte/compiler'

const BUDGET = 8192
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const entry = '\0mizan-kernel-entry'

const bindings = [
  { name: '@mizan/react', framework: 'react' },
  { name: '@mizan/vue', framework: 'vue' },
  { name: '@mizan/svelte', framework: 'svelte' },
]

const svelteRunes = {
  name: 'svelte-runes',
  transform(code, id) {
    if (!/\.svelte\.js$/.test(id)) return null
    const compiled = compileModule(code, { filename: id, generate: 'client', dev: false })
    return { code: compiled.js.code, map: compiled.js.map }
  },
}

async function measure({ name, framework }) {
  const bundle = await rolldown({
    input: entry,
    external: (id) => id === framework || id.startsWith(`${framework}/`),
    plugins: [
      {
        name: 'kernel-entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? `export * from '@mizan/base'\nexport * from '${name}'\n` : null),
      },
      svelteRunes,
    ],
    cwd: root,
  })
  const { output } = await bundle.generate({ format: 'esm', minify: true })
  await bundle.close()
  const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('')
  return { name, minified: Buffer.byteLength(code), gzipped: gzipSync(code, { level: 9 }).length }
}

let report = ''
let over = false
for (const binding of bindings) {
  const { name, minified, gzipped } = await measure(binding)
  report += `@mizan/base + ${name}: ${minified} bytes minified, ${gzipped} bytes minified+gzipped (budget ${BUDGET})\n`
  if (gzipped > BUDGET) {
    process.stderr.write(`error: @mizan/base + ${name} is ${gzipped} bytes gzipped, over the ${BUDGET}-byte budget\n`)
    over = true
  }
}
mkdirSync(join(root, 'bench', 'results'), { recursive: true })
writeFileSync(join(root, 'bench', 'results', 'kernel-size.txt'), report)
process.stdout.write(report)
if (over) process.exit(1)
