import { flushSync, mount, unmount } from 'svelte'
import { describe, expect, it } from 'vitest'
import Board from './Board.svelte'
import { MizanClient, mizanClient, type ProjectDto, type useCreateTask } from './generated-svelte'
import { reactiveProps } from './props.svelte'

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
  flushSync()
}

describe('generated Svelte functions over the kernel', () => {
  it('set the client up, mount the global context and follow the params function', async () => {
    const server = fakeServer((url) =>
      url.includes('/ctx/global/')
        ? { current_user: { id: '1', username: 'Ada' }, feature_flags: {} }
        : url.includes('/ctx/project/')
          ? { project_details: project(Number(url.split('projectId=')[1])) }
          : { result: { id: 9, title: 't' }, invalidate: [{ context: 'project', params: { projectId: 2 } }] },
    )
    const client = new MizanClient({ baseUrl: '/api/mizan', fetch: server.fetch })
    let create: ReturnType<typeof useCreateTask> | undefined
    const props = reactiveProps({ client, projectId: 1, expose: (c: ReturnType<typeof useCreateTask>) => (create = c) })
    const target = document.createElement('div')
    const shown = mount(Board, { target, props })
    flushSync()
    expect(mizanClient()).toBe(client)
    await settle()
    expect(target.textContent).toBe('Ada|P1')
    props.projectId = 2
    await settle()
    expect(target.textContent).toBe('Ada|P2')
    create?.mutate({ projectId: 2, task: { title: 't', description: null, labels: [], priority: 'normal' } })
    await settle()
    expect(create?.data).toEqual({ id: 9, title: 't' })
    const ctx = server.urls.filter((u) => u.includes('/ctx/')).map((u) => u.replace(/^.*\/ctx\//, ''))
    expect(ctx.filter((u) => u.startsWith('global/'))).toHaveLength(1)
    expect(ctx.filter((u) => u.startsWith('project/'))).toEqual(['project/?projectId=1', 'project/?projectId=2', 'project/?projectId=2'])
    await unmount(shown)
  })
})
