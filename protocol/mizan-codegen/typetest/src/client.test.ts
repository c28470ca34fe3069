import { createElement, type ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it } from 'vitest'
import {
  MizanClient,
  MizanContext,
  ProjectContext,
  callCreateTask,
  callPing,
  configureMizan,
  fetchProjectContext,
  mizanClient,
  projectContext,
  useCurrentUser,
  useProjectDetails,
  type ProjectDto,
} from './generated-react'

interface Seen {
  readonly method: string
  readonly url: string
  readonly body: unknown
}

function fakeServer(answer: (url: string) => unknown): { fetch: typeof fetch; seen: Seen[] } {
  const seen: Seen[] = []
  const fake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input)
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : null
    seen.push({ method: init?.method ?? 'GET', url, body })
    if (url.includes('/session/')) {
      return Response.json({ csrf_token: 'token', user: null })
    }
    return Response.json(answer(url))
  }
  return { fetch: fake as typeof fetch, seen }
}

const project: ProjectDto = {
  id: 7,
  name: 'Apollo',
  archived: false,
  members: [],
  settings: {},
  budget: null,
  createdAt: '2026-01-01T00:00:00',
}

afterEach(() => {
  configureMizan({ baseUrl: '/api/mizan' })
})

describe('generated calls over the kernel', () => {
  it('post the function name and the arguments under their wire names', async () => {
    const server = fakeServer(() => ({ result: { id: 1, title: 'Write docs' } }))
    configureMizan({ baseUrl: '/api/mizan', fetch: server.fetch })
    const task = await callCreateTask({
      projectId: 7,
      task: { title: 'Write docs', description: null, labels: [], priority: 'normal' },
    })
    expect(task.title).toBe('Write docs')
    const call = server.seen.find((s) => s.url.includes('/call/'))
    expect(call?.method).toBe('POST')
    expect(call?.body).toEqual({
      function: 'create_task',
      args: { projectId: 7, task: { title: 'Write docs', description: null, labels: [], priority: 'normal' } },
    })
  })

  it('send empty arguments for a function that takes none', async () => {
    const server = fakeServer(() => ({ result: 'pong' }))
    configureMizan({ baseUrl: '/api/mizan', fetch: server.fetch })
    expect(await callPing()).toBe('pong')
    expect(server.seen.find((s) => s.url.includes('/call/'))?.body).toEqual({ function: 'ping', args: {} })
  })

  it('fetch a context with its params in the query string', async () => {
    const server = fakeServer(() => ({ project_activity: [], project_details: project, project_tasks: { items: [], total: 0, next: null } }))
    configureMizan({ baseUrl: '/api/mizan', fetch: server.fetch })
    const data = await fetchProjectContext({ projectId: 7 })
    expect(data.project_details.name).toBe('Apollo')
    const get = server.seen.find((s) => s.url.includes('/ctx/'))
    expect(get?.url).toContain('/api/mizan/ctx/project/')
    expect(get?.url).toContain('projectId=7')
  })

  it('keep one client while the same options are configured again', () => {
    const first = configureMizan({ baseUrl: '/x' })
    expect(configureMizan({ baseUrl: '/x' })).toBe(first)
    expect(mizanClient()).toBe(first)
    expect(configureMizan({ baseUrl: '/y' })).not.toBe(first)
  })

  it('use a per-call client when one is passed', async () => {
    const server = fakeServer(() => ({ result: 'pong' }))
    const own = new MizanClient({ baseUrl: '/other', fetch: server.fetch })
    await callPing({}, { client: own })
    expect(server.seen.some((s) => s.url.startsWith('/other/call/'))).toBe(true)
  })
})

describe('generated React bindings', () => {
  function render(children: ReactNode, client: MizanClient): string {
    return renderToString(createElement(MizanContext, { client, children }))
  }

  it('read a member slot of a provided context from the client cache', () => {
    const client = new MizanClient({ baseUrl: '/api/mizan', fetch: fakeServer(() => ({})).fetch })
    client.hydrate({
      contexts: [
        {
          name: projectContext.name,
          rev: projectContext.rev,
          params: { projectId: 7 },
          data: { project_activity: [], project_details: { ...project }, project_tasks: { items: [], total: 0, next: null } },
        },
      ],
    })
    function Name(): ReactNode {
      return useProjectDetails()?.name ?? 'none'
    }
    const html = render(createElement(ProjectContext, { projectId: 7, children: createElement(Name) }), client)
    expect(html).toBe('Apollo')
  })

  it('mount the global context under the root provider', () => {
    const client = new MizanClient({ baseUrl: '/api/mizan', fetch: fakeServer(() => ({})).fetch })
    function User(): ReactNode {
      const user = useCurrentUser()
      return user === undefined ? 'loading' : (user?.username ?? 'anonymous')
    }
    expect(render(createElement(User), client)).toBe('loading')
  })

  it('explain a member hook used outside its provider', () => {
    const client = new MizanClient({ baseUrl: '/api/mizan' })
    function Orphan(): ReactNode {
      return useProjectDetails()?.name ?? null
    }
    expect(() => render(createElement(Orphan), client)).toThrow('useProjectContext() needs a <ProjectContext> above it')
  })
})
