// @vitest-environment happy-dom
import { act, createElement, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import { MizanClient, MizanContext, ProjectContext, useProjectContext, useProjectDetails } from './generated-react'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const details = { id: 7, name: 'Apollo', archived: false, members: [], settings: {}, budget: null, createdAt: '2026-01-01T00:00:00' }

function server() {
  const contextRequests: string[] = []
  const fetch = async (input: RequestInfo | URL): Promise<Response> => {
    const url = String(input)
    if (url.includes('/session/')) return Response.json({ csrf_token: 't', user: null })
    if (url.includes('/ctx/project/')) contextRequests.push(url)
    return Response.json({ project_activity: [], project_details: details, project_tasks: { items: [], total: 0, next: null } })
  }
  return { fetch: fetch as typeof globalThis.fetch, contextRequests }
}

async function render(node: ReactNode, client: MizanClient): Promise<HTMLElement> {
  const container = document.createElement('div')
  const root = createRoot(container)
  await act(async () => {
    root.render(createElement(MizanContext, { client, children: node }))
  })
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
  }
  return container
}

describe('member hooks given params', () => {
  it('mount their instance without a provider', async () => {
    const { fetch, contextRequests } = server()
    const client = new MizanClient({ baseUrl: '/api/mizan', fetch })
    function Name(): ReactNode {
      return useProjectDetails({ projectId: 7 })?.name ?? 'loading'
    }
    const container = await render(createElement(Name), client)
    expect(container.textContent).toBe('Apollo')
    expect(contextRequests).toEqual(['/api/mizan/ctx/project/?projectId=7'])
  })

  it('share the cache entry and the request with a provider of the same params', async () => {
    const { fetch, contextRequests } = server()
    const client = new MizanClient({ baseUrl: '/api/mizan', fetch })
    function Provided(): ReactNode {
      return `[${useProjectDetails()?.name ?? 'loading'}]`
    }
    function Direct(): ReactNode {
      const { status } = useProjectContext({ projectId: 7 })
      return `(${status}:${useProjectDetails({ projectId: 7 })?.name ?? 'loading'})`
    }
    const container = await render(
      [createElement(ProjectContext, { key: 'p', projectId: 7, children: createElement(Provided) }), createElement(Direct, { key: 'd' })],
      client,
    )
    expect(container.textContent).toBe('[Apollo](success:Apollo)')
    expect(contextRequests).toEqual(['/api/mizan/ctx/project/?projectId=7'])
  })
})
