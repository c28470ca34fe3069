import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MizanClient } from './client.js'
import { BASE, type FakeRequest, fakeServer, flush, json, sessionRoute } from './testing/fake-server.js'
import type { InvalidateEntry, MergeEntry, Params } from './types.js'

const project = { name: 'project', rev: 1 }
const user = { name: 'user', rev: 1 }

interface CallScript {
  invalidate?: InvalidateEntry[]
  merge?: MergeEntry[]
  header?: string
}

/** A client whose context fetches stay open until answered, and whose calls answer by script. */
function setup() {
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

function mount(client: MizanClient, ctx: { name: string; rev: number }, params: Params) {
  const listener = vi.fn()
  const unmount = client.subscribe(ctx, params, listener)
  return { listener, unmount }
}

describe('context cache', () => {
  it('answers idle for an unknown instance, with the same object every time', () => {
    const { client } = setup()
    const state = client.getState(project, { projectId: 1 })
    expect(state).toEqual({ data: undefined, status: 'idle', error: null, stale: false })
    expect(client.getState(project, { projectId: 2 })).toBe(state)
  })

  it('fetches on mount, goes loading then success, and notifies', async () => {
    const { client, answer, contextRequests } = setup()
    const { listener } = mount(client, project, { projectId: 1 })
    expect(client.getState(project, { projectId: 1 }).status).toBe('loading')
    expect(contextRequests('project')[0]?.url).toBe(`${BASE}/ctx/project/?projectId=1`)
    await answer('project', { details: 'p1' })
    expect(client.getState(project, { projectId: 1 })).toEqual({ data: { details: 'p1' }, status: 'success', error: null, stale: false })
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('keeps the state object while nothing changes', async () => {
    const { client, answer } = setup()
    mount(client, project, { projectId: 1 })
    await answer('project', { details: 'p1' })
    const state = client.getState(project, { projectId: 1 })
    client.merge([{ context: 'project', slot: 'details', value: 'p1', params: { projectId: 2 } }])
    client.invalidate([{ context: 'user' }])
    expect(client.getState(project, { projectId: 1 })).toBe(state)
  })

  it('shares one fetch between identical instances, whatever the param order', async () => {
    const { client, answer, contextRequests } = setup()
    mount(client, project, { projectId: 1, page: 2 })
    mount(client, project, { page: 2, projectId: 1 })
    const refetched = client.refetch(project, { projectId: 1, page: 2 })
    expect(contextRequests('project')).toHaveLength(1)
    await answer('project', { details: 'p1' })
    await refetched
    expect(client.getState(project, { page: 2, projectId: 1 }).data).toEqual({ details: 'p1' })
  })

  it('keeps revisions apart', async () => {
    const { client, answer, contextRequests } = setup()
    mount(client, project, { projectId: 1 })
    mount(client, { name: 'project', rev: 2 }, { projectId: 1 })
    expect(contextRequests('project')).toHaveLength(2)
    await answer('project', { v: 1 })
    expect(client.getState({ name: 'project', rev: 2 }, { projectId: 1 }).status).toBe('loading')
  })

  it('stores a failed fetch as error, and keeps the data when a refetch fails', async () => {
    const { client, server, answer } = setup()
    mount(client, project, { projectId: 1 })
    server.requests.at(-1)?.respond(json({ error: { code: 'NOT_FOUND', message: 'gone' } }, 404))
    await flush()
    const failed = client.getState(project, { projectId: 1 })
    expect(failed).toMatchObject({ status: 'error', data: undefined, error: { status: 404, code: 'NOT_FOUND' } })
    const retry = client.refetch(project, { projectId: 1 })
    expect(client.getState(project, { projectId: 1 })).toMatchObject({ status: 'loading', error: null })
    await answer('project', { v: 1 })
    await retry
    const again = client.refetch(project, { projectId: 1 })
    server.requests.at(-1)?.fail(new TypeError('offline'))
    await again
    expect(client.getState(project, { projectId: 1 })).toMatchObject({ status: 'error', data: { v: 1 }, error: { code: 'NETWORK_ERROR' } })
  })

  it('refetches a failed instance when it is mounted again', async () => {
    const { client, server, contextRequests } = setup()
    const first = mount(client, project, { projectId: 1 })
    server.requests.at(-1)?.respond(json({ error: { code: 'INTERNAL_ERROR', message: 'x' } }, 500))
    await flush()
    first.unmount()
    mount(client, project, { projectId: 1 })
    expect(contextRequests('project')).toHaveLength(2)
  })
})

describe('invalidation', () => {
  it('refetches a mounted instance once and marks it stale meanwhile', async () => {
    const { client, answer, mutate, contextRequests } = setup()
    mount(client, project, { projectId: 1 })
    await answer('project', { v: 1 })
    await mutate({ invalidate: [{ context: 'project', params: { projectId: 1 } }] })
    expect(contextRequests('project')).toHaveLength(2)
    expect(client.getState(project, { projectId: 1 })).toMatchObject({ data: { v: 1 }, status: 'success', stale: true })
    await answer('project', { v: 2 })
    expect(client.getState(project, { projectId: 1 })).toMatchObject({ data: { v: 2 }, stale: false })
  })

  it('marks an unmounted instance stale without a request, and refetches it on the next mount', async () => {
    const { client, answer, mutate, contextRequests } = setup()
    const { unmount } = mount(client, project, { projectId: 1 })
    await answer('project', { v: 1 })
    unmount()
    await mutate({ invalidate: [{ context: 'project' }] })
    expect(contextRequests('project')).toHaveLength(1)
    expect(client.getState(project, { projectId: 1 })).toMatchObject({ data: { v: 1 }, stale: true })
    mount(client, project, { projectId: 1 })
    expect(contextRequests('project')).toHaveLength(2)
  })

  it('touches only the matching instance with a scoped entry', async () => {
    const { client, answer, mutate, contextRequests } = setup()
    mount(client, project, { projectId: 1 })
    await answer('project', { v: 1 })
    mount(client, project, { projectId: 2 })
    await answer('project', { v: 2 })
    await mutate({ invalidate: [{ context: 'project', params: { projectId: 2 } }] })
    expect(contextRequests('project').map((r) => r.url.split('?')[1])).toEqual(['projectId=1', 'projectId=2', 'projectId=2'])
    expect(client.getState(project, { projectId: 1 }).stale).toBe(false)
  })

  it('touches every instance of the context with an unscoped entry, and no other context', async () => {
    const { client, answer, mutate, contextRequests } = setup()
    mount(client, project, { projectId: 1 })
    await answer('project', { v: 1 })
    mount(client, project, { projectId: 2 })
    await answer('project', { v: 2 })
    mount(client, user, {})
    await answer('user', { me: 'ann' })
    await mutate({ invalidate: [{ context: 'project' }] })
    expect(contextRequests('project', true)).toHaveLength(2)
    expect(contextRequests('user')).toHaveLength(1)
  })

  it('acts on the header alone, with string params matching numeric ones', async () => {
    const { client, answer, mutate, contextRequests } = setup()
    mount(client, project, { projectId: 1 })
    await answer('project', { v: 1 })
    await mutate({ header: 'project?projectId=1' })
    expect(contextRequests('project')).toHaveLength(2)
  })

  it('refetches once when body and header announce the same entries', async () => {
    const { client, answer, mutate, contextRequests } = setup()
    mount(client, project, { projectId: 1 })
    await answer('project', { v: 1 })
    mount(client, user, {})
    await answer('user', { v: 1 })
    await mutate({
      invalidate: [{ context: 'project', params: { projectId: 1 } }, { context: 'user' }],
      header: 'project?projectId=1, user, user',
    })
    expect(contextRequests('project')).toHaveLength(2)
    expect(contextRequests('user')).toHaveLength(2)
  })

  it('refetches the whole instance for a slot-scoped entry', async () => {
    const { client, answer, mutate, contextRequests } = setup()
    mount(client, project, { projectId: 1 })
    await answer('project', { details: 'd', tasks: [] })
    await mutate({ invalidate: [{ context: 'project', params: { projectId: 1 }, slot: 'tasks' }] })
    expect(contextRequests('project')).toHaveLength(2)
    await answer('project', { details: 'd', tasks: ['t'] })
    expect(client.getState(project, { projectId: 1 }).data).toEqual({ details: 'd', tasks: ['t'] })
  })

  it('refetches after the fetch in flight when an invalidation arrives during it, once', async () => {
    const { client, answer, mutate, contextRequests } = setup()
    mount(client, project, { projectId: 1 })
    await mutate({ invalidate: [{ context: 'project' }] })
    await mutate({ header: 'project' })
    expect(contextRequests('project')).toHaveLength(1)
    await answer('project', { v: 'before the mutation' })
    expect(client.getState(project, { projectId: 1 })).toMatchObject({ data: { v: 'before the mutation' }, stale: true })
    expect(contextRequests('project')).toHaveLength(2)
    await answer('project', { v: 'after' })
    expect(client.getState(project, { projectId: 1 })).toMatchObject({ data: { v: 'after' }, stale: false })
    expect(contextRequests('project')).toHaveLength(2)
  })

  it('makes an explicit refetch wait for the fresh answer when an invalidation overtakes it', async () => {
    const { client, answer, contextRequests } = setup()
    const refetched = client.refetch(project, { projectId: 1 })
    client.invalidate([{ context: 'project' }])
    await answer('project', { v: 1 })
    await flush()
    expect(contextRequests('project')).toHaveLength(2)
    await answer('project', { v: 2 })
    await refetched
    expect(client.getState(project, { projectId: 1 })).toMatchObject({ data: { v: 2 }, stale: false })
  })

  it('leaves an instance fetched for nobody stale after an invalidation in flight', async () => {
    vi.useFakeTimers()
    try {
      const { client, answer, contextRequests } = setup()
      const { unmount } = mount(client, project, { projectId: 1 })
      client.invalidate([{ context: 'project' }])
      unmount()
      // Still within the abort grace period: the answer lands, stale, and nothing refetches.
      await answer('project', { v: 1 })
      expect(client.getState(project, { projectId: 1 })).toMatchObject({ data: { v: 1 }, stale: true })
      expect(contextRequests('project')).toHaveLength(1)
    } finally {
      vi.useRealTimers()
    }
  })

  it('refetches an instance after a failed fetch that an invalidation overtook', async () => {
    const { client, server, answer, contextRequests } = setup()
    mount(client, project, { projectId: 1 })
    client.invalidate([{ context: 'project' }])
    server.requests.at(-1)?.respond(json({ error: { code: 'INTERNAL_ERROR', message: 'x' } }, 500))
    await flush()
    expect(contextRequests('project')).toHaveLength(2)
    await answer('project', { v: 1 })
    expect(client.getState(project, { projectId: 1 })).toMatchObject({ status: 'success', data: { v: 1 }, error: null })
  })

  it('applies nothing when the call fails', async () => {
    const { client, server, answer, contextRequests } = setup()
    mount(client, project, { projectId: 1 })
    await answer('project', { v: 1 })
    const session = sessionRoute()
    server.route = (r) =>
      session(r) ??
      (r.path === '/call/'
        ? json({ error: { code: 'BAD_REQUEST', message: 'no' } }, 400, { 'X-Mizan-Invalidate': 'project' })
        : undefined)
    await expect(client.call('f', {})).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    expect(contextRequests('project')).toHaveLength(1)
  })
})

describe('merge', () => {
  it('splices the value into the slot and notifies, with no request', async () => {
    const { client, answer, mutate, contextRequests } = setup()
    const { listener } = mount(client, project, { projectId: 1 })
    await answer('project', { details: 'old', tasks: [1] })
    listener.mockClear()
    await mutate({ merge: [{ context: 'project', slot: 'details', value: 'new', params: { projectId: 1 } }] })
    expect(client.getState(project, { projectId: 1 })).toMatchObject({ data: { details: 'new', tasks: [1] }, stale: false })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(contextRequests('project')).toHaveLength(1)
  })

  it('splices into the matching instances only, every instance when unscoped', async () => {
    const { client, answer } = setup()
    mount(client, project, { projectId: 1 })
    await answer('project', { details: 'a' })
    mount(client, project, { projectId: 2 })
    await answer('project', { details: 'b' })
    client.merge([{ context: 'project', slot: 'details', value: 'x', params: { projectId: '2' } }])
    expect(client.getState(project, { projectId: 1 }).data).toEqual({ details: 'a' })
    expect(client.getState(project, { projectId: 2 }).data).toEqual({ details: 'x' })
    client.merge([{ context: 'project', slot: 'details', value: 'y' }])
    expect(client.getState(project, { projectId: 1 }).data).toEqual({ details: 'y' })
  })

  it('ignores an instance that has no data yet and no fetch in flight', () => {
    const { client } = setup()
    client.merge([{ context: 'project', slot: 'details', value: 'x' }])
    expect(client.getState(project, {}).status).toBe('idle')
  })

  it('survives a fetch that was in flight when it arrived', async () => {
    const { client, answer, mutate } = setup()
    mount(client, project, { projectId: 1 })
    await answer('project', { details: 'v1', tasks: [] })
    void client.refetch(project, { projectId: 1 })
    await mutate({ merge: [{ context: 'project', slot: 'details', value: 'v3', params: { projectId: 1 } }] })
    expect(client.getState(project, { projectId: 1 }).data).toEqual({ details: 'v3', tasks: [] })
    await answer('project', { details: 'v2', tasks: ['t'] })
    expect(client.getState(project, { projectId: 1 }).data).toEqual({ details: 'v3', tasks: ['t'] })
  })

  it('lands on the first answer of an instance that was loading when it arrived', async () => {
    const { client, answer } = setup()
    mount(client, project, { projectId: 1 })
    client.merge([{ context: 'project', slot: 'details', value: 'merged' }])
    await answer('project', { details: 'fetched', tasks: [] })
    expect(client.getState(project, { projectId: 1 }).data).toEqual({ details: 'merged', tasks: [] })
  })
})

describe('unmounting', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('aborts a fetch nobody observes any more', async () => {
    const { client, contextRequests } = setup()
    const { unmount } = mount(client, project, { projectId: 1 })
    const request = contextRequests('project')[0]
    unmount()
    expect(request?.signal?.aborted).toBe(false)
    vi.runAllTimers()
    expect(request?.signal?.aborted).toBe(true)
    await flush()
    expect(client.getState(project, { projectId: 1 })).toMatchObject({ status: 'idle', error: null })
    mount(client, project, { projectId: 1 })
    expect(contextRequests('project')).toHaveLength(2)
  })

  it('keeps the fetch when the instance is mounted again at once, as StrictMode does', () => {
    const { client, contextRequests } = setup()
    const first = mount(client, project, { projectId: 1 })
    first.unmount()
    mount(client, project, { projectId: 1 })
    vi.runAllTimers()
    expect(contextRequests('project')).toHaveLength(1)
    expect(contextRequests('project')[0]?.signal?.aborted).toBe(false)
  })

  it('keeps the fetch while another observer remains', () => {
    const { client, contextRequests } = setup()
    const first = mount(client, project, { projectId: 1 })
    mount(client, project, { projectId: 1 })
    first.unmount()
    first.unmount()
    vi.runAllTimers()
    expect(contextRequests('project')[0]?.signal?.aborted).toBe(false)
  })

  it('waits the configured grace period before aborting', () => {
    const server = fakeServer()
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch, abortDelayMs: 1000 })
    mount(client, project, {}).unmount()
    vi.advanceTimersByTime(999)
    expect(server.requests[0]?.signal?.aborted).toBe(false)
    vi.advanceTimersByTime(1)
    expect(server.requests[0]?.signal?.aborted).toBe(true)
  })

  it('uses an injected scheduler', () => {
    const timers: Array<() => void> = []
    const server = fakeServer()
    const scheduler = {
      setTimeout: (callback: () => void) => {
        timers.push(callback)
        return setTimeout(() => undefined, 0)
      },
      clearTimeout: () => undefined,
    }
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch, scheduler })
    mount(client, project, {}).unmount()
    expect(timers).toHaveLength(1)
    timers[0]?.()
    expect(server.requests[0]?.signal?.aborted).toBe(true)
  })

  it('does not abort an explicit refetch', async () => {
    const { client, answer, contextRequests } = setup()
    const refetched = client.refetch(project, { projectId: 1 })
    mount(client, project, { projectId: 1 }).unmount()
    vi.runAllTimers()
    expect(contextRequests('project')[0]?.signal?.aborted).toBe(false)
    await answer('project', { v: 1 })
    await refetched
    expect(client.getState(project, { projectId: 1 }).data).toEqual({ v: 1 })
  })

  it('keeps the data of an instance whose refetch was aborted, still stale', async () => {
    const { client, answer, contextRequests } = setup()
    const { unmount } = mount(client, project, { projectId: 1 })
    await answer('project', { v: 1 })
    client.invalidate([{ context: 'project' }])
    unmount()
    vi.runAllTimers()
    await flush()
    expect(contextRequests('project')[1]?.signal?.aborted).toBe(true)
    expect(client.getState(project, { projectId: 1 })).toMatchObject({ status: 'success', data: { v: 1 }, stale: true, error: null })
  })
})

describe('hydration', () => {
  it('seeds the cache so a mount makes no request', () => {
    const { client, contextRequests } = setup()
    client.hydrate({ contexts: [{ name: 'project', rev: 1, params: { projectId: 1 }, data: { v: 1 } }] })
    mount(client, project, { projectId: 1 })
    expect(contextRequests('project')).toHaveLength(0)
    expect(client.getState(project, { projectId: 1 })).toEqual({ data: { v: 1 }, status: 'success', error: null, stale: false })
  })

  it('round-trips fresh instances through dehydrate, leaving out stale and failed ones', async () => {
    const { client, server, answer } = setup()
    mount(client, project, { projectId: 1 })
    await answer('project', { v: 1 })
    mount(client, project, { projectId: 2 })
    await answer('project', { v: 2 })
    client.invalidate([{ context: 'project', params: { projectId: 2 } }])
    mount(client, user, {})
    server.requests.at(-1)?.respond(json({ error: { code: 'UNAUTHORIZED', message: 'x' } }, 401))
    await flush()
    const state = client.dehydrate()
    expect(state).toEqual({ contexts: [{ name: 'project', rev: 1, params: { projectId: 1 }, data: { v: 1 } }] })
    const other = new MizanClient({ baseUrl: BASE, fetch: fakeServer().fetch })
    other.hydrate(JSON.parse(JSON.stringify(state)))
    expect(other.getState(project, { projectId: 1 }).data).toEqual({ v: 1 })
  })

  it('notifies observers of a hydrated instance', () => {
    const { client } = setup()
    const { listener } = mount(client, project, {})
    client.hydrate({ contexts: [{ name: 'project', rev: 1, params: {}, data: { v: 1 } }] })
    expect(listener).toHaveBeenCalled()
    expect(client.getState(project, {}).status).toBe('success')
  })
})
