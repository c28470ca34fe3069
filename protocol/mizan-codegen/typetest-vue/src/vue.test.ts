import { createApp, defineComponent, h, nextTick, ref } from 'vue'
import { describe, expect, it } from 'vitest'
import { MizanClient, createMizan, mizanClient, useCreateTask, useCurrentUser, useProjectDetails, type ProjectDto } from './generated-vue'

function fakeServer(answer: (url: string) => unknown): { fetch: typeof fetch; urls: string[] } {
  const urls: string[] = []
  const fake = async (input: RequestInfo | URL): Promise<Response> => {
    const url = String(input)
    urls.push(url)
    if (url.includes('/session/')) return Response.json({ csrf_token: 'token', user: null })
    return Response.json(answer(url))
  }
  return { fetch: fake as typeof fetch, urls }
}

const project = (id: number): ProjectDto => ({
  id,
  name: `P${id}`,
  archived: false,
  members: [],
  settings: {},
  budget: null,
  createdAt: '2026-01-01T00:00:00',
})

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0))
  await nextTick()
}

describe('generated Vue composables over the kernel', () => {
  it('configure the client, mount the global context and follow a getter of params', async () => {
    const server = fakeServer((url) =>
      url.includes('/ctx/global/')
        ? { current_user: { id: '1', username: 'Ada' }, feature_flags: {} }
        : url.includes('/ctx/project/')
          ? { project_details: project(Number(url.split('projectId=')[1])) }
          : { result: { id: 9, title: 't' }, invalidate: [{ context: 'project', params: { projectId: 2 } }] },
    )
    const id = ref(1)
    let create: ReturnType<typeof useCreateTask> | undefined
    const Board = defineComponent({
      setup() {
        const details = useProjectDetails(() => ({ projectId: id.value }))
        const user = useCurrentUser()
        create = useCreateTask()
        return () => h('p', `${user.value?.username ?? '…'}|${details.value?.name ?? '…'}`)
      },
    })
    const plugin = createMizan({ client: new MizanClient({ baseUrl: '/api/mizan', fetch: server.fetch }) })
    expect(mizanClient()).toBe(plugin.client)
    const el = document.createElement('div')
    const app = createApp(Board)
    app.use(plugin)
    app.mount(el)
    await settle()
    expect(el.textContent).toBe('Ada|P1')
    id.value = 2
    await settle()
    expect(el.textContent).toBe('Ada|P2')
    create?.mutate({ projectId: 2, task: { title: 't', description: null, labels: [], priority: 'normal' } })
    await settle()
    expect(create?.data.value).toEqual({ id: 9, title: 't' })
    const ctx = server.urls.filter((u) => u.includes('/ctx/')).map((u) => u.replace(/^.*\/ctx\//, ''))
    expect(ctx.filter((u) => u.startsWith('global/'))).toHaveLength(1)
    expect(ctx.filter((u) => u.startsWith('project/'))).toEqual(['project/?projectId=1', 'project/?projectId=2', 'project/?projectId=2'])
    app.unmount()
  })
})
