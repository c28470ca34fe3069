// The live measure's load generator (bench/measures/live.sh): WebSocket clients of {base}/ws/ on
// loopback, timed with performance.now(). One JSON line on stdout per run.
//
//   latency --mutate URL --listen URL --sockets N --events E
//       N sockets on `listen` subscribe to counter 1; E sets of it over HTTP on `mutate`, one at a
//       time: the time from sending each set to each socket's receipt of its merge (push), and to
//       the setter's own answer (call, the reference)
//   channel --publish URL --listen URL --sockets N --events E
//       N sockets on `listen` join channel `ticker` of counter 1; one socket on `publish` publishes E
//       messages on it, one at a time: the time from sending each publish to each socket's receipt
//       of the channel message (fan-out), and to the publisher's own acknowledgement (the reference)
//   memory --url URL --pid PID --jcmd PATH --sockets N
//       server heap (after a full GC) and resident memory before and with N idle subscribed sockets
//   calls --url URL --concurrency C --seconds S
//       calls/s of `echo` over HTTP /call/ and over sockets (C calls in flight on C sockets each way)
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

const [mode, ...rest] = process.argv.slice(2)
const opt = {}
for (let i = 0; i < rest.length; i += 2) opt[rest[i].replace(/^--/, '')] = rest[i + 1]
const api = (url) => `${url}/api/mizan`
const wsUrl = (url) => `${api(url).replace(/^http/, 'ws')}/ws/`

function fail(message) {
  console.error(`live-bench: ${message}`)
  process.exit(1)
}

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

/** Opens a socket; resolves once its `ready` frame came. `onFrame` sees every later frame. */
function open(url, onFrame = () => {}) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl(url))
    const timer = setTimeout(() => reject(new Error('no ready frame within 30 s')), 30_000)
    let ready = false
    ws.onmessage = (event) => {
      const frame = JSON.parse(event.data)
      if (!ready && frame.type === 'ready') {
        ready = true
        clearTimeout(timer)
        resolve(ws)
        return
      }
      onFrame(frame, ws)
    }
    ws.onerror = () => { if (!ready) { clearTimeout(timer); reject(new Error(`socket to ${url} failed`)) } }
  })
}

/** Opens `n` sockets, a batch at a time, each subscribed to counter 1; `onFrame` sees pushes. */
async function subscribed(url, n, onFrame) {
  const sockets = []
  const answers = new Map()
  for (let i = 0; i < n; i += 50) {
    const batch = []
    for (let j = i; j < Math.min(n, i + 50); j++) {
      batch.push(open(url, (frame, ws) => {
        if (frame.id !== undefined && answers.has(ws)) {
          answers.get(ws)(frame)
          answers.delete(ws)
        } else onFrame(frame, j)
      }).then((ws) => new Promise((ok, ko) => {
        answers.set(ws, (frame) => (frame.error ? ko(new Error(JSON.stringify(frame.error))) : ok(ws)))
        ws.send(JSON.stringify({ id: 1, type: 'subscribe', context: 'counter', params: { counterId: 1 } }))
      })))
    }
    sockets.push(...(await Promise.all(batch)))
  }
  return sockets
}

async function call(url, fn, args) {
  const answer = await fetch(`${api(url)}/call/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ function: fn, args }),
  })
  if (answer.status !== 200) fail(`${fn} answered ${answer.status}: ${await answer.text()}`)
  return answer.json()
}

async function latency() {
  const n = Number(opt.sockets)
  const events = Number(opt.events)
  let waiting = null
  const pushes = []
  const sockets = await subscribed(opt.listen, n, (frame, index) => {
    if (frame.type !== 'merge' || waiting === null) return
    const value = frame.entries[0].value.value
    if (value !== waiting.value || waiting.seen.has(index)) return
    waiting.seen.add(index)
    pushes.push(performance.now() - waiting.sent)
    if (waiting.seen.size === n) waiting.done()
  })
  const calls = []
  let base = Date.now() * 1000
  for (let e = 0; e < events; e++) {
    const value = base + e
    const arrived = new Promise((done) => { waiting = { value, seen: new Set(), sent: 0, done } })
    waiting.sent = performance.now()
    await call(opt.mutate, 'set_counter', { counterId: 1, value })
    calls.push(performance.now() - waiting.sent)
    const timeout = new Promise((_, ko) => setTimeout(() => ko(new Error(`event ${e}: ${waiting.seen.size}/${n} sockets received it within 30 s`)), 30_000))
    await Promise.race([arrived, timeout]).catch((error) => fail(error.message))
  }
  for (const ws of sockets) ws.close()
  pushes.sort((a, b) => a - b)
  calls.sort((a, b) => a - b)
  console.log(JSON.stringify({
    sockets: n, events, receipts: pushes.length,
    push_p50_ms: quantile(pushes, 0.5), push_p99_ms: quantile(pushes, 0.99),
    call_p50_ms: quantile(calls, 0.5), call_p99_ms: quantile(calls, 0.99),
  }))
}

/** Opens `n` sockets, a batch at a time, each joined to channel `ticker` of counter 1. */
async function joined(url, n, onFrame) {
  const sockets = []
  for (let i = 0; i < n; i += 50) {
    const batch = []
    for (let j = i; j < Math.min(n, i + 50); j++) {
      let answered = null
      batch.push(open(url, (frame) => {
        if (frame.id !== undefined && answered !== null) {
          answered(frame)
          answered = null
        } else onFrame(frame, j)
      }).then((ws) => new Promise((ok, ko) => {
        answered = (frame) => (frame.error ? ko(new Error(JSON.stringify(frame.error))) : ok(ws))
        ws.send(JSON.stringify({ id: 1, type: 'join', channel: 'ticker', params: { counterId: 1 } }))
      })))
    }
    sockets.push(...(await Promise.all(batch)))
  }
  return sockets
}

async function channel() {
  const n = Number(opt.sockets)
  const events = Number(opt.events)
  let waiting = null
  const receipts = []
  const sockets = await joined(opt.listen, n, (frame, index) => {
    if (frame.type !== 'channel' || waiting === null || frame.message.value !== waiting.value || waiting.seen.has(index)) return
    waiting.seen.add(index)
    receipts.push(performance.now() - waiting.sent)
    if (waiting.seen.size === n) waiting.done()
  })
  let acked = null
  const publisher = await open(opt.publish, (frame) => {
    if (frame.id !== undefined && acked !== null) acked(frame)
  })
  const acks = []
  const base = Date.now() * 1000
  for (let e = 0; e < events; e++) {
    const value = base + e
    const arrived = new Promise((done) => { waiting = { value, seen: new Set(), sent: 0, done } })
    const ack = new Promise((done) => { acked = done })
    waiting.sent = performance.now()
    publisher.send(JSON.stringify({ id: e + 1, type: 'publish', channel: 'ticker', params: { counterId: 1 }, message: { counterId: 1, value } }))
    const answer = await ack
    if (answer.error) fail(`publish refused: ${JSON.stringify(answer.error)}`)
    acks.push(performance.now() - waiting.sent)
    const timeout = new Promise((_, ko) => setTimeout(() => ko(new Error(`message ${e}: ${waiting.seen.size}/${n} sockets received it within 30 s`)), 30_000))
    await Promise.race([arrived, timeout]).catch((error) => fail(error.message))
  }
  publisher.close()
  for (const ws of sockets) ws.close()
  receipts.sort((a, b) => a - b)
  acks.sort((a, b) => a - b)
  console.log(JSON.stringify({
    sockets: n, events, receipts: receipts.length,
    fanout_p50_ms: quantile(receipts, 0.5), fanout_p99_ms: quantile(receipts, 0.99),
    ack_p50_ms: quantile(acks, 0.5), ack_p99_ms: quantile(acks, 0.99),
  }))
}

function heapUsedKiB(pid) {
  execFileSync(opt.jcmd, [pid, 'GC.run'])
  execFileSync(opt.jcmd, [pid, 'GC.run'])
  const info = execFileSync(opt.jcmd, [pid, 'GC.heap_info']).toString()
  const used = /used (\d+)K/.exec(info)
  if (!used) fail(`no heap figure in jcmd GC.heap_info: ${info}`)
  return Number(used[1])
}

function rssKiB(pid) {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1])
}

async function memory() {
  const n = Number(opt.sockets)
  // A first socket warms the code paths, so that the figure is per socket, not per first socket.
  const warm = await subscribed(opt.url, 10, () => {})
  await new Promise((r) => setTimeout(r, 1000))
  const heapBefore = heapUsedKiB(opt.pid)
  const rssBefore = rssKiB(opt.pid)
  const sockets = await subscribed(opt.url, n, () => {})
  await new Promise((r) => setTimeout(r, 2000))
  const heapWith = heapUsedKiB(opt.pid)
  const rssWith = rssKiB(opt.pid)
  for (const ws of [...warm, ...sockets]) ws.close()
  console.log(JSON.stringify({
    sockets: n,
    heap_before_kib: heapBefore, heap_with_kib: heapWith,
    heap_per_socket_bytes: ((heapWith - heapBefore) * 1024) / n,
    rss_before_kib: rssBefore, rss_with_kib: rssWith,
    rss_per_socket_bytes: ((rssWith - rssBefore) * 1024) / n,
  }))
}

async function calls() {
  const c = Number(opt.concurrency)
  const seconds = Number(opt.seconds)
  const args = { message: 'hello' }
  async function http() {
    let count = 0
    const end = performance.now() + seconds * 1000
    await Promise.all(Array.from({ length: c }, async () => {
      while (performance.now() < end) {
        await call(opt.url, 'echo', args)
        count++
      }
    }))
    return count / seconds
  }
  const pending = new Map()
  const sockets = await Promise.all(Array.from({ length: c }, () => open(opt.url, (frame) => {
    const p = pending.get(frame.id)
    if (p !== undefined) { pending.delete(frame.id); p(frame) }
  })))
  let nextId = 1
  async function socket() {
    let count = 0
    const end = performance.now() + seconds * 1000
    await Promise.all(sockets.map(async (ws) => {
      while (performance.now() < end) {
        const id = nextId++
        const frame = await new Promise((ok) => {
          pending.set(id, ok)
          ws.send(JSON.stringify({ id, type: 'call', function: 'echo', args }))
        })
        if (frame.error) fail(`echo over the socket: ${JSON.stringify(frame.error)}`)
        count++
      }
    }))
    return count / seconds
  }
  await http()
  await socket()
  const httpRate = await http()
  const socketRate = await socket()
  for (const ws of sockets) ws.close()
  console.log(JSON.stringify({ concurrency: c, seconds, http_calls_per_s: httpRate, socket_calls_per_s: socketRate }))
}

if (typeof WebSocket === 'undefined') fail('this Node has no WebSocket (Node 22+, or Node 20 with --experimental-websocket)')
const run = { latency, channel, memory, calls }[mode]
if (run === undefined) fail(`unknown mode ${mode} (latency, channel, memory or calls)`)
await run()
process.exit(0)
