// Measures @mizan/base + @mizan/react as an application ships them: both built entry points
// bundled together (React external), minified, gzipped. Fails above the budget and writes the
// figure to bench/results/kernel-size.txt.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { rolldown } from 'rolldown'

const BUDGET = 8192
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const entry = '\0mizan-kernel-entry'

const bundle = await rolldown({
  input: entry,
  external: (id) => id === 'react' || id.startsWith('react/'),
  plugins: [
    {
      name: 'kernel-entry',
      resolveId: (id) => (id === entry ? id : null),
      load: (id) =>
        id === entry ? "export * from '@mizan/base'\nexport * from '@mizan/react'\n" : null,
    },
  ],
  cwd: root,
})
const { output } = await bundle.generate({ format: 'esm', minify: true })
await bundle.close()
const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('')
const minified = Buffer.byteLength(code)
const gzipped = gzipSync(code, { level: 9 }).length

const report = `@mizan/base + @mizan/react: ${minified} bytes minified, ${gzipped} bytes minified+gzipped (budget ${BUDGET})\n`
mkdirSync(join(root, 'bench', 'results'), { recursive: true })
writeFileSync(join(root, 'bench', 'results', 'kernel-size.txt'), report)
process.stdout.write(report)
if (gzipped > BUDGET) {
  process.stderr.write(`error: the kernel is ${gzipped} bytes gzipped, over the ${BUDGET}-byte budget\n`)
  process.exit(1)
}
