// A real redis-server on a free loopback port for the tests that need one: started directly,
// stopped (or killed, as a crash would) by its PID; no persistence, so a restart comes back empty.
import { spawn } from 'node:child_process'
import { mkdtempSync, openSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './server.mjs'

function ping(port) {
  return new Promise((ok) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('error', () => ok(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => { socket.destroy(); ok(String(data).startsWith('+PONG')) })
  })
}

export async function startRedis() {
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'taskboard-redis-'))
  let child
  async function launch() {
    const log = openSync(join(dir, 'redis.log'), 'a')
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
      stdio: ['ignore', log, log],
    })
    const deadline = Date.now() + 10_000
    while (!(await ping(port))) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`redis-server did not start on ${port}`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  function end(signal) {
    const c = child
    if (!c || c.exitCode !== null || c.signalCode !== null) return Promise.resolve()
    return new Promise((ok) => {
      c.once('exit', () => ok())
      process.kill(c.pid, signal)
    })
  }
  await launch()
  return {
    url: `redis://127.0.0.1:${port}`,
    /** SIGKILL, as a crash would. */
    kill: () => end('SIGKILL'),
    /** Starts again on the same port, empty. */
    launch,
    async stop() {
      await end('SIGTERM')
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
