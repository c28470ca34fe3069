import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../../', import.meta.url))
export const fixtureJar = join(root, 'conformance/mizan-conformance-fixture/target/mizan-conformance-fixture-0.1.0-SNAPSHOT-exec.jar')

/** The conformance fixture app, running on a free loopback port. */
export interface RunningFixture {
  readonly origin: string
  stop(): Promise<void>
}

/** Starts the fixture jar on port 0 and resolves once Tomcat reports the port it bound. */
export function startFixture(): Promise<RunningFixture> {
  if (!existsSync(fixtureJar)) throw new Error(`${fixtureJar} is missing: run bin/test.d/25-kernel-wire.sh`)
  const java = process.env['JAVA_HOME'] === undefined ? 'java' : join(process.env['JAVA_HOME'], 'bin', 'java')
  const child = spawn(java, ['-jar', fixtureJar, '--server.port=0', '--server.address=127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const port = /Tomcat started on port (\d+)/.exec(output)?.[1]
      if (port === undefined) return
      child.stdout?.off('data', onData)
      child.stdout?.resume()
      resolve({ origin: `http://127.0.0.1:${port}`, stop: () => stop(child) })
    }
    child.stdout?.on('data', onData)
    child.stderr?.resume()
    child.once('exit', (code) => reject(new Error(`the fixture exited with ${String(code)}:\n${output}`)))
  })
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

/** A fetch that keeps cookies like a browser does for same-origin requests, and logs requests. */
export function cookieFetch(log: string[]): typeof globalThis.fetch & { clearCookies(): void } {
  const jar = new Map<string, string>()
  const fetchWithCookies = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers)
    if (jar.size > 0) headers.set('Cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '))
    const response = await fetch(input, { ...init, headers })
    for (const cookie of response.headers.getSetCookie()) {
      const pair = cookie.split(';')[0] ?? ''
      const eq = pair.indexOf('=')
      if (eq > 0) jar.set(pair.slice(0, eq), pair.slice(eq + 1))
    }
    const url = new URL(input instanceof Request ? input.url : input.toString())
    log.push(`${init?.method ?? 'GET'} ${url.pathname}${url.search} ${response.status}`)
    return response
  }
  return Object.assign(fetchWithCookies, { clearCookies: () => jar.clear() })
}
