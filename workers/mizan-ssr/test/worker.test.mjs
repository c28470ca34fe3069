// The worker over its real protocol: a child process, frames on stdio, a plain-JS server entry.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { scriptSafeJson, splitTemplate, stateScript } from '../worker.mjs'

const worker = join(dirname(fileURLToPath(import.meta.url)), '..', 'worker.mjs')
let dir
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'mizan-ssr-worker-'))
  // Reads one context through the given fetch and streams its title in two chunks.
  writeFileSync(join(dir, 'entry.mjs'), `
    export async function render(url, { fetch }) {
      if (url === '/boom') throw new Error('the shell failed')
      const answer = await fetch('/api/mizan/ctx/project/?projectId=' + new URL(url, 'http://x').searchParams.get('id'))
      const data = await answer.json()
      const body = new TextEncoder().encode('<h1>' + data.details.title + '</h1>')
      const stream = new ReadableStream({ start(c) { c.enqueue(body.slice(0, 5)); c.enqueue(body.slice(5)); c.close() } })
      return { stream, dehydrate: () => ({ contexts: [{ name: 'project', rev: 1, params: { projectId: 7 }, data }] }) }
    }`)
  writeFileSync(join(dir, 'index.html'), '<html><body><div id="root"></div><script type="module" src="/a.js"></script></body></html>')
})
after(() => rmSync(dir, { recursive: true, force: true }))

/** A worker child with a frame reader. */
const children = []
after(() => { for (const c of children) c.kill('SIGKILL') })
function start(entry = join(dir, 'entry.mjs')) {
  const child = spawn(process.execPath, [worker, entry, join(dir, 'index.html')], { stdio: ['pipe', 'pipe', 'inherit'] })
  children.push(child)
  let pending = Buffer.alloc(0)
  const frames = []
  const waiters = []
  child.stdout.on('data', (data) => {
    pending = Buffer.concat([pending, data])
    while (pending.length >= 4 && pending.length >= 4 + pending.readUInt32BE(0)) {
      const length = pending.readUInt32BE(0)
      frames.push(JSON.parse(pending.subarray(4, 4 + length).toString('utf8')))
      pending = pending.subarray(4 + length)
      for (const w of waiters.splice(0)) w()
    }
  })
  const exited = new Promise((ok) => child.once('exit', (code) => ok(code)))
  return {
    child,
    exited,
    send(message) {
      const body = Buffer.from(JSON.stringify(message), 'utf8')
      const head = Buffer.alloc(4)
      head.writeUInt32BE(body.length)
      child.stdin.write(Buffer.concat([head, body]))
    },
    async next(type) {
      for (;;) {
        const at = frames.findIndex((f) => f.type === type)
        if (at >= 0) return frames.splice(at, 1)[0]
        await new Promise((ok) => waiters.push(ok))
      }
    },
    frames,
  }
}

test('renders a page, asking the JVM side for its context, and embeds the state escaped', async () => {
  const w = start()
  const ready = await w.next('ready')
  assert.equal(ready.pid, w.child.pid)
  w.send({ type: 'render', id: 1, url: '/p?id=7', seq: 41 })
  const read = await w.next('ctx')
  assert.deepEqual(read, { type: 'ctx', id: 1, seq: 0, name: 'project', params: { projectId: '7' } })
  const title = '</script><script>alert(1)</script>\u2028'
  w.send({ type: 'ctx', id: 1, seq: 0, status: 200, body: JSON.stringify({ details: { title: 'T&' + title } }) })
  const end = await w.next('end')
  assert.equal(end.status, 200)
  assert.ok(end.rss > 0)
  const html = w.frames.filter((f) => f.type === 'chunk').map((f) => f.html).join('')
  assert.ok(html.startsWith('<html><body><div id="root"><h1>T&</script><script>alert(1)</script>\u2028</h1></div><script type="module" src="/a.js"></script><script id="mizan-state"'), html)
  const state = /<script id="mizan-state" type="application\/json">(.*?)<\/script>/.exec(html)[1]
  assert.ok(!state.includes('<') && !state.includes('\u2028'))
  assert.equal(JSON.parse(state).contexts[0].data.details.title, 'T&' + title)
  assert.equal(JSON.parse(state).seq, 41, 'the live seq read before the render travels with the state')
  assert.ok(html.endsWith('</script></body></html>'))
  w.child.stdin.end()
  assert.equal(await w.exited, 0)
})

test('a render whose shell fails answers an error frame and the worker keeps serving', async () => {
  const w = start()
  await w.next('ready')
  w.send({ type: 'render', id: 2, url: '/boom' })
  const error = await w.next('error')
  assert.match(error.message, /the shell failed/)
  w.send({ type: 'ping', id: 3 })
  const pong = await w.next('pong')
  assert.equal(pong.id, 3)
  assert.equal(pong.renders, 0)
  w.child.stdin.end()
  assert.equal(await w.exited, 0)
})

test('an entry that cannot load is a fatal frame and exit code 1', async () => {
  const w = start(join(dir, 'missing.mjs'))
  const fatal = await w.next('fatal')
  assert.match(fatal.message, /missing\.mjs/)
  assert.equal(await w.exited, 1)
})

test('escapes for script embedding', () => {
  assert.equal(scriptSafeJson('</script>'), '"\\u003c/script\\u003e"')
  assert.equal(scriptSafeJson('a\u2028b\u2029'), '"a\\u2028b\\u2029"')
  assert.equal(JSON.parse(scriptSafeJson('<!--&-->')), '<!--&-->')
  assert.ok(stateScript({ contexts: [] }).startsWith('<script id="mizan-state" type="application/json">'))
  assert.deepEqual(splitTemplate('<a><!--ssr-outlet--></a>'), ['<a>', '</a>'])
  assert.throws(() => splitTemplate('<body></body>'), /ssr-outlet/)
})
