/** A scriptable stand-in for `fetch`, for the kernel's tests. Not part of the build. */
import type { LiveSocketLike } from '../live.js'

export interface FakeRequest {
  readonly url: string
  readonly path: string
  readonly method: string
  readonly headers: Headers
  readonly body: unknown
  readonly signal: AbortSignal | undefined
  readonly credentials: RequestCredentials | undefined
  /** Answers the request (if it is still open). */
  respond(response: Response): void
  /** Makes fetch reject (if it is still open). */
  fail(error: unknown): void
  readonly open: boolean
}

/** Answers a request now, or leaves it open (undefined) for the test to answer. */
export type Route = (request: FakeRequest) => Response | undefined

export interface FakeServer {
  readonly fetch: typeof globalThis.fetch
  readonly requests: FakeRequest[]
  /** Requests to a path (without the base URL), optionally only the still open ones. */
  to(path: string, openOnly?: boolean): FakeRequest[]
  route: Route
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })
}

export const BASE = 'http://test.local/api/mizan'

/** Answers `/session/` with token `t1`, `t2`, … and leaves everything else open. */
export function sessionRoute(): Route {
  let issued = 0
  return (request) => {
    if (request.path !== '/session/') return undefined
    issued++
    return json({ csrf_token: `t${issued}`, user: null })
  }
}

export function fakeServer(route: Route = sessionRoute()): FakeServer {
  const requests: FakeRequest[] = []
  const server: FakeServer = {
    requests,
    route,
    to: (path, openOnly = false) => requests.filter((r) => r.path === path && (!openOnly || r.open)),
    fetch: (input, init) =>
      new Promise<Response>((resolve, reject) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
        const parsed = new URL(url)
        let open = true
        const settle = (fn: () => void) => {
          if (!open) return
          open = false
          fn()
        }
        const signal = init?.signal ?? undefined
        const request: FakeRequest = {
          url,
          path: parsed.pathname.replace('/api/mizan', ''),
          method: init?.method ?? 'GET',
          headers: new Headers(init?.headers),
          body: typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body instanceof FormData ? init.body : undefined,
          signal,
          credentials: init?.credentials,
          respond: (response) => settle(() => resolve(response)),
          fail: (error) => settle(() => reject(error)),
          get open() {
            return open
          },
        }
        requests.push(request)
        if (signal?.aborted) {
          request.fail(new DOMException('The operation was aborted.', 'AbortError'))
          return
        }
        signal?.addEventListener('abort', () =>
          request.fail(new DOMException('The operation was aborted.', 'AbortError')),
        )
        const answer = server.route(request)
        if (answer !== undefined) request.respond(answer)
      }),
  }
  return server
}

const realSetTimeout = globalThis.setTimeout

/** Lets pending promise callbacks and body reads run, on real timers even when fake ones are installed. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => realSetTimeout(resolve, 0))
}

/**
 * A live option whose sockets the test drives: `sockets` as the kernel opened them, `sent` every
 * frame the kernel sent on any of them (parsed), `ofType(type)` those of one type.
 */
export function recordingLive() {
  const sockets: LiveSocketLike[] = []
  const sent: Array<Record<string, unknown>> = []
  const live = {
    connect: (): LiveSocketLike => {
      const socket: LiveSocketLike = {
        onopen: null,
        onmessage: null,
        onclose: null,
        onerror: null,
        send: (data: string) => void sent.push(JSON.parse(data) as Record<string, unknown>),
        close: () => undefined,
      }
      sockets.push(socket)
      return socket
    },
  }
  return { live, sockets, sent, ofType: (type: string) => sent.filter((f) => f['type'] === type) }
}
