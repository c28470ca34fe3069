import { describe, expect, it, vi } from 'vitest'
import { MizanClient } from './client.js'
import type { MizanError } from './error.js'
import { MutationController } from './mutation.js'
import { BASE, fakeServer, flush, json } from './testing/fake-server.js'

function setup() {
  const server = fakeServer((r) => (r.path === '/session/' ? json({ csrf_token: 'tok', user: null }) : undefined))
  const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch })
  const m = new MutationController<{ title: string }, string>(client, 'create_task')
  const seen: string[] = []
  m.subscribe(() => seen.push(m.getState().status))
  return { server, client, m, seen }
}

const invalid = json({ error: { code: 'VALIDATION_FAILED', message: 'bad', details: { fields: { title: ['blank'] } } } }, 422)

describe('MutationController', () => {
  it('starts idle and goes pending, then success with data and variables', async () => {
    const { server, m, seen } = setup()
    expect(m.getState()).toMatchObject({ status: 'idle', isIdle: true, data: undefined, variables: undefined, error: null })
    m.mutate({ title: 'x' })
    expect(m.getState()).toMatchObject({ status: 'pending', isPending: true, variables: { title: 'x' } })
    await flush()
    server.to('/call/')[0]?.respond(json({ result: 'created' }))
    await flush()
    expect(m.getState()).toMatchObject({ status: 'success', isSuccess: true, data: 'created', variables: { title: 'x' }, error: null })
    expect(seen).toEqual(['pending', 'success'])
  })

  it('mutate never rejects: the error goes to the state and to onError, not to an unhandled rejection', async () => {
    const { server, m } = setup()
    server.route = (r) => (r.path === '/session/' ? json({ csrf_token: 'tok', user: null }) : invalid)
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    try {
      const onError = vi.fn()
      const onSuccess = vi.fn()
      const onSettled = vi.fn()
      expect(m.mutate({ title: '' }, { onError, onSuccess, onSettled })).toBeUndefined()
      await flush()
      await new Promise((resolve) => setTimeout(resolve, 10))
      const state = m.getState()
      expect(state).toMatchObject({ status: 'error', isError: true, data: undefined, variables: { title: '' } })
      expect(state.error?.fieldErrors).toEqual({ title: ['blank'] })
      expect(onError).toHaveBeenCalledWith(state.error, { title: '' })
      expect(onSettled).toHaveBeenCalledWith(undefined, state.error, { title: '' })
      expect(onSuccess).not.toHaveBeenCalled()
      expect(unhandled).not.toHaveBeenCalled()
    } finally {
      process.off('unhandledRejection', unhandled)
    }
  })

  it('mutateAsync resolves with the result and rejects with the MizanError', async () => {
    const { server, m } = setup()
    server.route = (r) => (r.path === '/session/' ? json({ csrf_token: 'tok', user: null }) : json({ result: 'ok' }))
    await expect(m.mutateAsync({ title: 'a' })).resolves.toBe('ok')
    server.route = (r) => (r.path === '/session/' ? json({ csrf_token: 'tok', user: null }) : invalid)
    const rejected = await m.mutateAsync({ title: '' }).catch((e: MizanError) => e)
    expect(rejected).toBe(m.getState().error)
    expect(m.getState().status).toBe('error')
  })

  it('follows the latest call: an earlier call settling later changes nothing, nor calls its callbacks', async () => {
    const { server, m } = setup()
    const first = vi.fn()
    const second = vi.fn()
    m.mutate({ title: 'one' }, { onSuccess: first })
    await flush()
    m.mutate({ title: 'two' }, { onSuccess: second })
    await flush()
    const [one, two] = server.to('/call/')
    two?.respond(json({ result: 'second' }))
    await flush()
    one?.respond(json({ result: 'first' }))
    await flush()
    expect(m.getState()).toMatchObject({ status: 'success', data: 'second', variables: { title: 'two' } })
    expect(second).toHaveBeenCalledWith('second', { title: 'two' })
    expect(first).not.toHaveBeenCalled()
  })

  it('reset goes back to idle and a running call no longer changes the state', async () => {
    const { server, m } = setup()
    m.mutate({ title: 'x' })
    await flush()
    m.reset()
    expect(m.getState()).toMatchObject({ status: 'idle', variables: undefined })
    server.to('/call/')[0]?.respond(json({ result: 'late' }))
    await flush()
    expect(m.getState().status).toBe('idle')
  })

  it('a callback that throws does not reject mutate', async () => {
    const { server, m } = setup()
    server.route = (r) => (r.path === '/session/' ? json({ csrf_token: 'tok', user: null }) : json({ result: 'ok' }))
    const reported: unknown[] = []
    const original = globalThis.queueMicrotask
    globalThis.queueMicrotask = (task) => {
      try {
        task()
      } catch (e) {
        reported.push(e)
      }
    }
    try {
      m.mutate({ title: 'x' }, { onSuccess: () => { throw new Error('boom') } })
      await flush()
      expect(m.getState().status).toBe('success')
      expect(reported).toEqual([new Error('boom')])
    } finally {
      globalThis.queueMicrotask = original
    }
  })
})
