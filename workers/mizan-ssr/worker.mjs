#!/usr/bin/env node
// Mizan's server-rendering worker (docs/ssr.md). Started by the JVM's pool as
//   node worker.mjs <server-entry.js> <template.html>
// it speaks length-prefixed JSON on stdin/stdout (a 4-byte big-endian length, then that many
// bytes of UTF-8 JSON, both ways), renders one page at a time, and asks the JVM for every context
// the page reads. It exits when stdin closes, which is also what happens when the JVM dies, even
// by SIGKILL, so no worker outlives its parent.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const [entryPath, templatePath] = process.argv.slice(2)
const out = process.stdout
// The frames own stdout: anything the application logs goes to stderr.
for (const level of ['log', 'info', 'debug']) console[level] = (...args) => console.error(...args)

/** Writes one frame. */
function send(message) {
  const body = Buffer.from(JSON.stringify(message), 'utf8')
  const head = Buffer.alloc(4)
  head.writeUInt32BE(body.length, 0)
  out.write(Buffer.concat([head, body]))
}

/** Where the rendered page goes in the template: `<!--ssr-outlet-->`, or inside `<div id="root">`. */
export function splitTemplate(html) {
  const outlet = html.indexOf('<!--ssr-outlet-->')
  if (outlet >= 0) return [html.slice(0, outlet), html.slice(outlet + '<!--ssr-outlet-->'.length)]
  const root = html.indexOf('<div id="root"></div>')
  if (root < 0) throw new Error('the template has neither <!--ssr-outlet--> nor <div id="root"></div>')
  const at = root + '<div id="root">'.length
  return [html.slice(0, at), html.slice(at)]
}

/**
 * JSON that is safe inside a `<script>` element: no `<`, `>` or `&` (so no `</script>` and no
 * `<!--`), and no U+2028/U+2029, each written as its `\u` escape, which JSON.parse reads back.
 */
export function scriptSafeJson(value) {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** The element the page's client reads its dehydrated cache from (`client.hydrate`). */
export function stateScript(state) {
  return `<script id="mizan-state" type="application/json">${scriptSafeJson(state)}</script>`
}

/** The template's tail with the state script before `</body>` (outside the root, which React owns). */
export function withState(tail, state) {
  const at = tail.lastIndexOf('</body>')
  return at < 0 ? tail + stateScript(state) : tail.slice(0, at) + stateScript(state) + tail.slice(at)
}

const renders = new Map()

/** A fetch for the page's client: context reads go to the JVM, which answers with the caller's rights. */
function bridgedFetch(id) {
  return async (input) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://ssr.invalid')
    const match = /\/ctx\/([^/]+)\/$/.exec(url.pathname)
    if (match === null) throw new Error(`a server render reads contexts only, not ${url.pathname}`)
    const render = renders.get(id)
    if (render === undefined) throw new Error('the render is over')
    const seq = render.seq++
    const answer = new Promise((resolve) => render.reads.set(seq, resolve))
    send({ type: 'ctx', id, seq, name: decodeURIComponent(match[1]), params: Object.fromEntries(url.searchParams) })
    const { status, body } = await answer
    return new Response(body, { status, headers: { 'Content-Type': 'application/json' } })
  }
}

async function render(entry, template, id, url, seq) {
  renders.set(id, { seq: 0, reads: new Map() })
  try {
    const page = await entry.render(url, { fetch: bridgedFetch(id) })
    send({ type: 'chunk', id, html: template[0] })
    const decoder = new TextDecoder()
    const reader = page.stream.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      const html = typeof value === 'string' ? value : decoder.decode(value, { stream: true })
      if (html !== '') send({ type: 'chunk', id, html })
    }
    const rest = decoder.decode()
    const state = page.dehydrate()
    send({ type: 'chunk', id, html: rest + withState(template[1], typeof seq === 'number' ? { ...state, seq } : state) })
    send({ type: 'end', id, status: page.status ?? 200, rss: process.memoryUsage().rss })
  } catch (error) {
    send({ type: 'error', id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  } finally {
    renders.delete(id)
  }
}

function onMessage(entry, template, message) {
  switch (message.type) {
    case 'render':
      void render(entry, template, message.id, message.url, message.seq)
      break
    case 'ctx': {
      const resolve = renders.get(message.id)?.reads.get(message.seq)
      if (resolve !== undefined) {
        renders.get(message.id).reads.delete(message.seq)
        resolve({ status: message.status, body: message.body })
      }
      break
    }
    case 'ping':
      send({ type: 'pong', id: message.id, rss: process.memoryUsage().rss, renders: renders.size })
      break
    default:
      console.error(`mizan-ssr worker: unknown message type ${message.type}`)
  }
}

async function main() {
  let entry
  let template
  try {
    entry = await import(pathToFileURL(entryPath).href)
    if (typeof entry.render !== 'function') throw new Error(`${entryPath} exports no render(url, { fetch })`)
    template = splitTemplate(readFileSync(templatePath, 'utf8'))
  } catch (error) {
    send({ type: 'fatal', message: error instanceof Error ? error.message : String(error) })
    process.exitCode = 1
    process.stdin.destroy()
    return
  }
  let pending = Buffer.alloc(0)
  process.stdin.on('data', (data) => {
    pending = pending.length === 0 ? data : Buffer.concat([pending, data])
    while (pending.length >= 4) {
      const length = pending.readUInt32BE(0)
      if (pending.length < 4 + length) break
      const frame = pending.subarray(4, 4 + length)
      pending = pending.subarray(4 + length)
      onMessage(entry, template, JSON.parse(frame.toString('utf8')))
    }
  })
  // The JVM closed our stdin (stopped us, or died): nothing more can be asked of us.
  process.stdin.on('end', () => process.exit(0))
  process.stdin.on('error', () => process.exit(0))
  // Belt and braces: a parent that vanished without closing the pipe leaves us reparented.
  const parent = process.ppid
  setInterval(() => { if (process.ppid !== parent) process.exit(0) }, 1000).unref()
  send({ type: 'ready', pid: process.pid, node: process.version })
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
