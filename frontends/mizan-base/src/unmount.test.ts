import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MizanClient } from './client.js'
import { BASE, fakeServer, flush } from './testing/fake-server.js'
import { mount, project, setup } from './testing/harness.js'

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
