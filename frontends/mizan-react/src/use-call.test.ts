import type { MizanError } from '@mizan/base'
import { act, createElement } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { flush, json } from '../../mizan-base/src/testing/fake-server.js'
import { useDom } from './testing/dom.js'
import { type CallState, useCall } from './use-call.js'

const dom = useDom()
const session = () => json({ csrf_token: 'tok', user: null })
type Listener = (...args: unknown[]) => void
const { process } = globalThis as unknown as {
  process: { on(event: string, listener: Listener): void; off(event: string, listener: Listener): void }
}
const invalid = () =>
  json({ error: { code: 'VALIDATION_FAILED', message: 'bad', details: { fields: { title: ['blank'] } } } }, 422)

describe('useCall', () => {
  let call: CallState<{ title: string }, string> | undefined
  function Form() {
    call = useCall<{ title: string }, string>('create_task')
    return createElement(
      'p',
      null,
      `${call.status}:${call.isPending ? 'pending' : '-'}:${call.data ?? '-'}:${call.variables?.title ?? '-'}:${call.error?.code ?? 'none'}`,
    )
  }

  it('posts the call and tracks status, variables and data', async () => {
    dom.server.route = (r) => (r.path === '/session/' ? session() : undefined)
    await dom.render(createElement(Form))
    expect(dom.container.textContent).toBe('idle:-:-:-:none')
    await act(async () => {
      call?.mutate({ title: 'x' })
      await flush()
    })
    expect(dom.container.textContent).toBe('pending:pending:-:x:none')
    const post = dom.server.requests.find((r) => r.path === '/call/')
    expect(post?.body).toEqual({ function: 'create_task', args: { title: 'x' } })
    expect(post?.headers.get('X-CSRF-Token')).toBe('tok')
    await act(async () => {
      post?.respond(json({ result: 'created' }))
      await flush()
    })
    expect(dom.container.textContent).toBe('success:-:created:x:none')
  })

  it('mutate from an event handler never rejects: the error is in the state and in onError', async () => {
    dom.server.route = (r) => (r.path === '/session/' ? session() : invalid())
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    try {
      function Button() {
        const m = useCall<{ title: string }, string>('create_task')
        call = m
        return createElement('button', { onClick: () => m.mutate({ title: '' }) }, m.error?.fieldErrors['title']?.join() ?? 'ok')
      }
      await dom.render(createElement(Button))
      const onError = vi.fn()
      await act(async () => {
        dom.container.querySelector('button')?.click()
        call?.mutate({ title: '' }, { onError })
        await flush()
        await new Promise((resolve) => setTimeout(resolve, 10))
      })
      expect(dom.container.textContent).toBe('blank')
      expect(onError).toHaveBeenCalledTimes(1)
      expect(unhandled).not.toHaveBeenCalled()
    } finally {
      process.off('unhandledRejection', unhandled)
    }
  })

  it('mutateAsync rejects with the error kept in the state until reset', async () => {
    dom.server.route = (r) => (r.path === '/session/' ? session() : invalid())
    await dom.render(createElement(Form))
    let rejected: MizanError | undefined
    await act(async () => {
      await call?.mutateAsync({ title: '' }).catch((e: MizanError) => {
        rejected = e
      })
    })
    expect(rejected?.fieldErrors).toEqual({ title: ['blank'] })
    expect(call?.error).toBe(rejected)
    expect(dom.container.textContent).toBe('error:-:-::VALIDATION_FAILED')
    await act(async () => call?.reset())
    expect(dom.container.textContent).toBe('idle:-:-:-:none')
  })

  it('keeps mutate, mutateAsync and reset stable across renders', async () => {
    dom.server.route = (r) => (r.path === '/session/' ? session() : json({ result: 'ok' }))
    await dom.render(createElement(Form))
    const first = call
    await act(async () => {
      await call?.mutateAsync({ title: 'a' })
    })
    expect(call?.mutate).toBe(first?.mutate)
    expect(call?.mutateAsync).toBe(first?.mutateAsync)
    expect(call?.reset).toBe(first?.reset)
  })
})
