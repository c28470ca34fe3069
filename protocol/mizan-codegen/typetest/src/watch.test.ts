import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Watch mode end to end: `mizan generate --watch` regenerates the client when the IR changes and
// a running Vite dev server sees the new file (through its own watcher) and serves it.

const repo = resolve(import.meta.dirname, '../../../..')
const fixture = join(repo, 'protocol/mizan-codegen/src/test/resources/fixture/app.kdl')

let dir = ''
let watcher: ChildProcess | undefined
let vite: ViteDevServer | undefined
let log = ''

async function until(what: string, timeoutMs: number, check: () => boolean | Promise<boolean>): Promise<number> {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    if (await check()) return Date.now() - start
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms; mizan said:\n${log}`)
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mizan-watch-'))
  writeFileSync(join(dir, 'mizan.kdl'), readFileSync(fixture))
  writeFileSync(join(dir, 'index.html'), '<script type="module" src="/src/mizan/index.ts"></script>')
  watcher = spawn(
    join(repo, 'bin/mizan'),
    ['generate', '--ir', 'mizan.kdl', '--out', 'src/mizan', '--watch', '--poll-interval', '100'],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  watcher.stdout?.on('data', (d: Buffer) => (log += d.toString()))
  watcher.stderr?.on('data', (d: Buffer) => (log += d.toString()))
  // A JVM start (and, the first time, a build of the CLI) on a busy machine.
  await until('the first generation', 240_000, () => existsSync(join(dir, 'src/mizan/index.ts')))
  vite = await createServer({ root: dir, logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } })
  await vite.listen()
}, 300_000)

afterAll(async () => {
  await vite?.close()
  watcher?.kill()
  if (dir !== '') rmSync(dir, { recursive: true, force: true })
})

async function served(): Promise<string> {
  const result = await vite?.transformRequest('/src/mizan/functions.ts')
  return result?.code ?? ''
}

describe('watch mode with a Vite dev server', () => {
  it('serves the regenerated client after the IR changes', async () => {
    expect(await served()).toContain('callPing')
    const changed: string[] = []
    vite?.watcher.on('change', (file: string) => changed.push(file))

    const ir = join(dir, 'mizan.kdl')
    const start = Date.now()
    writeFileSync(ir, readFileSync(ir, 'utf8').replace('function ping {', 'function pong {'))
    await until('the regeneration', 10_000, () =>
      readFileSync(join(dir, 'src/mizan/functions.ts'), 'utf8').includes('callPong'),
    )
    await until('Vite seeing the change', 10_000, () => changed.some((f) => f.endsWith('functions.ts')))
    await until('Vite serving the new client', 10_000, async () => (await served()).includes('callPong'))

    // The goal: a changed IR reaches the running dev server within 2 s.
    expect(Date.now() - start).toBeLessThan(2_000)
    expect(log).toContain('watching')
    expect(changed.some((f) => f.endsWith('types.ts'))).toBe(false)
  }, 60_000)
})
