import { MizanClient, type ContextState, type MizanError } from '@mizan/base'
import { StrictMode, act, createElement, startTransition, type ReactNode } from 'react'
import { type Root, createRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BASE, fakeServer, flush, json, sessionRoute, type FakeServer } from '../../mizan-base/src/testing/fake-server.js'
import { MizanProvider, useMizanClient } from './provider.js'
import { type CallState, useCall } from './use-call.js'
import { useContextState } from './use-context-state.js'
import { type MizanEscapeHatch, useMizan } from './use-mizan.js'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const project = { name: 'project', rev: 1 }

let server: FakeServer
let client: MizanClient
let container: HTMLElement
let root: Root
let consoleError: ReturnType<typeof vi.spyOn>

beforeEach(() => {
  // React reports unstable snapshots, act() misuse and update loops through console.error.
  consoleError = vi.spyOn(console, 'error')
  const session = sessionRoute()
  server = fakeServer((r) => session(r) ?? (r.path === '/call/' ? json({ result: 'done', invalidate: [{ context: 'project' }] }) : undefined))
  client = new MizanClient({ baseUrl: BASE, fetch: server.fetch })
  container = document.createElement('div')
  document.body.appendChild(container)
  root = createRoot(container)
})

afterEach(async () => {
  await act(async () => root.unmount())
  container.remove()
  expect(consoleError).not.toHaveBeenCalled()
  consoleError.mockRestore()
})

async function render(node: ReactNode, strict = false): Promise<void> {
  const tree = createElement(MizanProvider, { client, children: node })
  await act(async () => root.render(strict ? createElement(StrictMode, null, tree) : tree))
}

async function answer(body: unknown): Promise<void> {
  const open = server.requests.filter((r) => r.path.startsWith('/ctx/') && r.open)[0]
  if (open === undefined) throw new Error('no open context fetch')
  await act(async () => {
    open.respond(json(body))
    await flush()
  })
}

const contextFetches = () => server.requests.filter((r) => r.path.startsWith('/ctx/'))

function Project(props: { projectId: number; seen?: Array<ContextState<{ v: number }>> }) {
  const state = useContextState<{ v: number }>(project, { projectId: props.projectId })
  props.seen?.push(state)
  return createElement('p', null, `${state.status}:${state.data?.v ?? '-'}:${state.stale ? 'stale' : 'fresh'}`)
}

describe('useContextState', () => {
  it('mounts the instance, fetches it and renders its states', async () => {
    await render(createElement(Project, { projectId: 1 }))
    expect(container.textContent).toBe('loading:-:fresh')
    expect(contextFetches().map((r) => r.url)).toEqual([`${BASE}/ctx/project/?projectId=1`])
    await answer({ v: 1 })
    expect(container.textContent).toBe('success:1:fresh')
  })

  it('fetches once under StrictMode double mounting and does not abort it', async () => {
    await render(createElement(Project, { projectId: 1 }), true)
    expect(contextFetches()).toHaveLength(1)
    await act(async () => {
      await flush()
    })
    expect(contextFetches()[0]?.signal?.aborted).toBe(false)
    await answer({ v: 7 })
    expect(container.textContent).toBe('success:7:fresh')
  })

  it('shares one fetch between components showing the same instance', async () => {
    await render(createElement('div', null, createElement(Project, { projectId: 1 }), createElement(Project, { projectId: 1 })))
    expect(contextFetches()).toHaveLength(1)
    await answer({ v: 2 })
    expect(container.textContent).toBe('success:2:freshsuccess:2:fresh')
  })

  it('switches instance when the params change, and aborts the one nobody shows', async () => {
    vi.useFakeTimers()
    try {
      await render(createElement(Project, { projectId: 1 }))
      await render(createElement(Project, { projectId: 2 }))
      await act(async () => {
        vi.runAllTimers()
      })
      expect(contextFetches().map((r) => [r.url.split('?')[1], r.signal?.aborted])).toEqual([
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
      startTransition(() => root.render(createElement(MizanProvider, { client, children: pair() })))
    })
    expect(container.textContent).toBe('loading:-:freshloading:-:fresh')
    await act(async () => {
      startTransition(() => client.invalidate([{ context: 'project' }]))
      server.requests.filter((r) => r.open)[0]?.respond(json({ v: 3 }))
      await flush()
    })
    expect(container.textContent).toBe('success:3:stalesuccess:3:stale')
    await answer({ v: 4 })
    expect(container.textContent).toBe('success:4:freshsuccess:4:fresh')
    expect(contextFetches()).toHaveLength(2)
  })

  it('aborts the fetch when the component unmounts', async () => {
    await render(createElement(Project, { projectId: 1 }))
    await render(null)
    await act(async () => {
      await flush()
    })
    expect(contextFetches()[0]?.signal?.aborted).toBe(true)
    expect(client.getState(project, { projectId: 1 }).status).toBe('idle')
  })

  it('does not render again for new but equal params objects', async () => {
    const seen: Array<ContextState<{ v: number }>> = []
    await render(createElement(Project, { projectId: 1, seen }))
    await answer({ v: 1 })
    const before = seen.length
    await render(createElement(Project, { projectId: 1, seen }))
    expect(seen.length).toBe(before + 1)
    expect(seen.at(-1)).toBe(seen.at(-2))
    expect(contextFetches()).toHaveLength(1)
  })

  it('renders hydrated data on the server and on the client without a fetch', async () => {
    client.hydrate({ contexts: [{ name: 'project', rev: 1, params: { projectId: 1 }, data: { v: 9 } }] })
    const html = renderToString(createElement(MizanProvider, { client, children: createElement(Project, { projectId: 1 }) }))
    expect(html).toContain('success:9:fresh')
    await render(createElement(Project, { projectId: 1 }), true)
    expect(container.textContent).toBe('success:9:fresh')
    expect(contextFetches()).toHaveLength(0)
  })

  it('refetches a mounted instance after a mutation invalidates it', async () => {
    let call: CallState<{ projectId: number }, string> | undefined
    function Mutate() {
      call = useCall<{ projectId: number }, string>('create_task')
      return null
    }
    await render(createElement('div', null, createElement(Project, { projectId: 1 }), createElement(Mutate)))
    await answer({ v: 1 })
    await act(async () => {
      await call?.mutate({ projectId: 1 })
      await flush()
    })
    expect(container.textContent).toBe('success:1:stale')
    await answer({ v: 2 })
    expect(container.textContent).toBe('success:2:fresh')
  })
})

describe('useCall', () => {
  let call: CallState<{ title: string }, string> | undefined
  function Form() {
    call = useCall<{ title: string }, string>('create_task')
    return createElement('p', null, `${call.isPending ? 'pending' : 'idle'}:${call.error?.code ?? 'none'}`)
  }

  it('posts the call and tracks isPending', async () => {
    server.route = (r) => (r.path === '/session/' ? json({ csrf_token: 'tok', user: null }) : undefined)
    await render(createElement(Form))
    let result: Promise<string> | undefined
    await act(async () => {
      result = call?.mutate({ title: 'x' })
      await flush()
    })
    expect(container.textContent).toBe('pending:none')
    const post = server.requests.find((r) => r.path === '/call/')
    expect(post?.body).toEqual({ function: 'create_task', args: { title: 'x' } })
    expect(post?.headers.get('X-CSRF-Token')).toBe('tok')
    await act(async () => {
      post?.respond(json({ result: 'created' }))
      await flush()
    })
    await expect(result).resolves.toBe('created')
    expect(container.textContent).toBe('idle:none')
  })

  it('keeps the error until reset, and rejects the mutate promise with it', async () => {
    server.route = (r) =>
      r.path === '/session/'
        ? json({ csrf_token: 'tok', user: null })
        : json({ error: { code: 'VALIDATION_FAILED', message: 'bad', details: { fields: { title: ['blank'] } } } }, 422)
    await render(createElement(Form))
    let rejected: MizanError | undefined
    await act(async () => {
      await call?.mutate({ title: '' }).catch((e: MizanError) => {
        rejected = e
      })
    })
    expect(rejected?.fieldErrors).toEqual({ title: ['blank'] })
    expect(call?.error).toBe(rejected)
    expect(container.textContent).toBe('idle:VALIDATION_FAILED')
    await act(async () => call?.reset())
    expect(container.textContent).toBe('idle:none')
  })
})

describe('useMizan and the provider', () => {
  it('calls and fetches untyped on the current client, the fetch bypassing the cache', async () => {
    let hatch: MizanEscapeHatch | undefined
    function Hatch() {
      hatch = useMizan()
      return null
    }
    server.route = (r) =>
      r.path === '/session/' ? json({ csrf_token: 't', user: null }) : r.path === '/call/' ? json({ result: 3 }) : json({ m: 1 })
    await render(createElement(Hatch))
    await expect(hatch?.call<number>('add', { a: 1 })).resolves.toBe(3)
    await expect(hatch?.fetch('project', { projectId: 1 })).resolves.toEqual({ m: 1 })
    expect(client.getState(project, { projectId: 1 }).status).toBe('idle')
  })

  it('creates a client for baseUrl when none is given', async () => {
    let seen: MizanClient | undefined
    function Probe() {
      seen = useMizanClient()
      return null
    }
    await act(async () => root.render(createElement(MizanProvider, { baseUrl: '/x', children: createElement(Probe) })))
    const first = seen
    await act(async () => root.render(createElement(MizanProvider, { baseUrl: '/x', children: createElement(Probe) })))
    expect(first).toBeInstanceOf(MizanClient)
    expect(seen).toBe(first)
  })

  it('refuses hooks outside a provider', () => {
    function Orphan() {
      useMizanClient()
      return null
    }
    expect(() => renderToString(createElement(Orphan))).toThrow(/MizanProvider/)
  })
})
