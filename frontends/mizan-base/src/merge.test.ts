import { describe, expect, it } from 'vitest'
import { mount, project, setup } from './testing/harness.js'

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

  it('is applied before the invalidations of the same answer', async () => {
    const { client, answer, mutate, contextRequests } = setup()
    const seen: unknown[] = []
    client.subscribe(project, { projectId: 1 }, () => seen.push(client.getState(project, { projectId: 1 })))
    await answer('project', { details: 'old' })
    seen.length = 0
    await mutate({
      merge: [{ context: 'project', slot: 'details', value: 'merged' }],
      invalidate: [{ context: 'project' }],
    })
    expect(seen).toEqual([
      { data: { details: 'merged' }, status: 'success', error: null, stale: false },
      { data: { details: 'merged' }, status: 'success', error: null, stale: true },
    ])
    expect(contextRequests('project')).toHaveLength(2)
  })
})
