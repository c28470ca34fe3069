import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MizanClient } from './client.js'
import { BASE, fakeServer, flush, json } from './testing/fake-server.js'
import { mount, project, setup, user } from './testing/harness.js'

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

describe('garbage collection', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('evicts an instance nobody has observed for gcTimeMs, so the next mount fetches it again', async () => {
    const server = fakeServer((r) => json({ v: r.url }))
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch, gcTimeMs: 1000 })
    const { unmount } = mount(client, project, { projectId: 1 })
    await flush()
    unmount()
    vi.advanceTimersByTime(999)
    expect(client.getState(project, { projectId: 1 }).status).toBe('success')
    expect(client.dehydrate().contexts).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(client.getState(project, { projectId: 1 }).status).toBe('idle')
    expect(client.dehydrate().contexts).toHaveLength(0)
    mount(client, project, { projectId: 1 })
    expect(server.requests).toHaveLength(2)
  })

  it('keeps an instance mounted again before gcTimeMs', async () => {
    const server = fakeServer((r) => json({ v: r.url }))
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch, gcTimeMs: 1000 })
    mount(client, project, {}).unmount()
    await flush()
    vi.advanceTimersByTime(500)
    mount(client, project, {})
    vi.advanceTimersByTime(5000)
    expect(client.getState(project, {}).status).toBe('success')
    expect(server.requests).toHaveLength(1)
  })

  it('evicts refetched and hydrated instances nobody mounts, and never with gcTimeMs Infinity', async () => {
    const server = fakeServer((r) => json({ v: r.url }))
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch, gcTimeMs: 1000 })
    client.hydrate({ contexts: [{ name: 'user', rev: 1, params: {}, data: {} }] })
    const refetched = client.refetch(project, {})
    await flush()
    await refetched
    vi.advanceTimersByTime(1000)
    expect(client.dehydrate().contexts).toEqual([])
    const keeper = new MizanClient({ baseUrl: BASE, fetch: server.fetch, gcTimeMs: Infinity })
    keeper.hydrate({ contexts: [{ name: 'user', rev: 1, params: {}, data: {} }] })
    vi.advanceTimersByTime(10 * 365 * 24 * 3600 * 1000)
    expect(keeper.dehydrate().contexts).toHaveLength(1)
  })

  it('keeps instances five minutes by default', async () => {
    const { client, answer } = setup()
    const { unmount } = mount(client, user, {})
    await answer('user', { me: 1 })
    unmount()
    vi.advanceTimersByTime(299_999)
    expect(client.getState(user, {}).data).toEqual({ me: 1 })
    vi.advanceTimersByTime(1)
    expect(client.getState(user, {}).data).toBeUndefined()
  })
})

describe('suspense (server rendering)', () => {
  it('is off unless asked for', () => {
    expect(setup().client.suspense).toBe(false)
    expect(new MizanClient({ baseUrl: BASE, suspense: true }).suspense).toBe(true)
  })
})
