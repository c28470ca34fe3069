import { vi } from 'vitest'
import { MizanClient } from '../client.js'
import type { InvalidateEntry, MergeEntry, Params } from '../types.js'
import { BASE, type FakeRequest, fakeServer, flush, json, sessionRoute } from './fake-server.js'

export const project = { name: 'project', rev: 1 }
export const user = { name: 'user', rev: 1 }

export interface CallScript {
  invalidate?: InvalidateEntry[]
  merge?: MergeEntry[]
  header?: string
}

/** A client whose context fetches stay open until answered, and whose calls answer by script. */
export function setup() {
  const session = sessionRoute()
  let script: CallScript = {}
  const server = fakeServer((request) => {
    const answer = session(request)
    if (answer !== undefined || request.path !== '/call/') return answer
    const headers: Record<string, string> = script.header === undefined ? {} : { 'X-Mizan-Invalidate': script.header }
    return json({ result: 'ok', ...(script.invalidate && { invalidate: script.invalidate }), ...(script.merge && { merge: script.merge }) }, 200, headers)
  })
  const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch })
  const contextRequests = (name: string, openOnly = false): FakeRequest[] =>
    server.requests.filter((r) => r.path === `/ctx/${name}/` && (!openOnly || r.open))
  return {
    client,
    server,
    contextRequests,
    /** Answers the oldest open fetch of the context. */
    async answer(name: string, body: unknown): Promise<void> {
      const open = contextRequests(name, true)[0]
      if (open === undefined) throw new Error(`no open fetch of ${name}`)
      open.respond(json(body))
      await flush()
    },
    async mutate(next: CallScript): Promise<void> {
      script = next
      await client.call('mutation', {})
      await flush()
    },
  }
}

export function mount(client: MizanClient, ctx: { name: string; rev: number }, params: Params) {
  const listener = vi.fn()
  const unmount = client.subscribe(ctx, params, listener)
  return { listener, unmount }
}

