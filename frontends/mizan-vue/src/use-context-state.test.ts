import { MizanClient } from '@mizan/base'
import { createSSRApp, defineComponent, effectScope, h, reactive, ref } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { describe, expect, it, vi } from 'vitest'
import { BASE, fakeServer, json, sessionRoute } from '../../mizan-base/src/testing/fake-server.js'
import { createMizan } from './plugin.js'
import { BASE as DOM_BASE, settle, useDom } from './testing/dom.js'
import { useCall } from './use-call.js'
import { useContextState } from './use-context-state.js'

const dom = useDom()
const project = { name: 'project', rev: 1 }

/** Shows `status:data.v:stale` of the project instance of its `projectId` prop. */
const Project = defineComponent({
  props: { projectId: { type: Number, required: true } },
  setup(props) {
    const { status, data, stale } = useContextState<{ v: number }>(project, () => ({ projectId: props.projectId }))
    return () => h('p', `${status.value}:${data.value?.v ?? '-'}:${stale.value ? 'stale' : 'fresh'}`)
  },
})

describe('useContextState (Vue)', () => {
  it('mounts the instance, fetches it once and renders its states', async () => {
    await dom.mount(Project, { projectId: 1 })
    expect(dom.text).toBe('loading:-:fresh')
    expect(dom.contextFetches().map((r) => r.url)).toEqual([`${DOM_BASE}/ctx/project/?projectId=1`])
    await dom.answer({ v: 1 })
    expect(dom.text).toBe('success:1:fresh')
  })

  it('shares one fetch between components showing the same instance', async () => {
    await dom.mount({ render: () => h('div', [h(Project, { projectId: 1 }), h(Project, { projectId: 1 })]) })
    expect(dom.contextFetches()).toHaveLength(1)
    await dom.answer({ v: 2 })
    expect(dom.text).toBe('success:2:freshsuccess:2:fresh')
  })

  it('aborts the fetch when the component unmounts, and fetches again on remount', async () => {
    await dom.mount(Project, { projectId: 1 })
    await dom.unmount()
    expect(dom.contextFetches()[0]?.signal?.aborted).toBe(true)
    expect(dom.client.getState(project, { projectId: 1 }).status).toBe('idle')
    await dom.mount(Project, { projectId: 1 })
    expect(dom.contextFetches()).toHaveLength(2)
  })

  it('keeps one fetch, not aborted, when a component is unmounted and mounted again at once', async () => {
    const shown = ref(true)
    const key = ref(0)
    await dom.mount({ render: () => (shown.value ? h(Project, { projectId: 1, key: key.value }) : null) })
    key.value++ // the old component unmounts and a new one mounts in the same flush
    await settle()
    shown.value = false
    shown.value = true
    await settle()
    expect(dom.contextFetches()).toHaveLength(1)
    expect(dom.contextFetches()[0]?.signal?.aborted).toBe(false)
    await dom.answer({ v: 7 })
    expect(dom.text).toBe('success:7:fresh')
  })

  it('switches instance when the params change, aborting the one nobody shows', async () => {
    const id = ref(1)
    await dom.mount({ render: () => h(Project, { projectId: id.value }) })
    id.value = 2
    await settle()
    expect(dom.text).toBe('loading:-:fresh')
    expect(dom.contextFetches().map((r) => [r.url.split('?')[1], r.signal?.aborted])).toEqual([
      ['projectId=1', true],
      ['projectId=2', false],
    ])
    await dom.answer({ v: 2 })
    expect(dom.text).toBe('success:2:fresh')
  })

  it('follows params given as a ref of a reactive object changed in place, ignoring equal values', async () => {
    const params = reactive({ projectId: 1 })
    const seen: string[] = []
    await dom.mount(
      defineComponent({
        setup() {
          const { status, data } = useContextState<{ v: number }>(project, params)
          return () => {
            seen.push(`${status.value}:${data.value?.v ?? '-'}`)
            return h('p', seen.at(-1))
          }
        },
      }),
    )
    await dom.answer({ v: 1 })
    params.projectId = 1
    await settle()
    expect(dom.contextFetches()).toHaveLength(1)
    params.projectId = 3
    await settle()
    expect(dom.contextFetches().map((r) => r.url.split('?')[1])).toEqual(['projectId=1', 'projectId=3'])
    await dom.answer({ v: 3 })
    expect(seen).toEqual(['loading:-', 'success:1', 'loading:-', 'success:3'])
  })

  it('renders a failed fetch as error with its MizanError', async () => {
    await dom.mount(
      defineComponent({
        setup() {
          const { status, error } = useContextState(project, { projectId: 5 })
          return () => h('p', `${status.value}:${error.value?.code ?? '-'}:${error.value?.status ?? '-'}`)
        },
      }),
    )
    await dom.answer({ error: { code: 'FORBIDDEN', message: 'no' } }, 403)
    expect(dom.text).toBe('error:FORBIDDEN:403')
  })

  it('refetches a mounted instance after a mutation invalidates it', async () => {
    let create: ReturnType<typeof useCall<{ projectId: number }, string>> | undefined
    const Mutate = defineComponent({
      setup() {
        create = useCall<{ projectId: number }, string>('create_task')
        return () => null
      },
    })
    await dom.mount({ render: () => h('div', [h(Project, { projectId: 1 }), h(Mutate)]) })
    await dom.answer({ v: 1 })
    await create?.mutateAsync({ projectId: 1 })
    await settle()
    expect(dom.text).toBe('success:1:stale')
    await dom.answer({ v: 2 })
    expect(dom.text).toBe('success:2:fresh')
    expect(dom.contextFetches()).toHaveLength(2)
  })

  it('works in an effect scope outside components, unmounting when the scope stops', async () => {
    const app = await dom.mount({ render: () => null })
    const scope = effectScope()
    const refs = app.runWithContext(() => scope.run(() => useContextState<{ v: number }>(project, { projectId: 9 })))
    expect(dom.contextFetches()).toHaveLength(1)
    await dom.answer({ v: 9 })
    expect(refs?.data.value).toEqual({ v: 9 })
    scope.stop()
    await settle()
    expect(dom.client.getState(project, { projectId: 9 }).status).toBe('success')
    expect(() => app.runWithContext(() => useContextState(project, {}))).toThrow(/setup\(\) or inside an effect scope/)
  })

  it('refuses composables outside an app that uses createMizan', () => {
    expect(() => useContextState(project, {})).toThrow(/createMizan/)
  })
})

describe('server rendering and hydration (Vue)', () => {
  it('fetches before rendering on the server, and hydrates the browser without a request', async () => {
    const server = fakeServer((r) => sessionRoute()(r) ?? (r.path === '/ctx/project/' ? json({ v: 4 }) : undefined))
    const onServer = new MizanClient({ baseUrl: BASE, fetch: server.fetch })
    const ssr = createSSRApp(Project, { projectId: 4 })
    ssr.use(createMizan({ client: onServer }))
    const html = await renderToString(ssr)
    expect(html).toContain('success:4:fresh')
    expect(server.to('/ctx/project/')).toHaveLength(1)
    const state = JSON.parse(JSON.stringify(onServer.dehydrate()))

    const browserFetch = vi.fn()
    const browser = createMizan({ client: new MizanClient({ baseUrl: BASE, fetch: browserFetch }), state })
    expect(browser.client.getState(project, { projectId: 4 }).data).toEqual({ v: 4 })
    const container = document.createElement('div')
    container.innerHTML = html
    const app = createSSRApp(Project, { projectId: 4 })
    app.use(browser)
    app.mount(container)
    await settle()
    expect(container.textContent).toBe('success:4:fresh')
    expect(browserFetch).not.toHaveBeenCalled()
    app.unmount()
  })
})
