import { MizanClient, type MizanError } from '@mizan/base'
import { flushSync, mount, unmount } from 'svelte'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BASE, type FakeServer, fakeServer, flush, json, sessionRoute } from '../../mizan-base/src/testing/fake-server.js'
import type { MutationRune } from './call.svelte.js'
import { reactiveProps } from './testing/props.svelte.js'
import Root from './testing/Root.svelte'

const project = { name: 'project', rev: 1 }
type Call = MutationRune<{ title: string }, string>
interface Props {
  client: MizanClient
  ids: number[]
  generation?: number
  caller?: (call: Call) => void
}

let server: FakeServer
let client: MizanClient
let target: HTMLElement
let shown: ReturnType<typeof mount> | undefined

beforeEach(() => {
  const session = sessionRoute()
  server = fakeServer((r) => session(r) ?? (r.path === '/call/' ? json({ result: 'done', invalidate: [{ context: 'project' }] }) : undefined))
  client = new MizanClient({ baseUrl: BASE, fetch: server.fetch })
  target = document.createElement('div')
  document.body.appendChild(target)
})
afterEach(async () => {
  if (shown !== undefined) await unmount(shown)
  shown = undefined
  target.remove()
})

function show(props: Props): Props {
  const reactive = reactiveProps(props)
  shown = mount(Root, { target, props: reactive })
  flushSync()
  return reactive
}

async function settle(): Promise<void> {
  await flush()
  flushSync()
}

const fetches = () => server.requests.filter((r) => r.path.startsWith('/ctx/'))
const text = () => (target.textContent ?? '').replace(/\s+/g, '')

async function answer(body: unknown, status = 200): Promise<void> {
  const open = fetches().find((r) => r.open)
  if (open === undefined) throw new Error('no open context fetch')
  open.respond(json(body, status))
  await settle()
}

describe('useContextState (Svelte)', () => {
  it('mounts the instance with the component, fetches it once and renders its states', async () => {
    show({ client, ids: [1] })
    expect(text()).toBe('loading:-:fresh')
    expect(fetches().map((r) => r.url)).toEqual([`${BASE}/ctx/project/?projectId=1`])
    await answer({ v: 1 })
    expect(text()).toBe('success:1:fresh')
  })

  it('shares one fetch between components showing the same instance', async () => {
    show({ client, ids: [1, 1] })
    expect(fetches()).toHaveLength(1)
    await answer({ v: 2 })
    expect(text()).toBe('success:2:freshsuccess:2:fresh')
  })

  it('aborts the fetch when the component is destroyed', async () => {
    const props = show({ client, ids: [1] })
    props.ids = []
    await settle()
    expect(fetches()[0]?.signal?.aborted).toBe(true)
    expect(client.getState(project, { projectId: 1 }).status).toBe('idle')
  })

  it('keeps one fetch, not aborted, when the component is destroyed and created again at once', async () => {
    const props = show({ client, ids: [1] })
    props.generation = 1
    await settle()
    expect(fetches()).toHaveLength(1)
    expect(fetches()[0]?.signal?.aborted).toBe(false)
    await answer({ v: 7 })
    expect(text()).toBe('success:7:fresh')
  })

  it('switches instance when the params change, aborting the one nobody shows, ignoring equal values', async () => {
    const props = show({ client, ids: [1] })
    props.ids = [1]
    await settle()
    expect(fetches()).toHaveLength(1)
    props.ids = [2]
    await settle()
    expect(text()).toBe('loading:-:fresh')
    expect(fetches().map((r) => [r.url.split('?')[1], r.signal?.aborted])).toEqual([
      ['projectId=1', true],
      ['projectId=2', false],
    ])
    await answer({ v: 2 })
    expect(text()).toBe('success:2:fresh')
  })

  it('renders a failed fetch as error with its MizanError', async () => {
    show({ client, ids: [5] })
    await answer({ error: { code: 'FORBIDDEN', message: 'no' } }, 403)
    expect(text()).toBe('error:-:fresh:FORBIDDEN:403')
  })

  it('refetches a mounted instance after a mutation invalidates it', async () => {
    let call: Call | undefined
    show({ client, ids: [1], caller: (c) => (call = c) })
    await answer({ v: 1 })
    await call?.mutateAsync({ title: 'x' })
    await settle()
    expect(text()).toMatch(/^success:1:stale/)
    await answer({ v: 2 })
    expect(text()).toMatch(/^success:2:fresh/)
    expect(fetches()).toHaveLength(2)
  })

  it('renders hydrated data without a request', () => {
    client.hydrate({ contexts: [{ name: 'project', rev: 1, params: { projectId: 4 }, data: { v: 4 } }] })
    show({ client, ids: [4] })
    expect(text()).toBe('success:4:fresh')
    expect(fetches()).toHaveLength(0)
  })

  it('refuses to run outside a component below setMizanClient', async () => {
    const { useContextState } = await import('./context-state.svelte.js')
    expect(() => useContextState(project, () => ({}))).toThrow()
  })
})

describe('useCall (Svelte)', () => {
  it('posts the call and follows it in reactive properties', async () => {
    server.route = (r) => (r.path === '/session/' ? json({ csrf_token: 'tok', user: null }) : undefined)
    let call: Call | undefined
    show({ client, ids: [], caller: (c) => (call = c) })
    expect(text()).toBe('idle:idle:none:-')
    const onSuccess = vi.fn()
    call?.mutate({ title: 'x' }, { onSuccess })
    await settle()
    expect(text()).toBe('pending:pending:none:-')
    expect(call?.variables).toEqual({ title: 'x' })
    const post = server.requests.find((r) => r.path === '/call/')
    expect(post?.body).toEqual({ function: 'create_task', args: { title: 'x' } })
    expect(post?.headers.get('X-CSRF-Token')).toBe('tok')
    post?.respond(json({ result: 'created' }))
    await settle()
    expect(text()).toBe('success:idle:none:created')
    expect(onSuccess).toHaveBeenCalledWith('created', { title: 'x' })
  })

  it('never rejects from mutate: the error lands in the state and onError, mutateAsync rejects', async () => {
    server.route = (r) =>
      r.path === '/session/'
        ? json({ csrf_token: 'tok', user: null })
        : json({ error: { code: 'VALIDATION_FAILED', message: 'bad', details: { fields: { title: ['blank'] } } } }, 422)
    let call: Call | undefined
    show({ client, ids: [], caller: (c) => (call = c) })
    const onError = vi.fn()
    call?.mutate({ title: '' }, { onError })
    await settle()
    expect(text()).toBe('error:idle:VALIDATION_FAILED:-')
    expect((onError.mock.calls[0]?.[0] as MizanError).fieldErrors).toEqual({ title: ['blank'] })
    await expect(call?.mutateAsync({ title: '' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' })
    call?.reset()
    flushSync()
    expect(text()).toBe('idle:idle:none:-')
  })
})
