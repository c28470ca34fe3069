import type { ContextState } from '@mizan/base'
import { act, createElement, startTransition } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { BASE, flush, json } from '../../mizan-base/src/testing/fake-server.js'
import { MizanProvider } from './provider.js'
import { useDom } from './testing/dom.js'
import { type CallState, useCall } from './use-call.js'
import { useContextState } from './use-context-state.js'

const dom = useDom()
const project = { name: 'project', rev: 1 }

function Project(props: { projectId: number; seen?: Array<ContextState<{ v: number }>> }) {
  const state = useContextState<{ v: number }>(project, { projectId: props.projectId })
  props.seen?.push(state)
  return createElement('p', null, `${state.status}:${state.data?.v ?? '-'}:${state.stale ? 'stale' : 'fresh'}`)
}

describe('useContextState', () => {
  it('mounts the instance, fetches it and renders its states', async () => {
    const seen: Array<ContextState<{ v: number }>> = []
    await dom.render(createElement(Project, { projectId: 1, seen }))
    expect(dom.container.textContent).toBe('loading:-:fresh')
    expect(seen.map((s) => s.status)).not.toContain('idle')
    expect(dom.contextFetches().map((r) => r.url)).toEqual([`${BASE}/ctx/project/?projectId=1`])
    await dom.answer({ v: 1 })
    expect(dom.container.textContent).toBe('success:1:fresh')
  })

  it('renders a failed fetch as error with its MizanError, and refetches on remount', async () => {
    function Failing() {
      const state = useContextState<{ v: number }>(project, { projectId: 5 })
      return createElement('p', null, `${state.status}:${state.error?.code ?? '-'}:${state.error?.status ?? '-'}`)
    }
    await dom.render(createElement(Failing))
    await act(async () => {
      dom.contextFetches()[0]?.respond(json({ error: { code: 'FORBIDDEN', message: 'no' } }, 403))
      await flush()
    })
    expect(dom.container.textContent).toBe('error:FORBIDDEN:403')
    await dom.render(null)
    await dom.render(createElement(Failing))
    expect(dom.contextFetches()).toHaveLength(2)
  })

  it('fetches once under StrictMode double mounting and does not abort it', async () => {
    await dom.render(createElement(Project, { projectId: 1 }), true)
    expect(dom.contextFetches()).toHaveLength(1)
    await act(async () => {
      await flush()
    })
    expect(dom.contextFetches()[0]?.signal?.aborted).toBe(false)
    await dom.answer({ v: 7 })
    expect(dom.container.textContent).toBe('success:7:fresh')
  })

  it('shares one fetch between components showing the same instance', async () => {
    await dom.render(createElement('div', null, createElement(Project, { projectId: 1 }), createElement(Project, { projectId: 1 })))
    expect(dom.contextFetches()).toHaveLength(1)
    await dom.answer({ v: 2 })
    expect(dom.container.textContent).toBe('success:2:freshsuccess:2:fresh')
  })

  it('switches instance when the params change, and aborts the one nobody shows', async () => {
    vi.useFakeTimers()
    try {
      await dom.render(createElement(Project, { projectId: 1 }))
      await dom.render(createElement(Project, { projectId: 2 }))
      await act(async () => {
        vi.runAllTimers()
      })
      expect(dom.contextFetches().map((r) => [r.url.split('?')[1], r.signal?.aborted])).toEqual([
        ['projectId=1', true],
        ['projectId=2', false],
      ])
    } finally {
      vi.useRealTimers()
    }
  })

  it('shows one state to every reader of an instance when rendering in a transition', async () => {
    const pair = () => createElement('div', null, createElement(Project, { projectId: 3 }), createElement(Project, { projectId: 3 }))
    await act(async () => {
      startTransition(() => dom.root.render(createElement(MizanProvider, { client: dom.client, children: pair() })))
    })
    expect(dom.container.textContent).toBe('loading:-:freshloading:-:fresh')
    await act(async () => {
      startTransition(() => dom.client.invalidate([{ context: 'project' }]))
      dom.server.requests.filter((r) => r.open)[0]?.respond(json({ v: 3 }))
      await flush()
    })
    expect(dom.container.textContent).toBe('success:3:stalesuccess:3:stale')
    await dom.answer({ v: 4 })
    expect(dom.container.textContent).toBe('success:4:freshsuccess:4:fresh')
    expect(dom.contextFetches()).toHaveLength(2)
  })

  it('renders loading on the server for an instance that is not hydrated', () => {
    const html = renderToString(createElement(MizanProvider, { client: dom.client, children: createElement(Project, { projectId: 4 }) }))
    expect(html).toContain('loading:-:fresh')
    expect(dom.contextFetches()).toHaveLength(0)
  })

  it('aborts the fetch when the component unmounts', async () => {
    await dom.render(createElement(Project, { projectId: 1 }))
    await dom.render(null)
    await act(async () => {
      await flush()
    })
    expect(dom.contextFetches()[0]?.signal?.aborted).toBe(true)
    expect(dom.client.getState(project, { projectId: 1 }).status).toBe('idle')
  })

  it('does not render again for new but equal params objects', async () => {
    const seen: Array<ContextState<{ v: number }>> = []
    await dom.render(createElement(Project, { projectId: 1, seen }))
    await dom.answer({ v: 1 })
    const before = seen.length
    await dom.render(createElement(Project, { projectId: 1, seen }))
    expect(seen.length).toBe(before + 1)
    expect(seen.at(-1)).toBe(seen.at(-2))
    expect(dom.contextFetches()).toHaveLength(1)
  })

  it('renders hydrated data on the server and on the client without a fetch', async () => {
    dom.client.hydrate({ contexts: [{ name: 'project', rev: 1, params: { projectId: 1 }, data: { v: 9 } }] })
    const html = renderToString(createElement(MizanProvider, { client: dom.client, children: createElement(Project, { projectId: 1 }) }))
    expect(html).toContain('success:9:fresh')
    await dom.render(createElement(Project, { projectId: 1 }), true)
    expect(dom.container.textContent).toBe('success:9:fresh')
    expect(dom.contextFetches()).toHaveLength(0)
  })

  it('refetches a mounted instance after a mutation invalidates it', async () => {
    let call: CallState<{ projectId: number }, string> | undefined
    function Mutate() {
      call = useCall<{ projectId: number }, string>('create_task')
      return null
    }
    await dom.render(createElement('div', null, createElement(Project, { projectId: 1 }), createElement(Mutate)))
    await dom.answer({ v: 1 })
    await act(async () => {
      await call?.mutate({ projectId: 1 })
      await flush()
    })
    expect(dom.container.textContent).toBe('success:1:stale')
    await dom.answer({ v: 2 })
    expect(dom.container.textContent).toBe('success:2:fresh')
  })
})
