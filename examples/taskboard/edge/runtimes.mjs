// Runs @mizan/edge's module worker under another JavaScript runtime (Bun, Deno, workerd: the
// Cloudflare Workers runtime) as a child process,
// and counts what reaches the origin through a recording proxy in the test process: the edge under
// another runtime is a black box, so the origin side is where its requests are seen.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer, request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { freePort, repoRoot } from '../frontend/e2e/server.mjs'

const edgeDist = join(repoRoot, 'frontends/mizan-edge/dist')
const bin = (name) => join(repoRoot, 'node_modules/.bin', name)

/** The environment variables the entries read (worker.ts's bindings, and where to listen). */
const ENV_NAMES = ['MIZAN_ORIGIN', 'MIZAN_SECRET', 'MIZAN_PREVIOUS_SECRET', 'MIZAN_BASE_PATH', 'MIZAN_EDGE_HOST', 'MIZAN_EDGE_PORT']

/**
 * How each runtime starts the package's entry for it: Bun and Deno run the package's own server
 * entries (they print their URL); workerd serves the module worker (worker.js, bundled into one
 * module as a Workers deployment does) from a config naming its bindings and its one way out, the
 * loopback network.
 */
export const RUNTIMES = {
  bun: async () => ({ command: bin('bun'), args: [join(edgeDist, 'bun.js')] }),
  deno: async () => ({
    command: bin('deno'),
    args: ['run', '--no-prompt', '--allow-net=127.0.0.1', `--allow-env=${ENV_NAMES.join(',')}`, join(edgeDist, 'deno.js')],
  }),
  workerd: async ({ origin, secret }) => {
    const dir = join(repoRoot, 'test-results/edge-workerd')
    mkdirSync(dir, { recursive: true })
    execFileSync(bin('rolldown'), [join(edgeDist, 'worker.js'), '--format', 'esm', '--platform', 'browser', '--file', join(dir, 'worker.js')], {
      cwd: repoRoot,
      stdio: 'pipe',
    })
    const port = await freePort()
    writeFileSync(join(dir, 'edge.capnp'), `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "edge", worker = .edge),
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "edge")],
);

const edge :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2026-11-01",
  bindings = [
    (name = "MIZAN_ORIGIN", text = ${JSON.stringify(origin)}),
    (name = "MIZAN_SECRET", text = ${JSON.stringify(secret)}),
  ],
  globalOutbound = "loopback",
);
`)
    return { command: bin('workerd'), args: ['serve', join(dir, 'edge.capnp')], url: `http://127.0.0.1:${port}` }
  },
}

/**
 * Starts the edge under `runtime` in front of `origin` on a free loopback port; resolves once it
 * printed its URL. `stop()` ends it by PID (SIGTERM, SIGKILL after 5 s).
 */
export async function startEdge(runtime, { origin, secret }) {
  const { command, args, url: known } = await RUNTIMES[runtime]({ origin, secret })
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, MIZAN_ORIGIN: origin, MIZAN_SECRET: secret, MIZAN_EDGE_HOST: '127.0.0.1', MIZAN_EDGE_PORT: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise((resolve, reject) => {
    const fail = (why) => {
      clearTimeout(timer)
      clearInterval(poll)
      reject(new Error(`${runtime} ${why}:\n${output}`))
    }
    const timer = setTimeout(() => fail('did not start within 30 s'), 30_000)
    // workerd prints nothing once it listens: its socket is polled until it answers.
    const poll = known === undefined ? undefined : setInterval(() => {
      fetch(`${known}/api/mizan/edge/manifest/`).then((answer) => {
        void answer.body?.cancel()
        clearTimeout(timer)
        clearInterval(poll)
        resolve(known)
      }, () => {})
    }, 100)
    const seen = (chunk) => {
      output += chunk
      const m = /mizan-edge listening on (http:\/\/\S+)/.exec(output)
      if (known === undefined && m) {
        clearTimeout(timer)
        resolve(m[1])
      }
    }
    child.stdout.on('data', seen)
    child.stderr.on('data', seen)
    child.once('exit', (code) => {
      fail(`exited with ${code}`)
    })
  })
  return { url, pid: child.pid, output: () => output, stop: () => stop(child) }
}

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((ok) => {
    const force = setTimeout(() => process.kill(child.pid, 'SIGKILL'), 5_000)
    child.once('exit', () => { clearTimeout(force); ok() })
    process.kill(child.pid, 'SIGTERM')
  })
}

/**
 * A recording HTTP proxy in front of `origin` on a free loopback port: every request is passed on
 * unchanged (headers, body, answer, every Set-Cookie) and noted as `METHOD path?query`.
 */
export async function recordingProxy(origin) {
  const target = new URL(origin)
  const requests = []
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`)
    const headers = { ...req.headers, host: target.host }
    const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode, answer.rawHeaders)
      answer.pipe(res)
    })
    upstream.on('error', () => {
      res.writeHead(502)
      res.end()
    })
    req.pipe(upstream)
  })
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok))
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((ok) => {
      server.closeAllConnections()
      server.close(() => ok())
    }),
  }
}
