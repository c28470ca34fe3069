// Starts the built task board jar on a free loopback port and stops it by PID.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, openSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
export const repoRoot = resolve(here, '../../../..')
// TASKBOARD_JAR points at another build of the jar, e.g. one built elsewhere.
const jar = process.env.TASKBOARD_JAR ?? join(repoRoot, 'examples/taskboard/backend/target/mizan-example-taskboard-0.1.0-SNAPSHOT.jar')

/** A port the OS reports free on 127.0.0.1. */
export function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer()
    probe.once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => ok(port))
    })
  })
}

/**
 * Runs `java -jar` on the example jar; resolves once GET /api/mizan/session/ answers 200.
 * The server's output goes to test-results/`logName` (taskboard-server.log by default); `args`
 * are more Spring Boot arguments (`--mizan.live.redis-url=…`). `stop()` ends it gently (SIGTERM),
 * `kill()` as a crash would (SIGKILL); `pid` is the JVM's process id. `vertx: true` runs the same board on Vert.x instead
 * (`dev.mizan.example.taskboard.vertx.VertxTaskBoard`, from the same jar).
 */
export async function startServer({ args = [], logName = 'taskboard-server.log', vertx = false } = {}) {
  if (!existsSync(jar)) {
    throw new Error(`${jar} is missing; build it first: bin/mvn -pl examples/taskboard/backend -am package`)
  }
  const port = await freePort()
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java'
  const logDir = join(repoRoot, 'test-results')
  mkdirSync(logDir, { recursive: true })
  const log = openSync(join(logDir, logName), 'w')
  const launch = vertx
    ? ['-Dloader.main=dev.mizan.example.taskboard.vertx.VertxTaskBoard', '-cp', jar,
        'org.springframework.boot.loader.launch.PropertiesLauncher']
    : ['-jar', jar]
  const child = spawn(java, [...launch, `--server.port=${port}`, '--server.address=127.0.0.1', ...args], {
    stdio: ['ignore', log, log],
  })
  const baseUrl = `http://127.0.0.1:${port}`
  let exited = null
  child.once('exit', (code) => { exited = code ?? -1 })
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`the task board exited with ${exited}; see test-results/${logName}`)
    try {
      const answer = await fetch(`${baseUrl}/api/mizan/session/`)
      if (answer.status === 200) return { baseUrl, pid: child.pid, stop: () => stop(child), kill: () => kill(child) }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  stop(child)
  throw new Error('the task board did not answer /api/mizan/session/ within 180 s')
}

function kill(child) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve()
  return new Promise((ok) => {
    child.once('exit', () => ok())
    process.kill(child.pid, 'SIGKILL')
  })
}

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve()
  return new Promise((ok) => {
    const force = setTimeout(() => process.kill(child.pid, 'SIGKILL'), 10_000)
    child.once('exit', () => { clearTimeout(force); ok() })
    process.kill(child.pid, 'SIGTERM')
  })
}
