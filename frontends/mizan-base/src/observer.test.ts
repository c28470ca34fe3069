import { describe, expect, it, vi } from 'vitest'
import { ContextObserver, observedState } from './observer.js'
import { flush } from './testing/fake-server.js'
import { project, setup } from './testing/harness.js'

describe('ContextObserver', () => {
  it('reads loading before the first fetch, mounts on subscribe and fetches once', async () => {
    const { client, contextRequests, answer } = setup()
    const observer = new ContextObserver<{ v: number }>(client, project, { projectId: 1 })
    expect(observer.getState().status).toBe('loading')
    expect(contextRequests('project')).toHaveLength(0)
    const listener = vi.fn()
    const stop = observer.subscribe(listener)
    const second = observer.subscribe(vi.fn())
    expect(contextRequests('project')).toHaveLength(1)
    await answer('project', { v: 1 })
    expect(observer.getState()).toMatchObject({ status: 'success', data: { v: 1 } })
    expect(listener).toHaveBeenCalled()
    stop()
    second()
    await flush()
    expect(client.getState(project, { projectId: 1 }).status).toBe('success')
  })

  it('moves the mount to the instance of new params, aborting the one nobody shows', async () => {
    const { client, contextRequests } = setup()
    const observer = new ContextObserver(client, project, { projectId: 1 })
    const listener = vi.fn()
    observer.subscribe(listener)
    listener.mockClear()
    expect(observer.setParams({ projectId: 1 })).toBe(false)
    expect(listener).not.toHaveBeenCalled()
    expect(observer.setParams({ projectId: 2 })).toBe(true)
    expect(listener).toHaveBeenCalled()
    await flush()
    expect(contextRequests('project').map((r) => [r.url.split('?')[1], r.signal?.aborted])).toEqual([
      ['projectId=1', true],
      ['projectId=2', false],
    ])
    expect(observer.params).toEqual({ projectId: 2 })
  })

  it('follows new params without mounting while nobody is subscribed', async () => {
    const { client, contextRequests } = setup()
    const observer = new ContextObserver(client, project, { projectId: 1 })
    observer.setParams({ projectId: 3 })
    await flush()
    expect(contextRequests('project')).toHaveLength(0)
    observer.subscribe(() => undefined)
    expect(contextRequests('project').map((r) => r.url.split('?')[1])).toEqual(['projectId=3'])
  })

  it('shows the same state object while nothing changed', () => {
    const { client } = setup()
    client.hydrate({ contexts: [{ name: 'project', rev: 1, params: { projectId: 1 }, data: { v: 1 } }] })
    const a = observedState(client, project, { projectId: 1 })
    expect(observedState(client, project, { projectId: 1 })).toBe(a)
    expect(observedState(client, project, { projectId: 2 })).toBe(observedState(client, project, { projectId: 9 }))
  })
})
