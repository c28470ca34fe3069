import { describe, expect, it, vi } from 'vitest'
import { flush, json, sessionRoute } from './testing/fake-server.js'
import { mount, project, setup, user } from './testing/harness.js'

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
