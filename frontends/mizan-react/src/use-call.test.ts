import type { MizanError } from '@mizan/base'
import { act, createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { flush, json } from '../../mizan-base/src/testing/fake-server.js'
import { useDom } from './testing/dom.js'
import { type CallState, useCall } from './use-call.js'

const dom = useDom()

describe('useCall', () => {
  let call: CallState<{ title: string }, string> | undefined
  function Form() {
    call = useCall<{ title: string }, string>('create_task')
    return createElement('p', null, `${call.isPending ? 'pending' : 'idle'}:${call.error?.code ?? 'none'}`)
  }

  it('posts the call and tracks isPending', async () => {
    dom.server.route = (r) => (r.path === '/session/' ? json({ csrf_token: 'tok', user: null }) : undefined)
    await dom.render(createElement(Form))
    let result: Promise<string> | undefined
    await act(async () => {
      result = call?.mutate({ title: 'x' })
      await flush()
    })
    expect(dom.container.textContent).toBe('pending:none')
    const post = dom.server.requests.find((r) => r.path === '/call/')
    expect(post?.body).toEqual({ function: 'create_task', args: { title: 'x' } })
    expect(post?.headers.get('X-CSRF-Token')).toBe('tok')
    await act(async () => {
      post?.respond(json({ result: 'created' }))
      await flush()
    })
    await expect(result).resolves.toBe('created')
    expect(dom.container.textContent).toBe('idle:none')
  })

  it('keeps the error until reset, and rejects the mutate promise with it', async () => {
    dom.server.route = (r) =>
      r.path === '/session/'
        ? json({ csrf_token: 'tok', user: null })
        : json({ error: { code: 'VALIDATION_FAILED', message: 'bad', details: { fields: { title: ['blank'] } } } }, 422)
    await dom.render(createElement(Form))
    let rejected: MizanError | undefined
    await act(async () => {
      await call?.mutate({ title: '' }).catch((e: MizanError) => {
        rejected = e
      })
    })
    expect(rejected?.fieldErrors).toEqual({ title: ['blank'] })
    expect(call?.error).toBe(rejected)
    expect(dom.container.textContent).toBe('idle:VALIDATION_FAILED')
    await act(async () => call?.reset())
    expect(dom.container.textContent).toBe('idle:none')
  })
})
