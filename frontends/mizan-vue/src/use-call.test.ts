import type { MizanError } from '@mizan/base'
import { defineComponent, h } from 'vue'
import { describe, expect, it, vi } from 'vitest'
import { flush, json, settle, useDom } from './testing/dom.js'
import { type MutationRefs, useCall } from './use-call.js'
import { useMizan } from './use-mizan.js'

const dom = useDom()

describe('useCall (Vue)', () => {
  let call: MutationRefs<{ title: string }, string> | undefined
  const Form = defineComponent({
    setup() {
      call = useCall<{ title: string }, string>('create_task')
      return () => h('p', `${call?.status.value}:${call?.isPending.value ? 'pending' : 'idle'}:${call?.error.value?.code ?? 'none'}:${call?.data.value ?? '-'}`)
    },
  })

  it('posts the call with the CSRF token and follows it in the refs', async () => {
    dom.server.route = (r) => (r.path === '/session/' ? json({ csrf_token: 'tok', user: null }) : undefined)
    await dom.mount(Form)
    expect(dom.text).toBe('idle:idle:none:-')
    const onSuccess = vi.fn()
    call?.mutate({ title: 'x' }, { onSuccess })
    await settle()
    expect(dom.text).toBe('pending:pending:none:-')
    expect(call?.variables.value).toEqual({ title: 'x' })
    const post = dom.server.requests.find((r) => r.path === '/call/')
    expect(post?.body).toEqual({ function: 'create_task', args: { title: 'x' } })
    expect(post?.headers.get('X-CSRF-Token')).toBe('tok')
    post?.respond(json({ result: 'created' }))
    await settle()
    expect(dom.text).toBe('success:idle:none:created')
    expect(onSuccess).toHaveBeenCalledWith('created', { title: 'x' })
  })

  it('never rejects from mutate: the error lands in the refs and onError, mutateAsync rejects', async () => {
    dom.server.route = (r) =>
      r.path === '/session/'
        ? json({ csrf_token: 'tok', user: null })
        : json({ error: { code: 'VALIDATION_FAILED', message: 'bad', details: { fields: { title: ['blank'] } } } }, 422)
    await dom.mount(Form)
    const onError = vi.fn()
    call?.mutate({ title: '' }, { onError })
    await settle()
    expect(dom.text).toBe('error:idle:VALIDATION_FAILED:-')
    expect((onError.mock.calls[0]?.[0] as MizanError).fieldErrors).toEqual({ title: ['blank'] })
    let rejected: MizanError | undefined
    await call?.mutateAsync({ title: '' }).catch((e: MizanError) => {
      rejected = e
    })
    expect(rejected?.code).toBe('VALIDATION_FAILED')
    call?.reset()
    await settle()
    expect(dom.text).toBe('idle:idle:none:-')
  })

  it('stops updating the refs once the component unmounts', async () => {
    dom.server.route = (r) => (r.path === '/session/' ? json({ csrf_token: 'tok', user: null }) : undefined)
    await dom.mount(Form)
    const refs = call
    refs?.mutate({ title: 'late' })
    await flush()
    await dom.unmount()
    dom.server.requests.find((r) => r.path === '/call/')?.respond(json({ result: 'x' }))
    await settle()
    expect(refs?.status.value).toBe('pending')
  })

  it('offers the untyped escape hatch', async () => {
    let hatch: ReturnType<typeof useMizan> | undefined
    dom.server.route = (r) => (r.path === '/session/' ? json({ csrf_token: 't', user: null }) : r.path === '/call/' ? json({ result: 3 }) : json({ m: 1 }))
    await dom.mount({ setup: () => ((hatch = useMizan()), () => null) })
    await expect(hatch?.call<number>('add', { a: 1 })).resolves.toBe(3)
    await expect(hatch?.fetch('project', { projectId: 1 })).resolves.toEqual({ m: 1 })
    expect(dom.client.getState({ name: 'project', rev: 1 }, { projectId: 1 }).status).toBe('idle')
  })
})
