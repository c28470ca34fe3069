// The React bindings generated from the fixture's IR, rendered into a happy-dom document and
// driven against a live Mizan server (MIZAN_BASE_URL): providers fetch, merge splices a slot
// without a refetch, invalidation refetches the mounted instance.
import { Window } from 'happy-dom'
import { act, createElement, type ReactElement } from 'react'
import { createRoot } from 'react-dom/client'
import { expect, test } from 'vitest'
import {
  MizanClient,
  MizanContext,
  ProjectContext,
  callCreateProject,
  useCreateTask,
  useProjectDetails,
  useProjectTasks,
  useRenameProject,
  useSiteInfo,
} from './generated/index'

declare const process: { env: Record<string, string | undefined> }
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}

const dom = new Window({ url: 'http://localhost/' })
Object.assign(globalThis, { window: dom, document: dom.document })
globalThis.IS_REACT_ACT_ENVIRONMENT = true

// Node's fetch with a cookie jar (for the CSRF cookie), counting context fetches.
const jar = new Map<string, string>()
let contextFetches = 0
const cookieFetch: typeof fetch = async (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  if (url.includes('/ctx/project/')) contextFetches++
  const headers = new Headers(init?.headers)
  if (jar.size > 0) headers.set('Cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '))
  const response = await fetch(input, { ...init, headers })
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0] ?? ''
    const eq = pair.indexOf('=')
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim())
  }
  return response
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)))
  }
}

test('the generated React bindings render, merge and refetch over the wire', async () => {
  const baseUrl = process.env['MIZAN_BASE_URL'] ?? ''
  const client = new MizanClient({ baseUrl, fetch: cookieFetch })
  const project = await callCreateProject({ name: 'React' }, { client })

  const actions: { rename?: (name: string) => Promise<unknown>; add?: (title: string) => Promise<unknown> } = {}
  function Board(): ReactElement {
    const details = useProjectDetails()
    const tasks = useProjectTasks()
    const site = useSiteInfo()
    const rename = useRenameProject()
    const create = useCreateTask()
    actions.rename = (name) => rename.mutateAsync({ projectId: project.id, name })
    actions.add = (title) => create.mutateAsync({ projectId: project.id, task: { title } })
    return createElement('p', null, `${details?.name ?? '…'}|${tasks?.length ?? '…'}|${site?.apiLevel ?? '…'}`)
  }

  const container = dom.document.createElement('div')
  dom.document.body.appendChild(container)
  const root = createRoot(container as unknown as Element)
  const text = (): string => container.textContent ?? ''
  await act(async () =>
    root.render(
      createElement(MizanContext, {
        client,
        children: createElement(ProjectContext, { projectId: project.id, children: createElement(Board) }),
      }),
    ),
  )

  await until(() => text() === 'React|0|1', 'the project and global contexts to load')
  expect(contextFetches).toBe(1)

  await act(async () => {
    await actions.rename?.('Merged')
  })
  await until(() => text() === 'Merged|0|1', 'the merged name')
  expect(contextFetches).toBe(1)

  await act(async () => {
    await actions.add?.('new task')
  })
  await until(() => text() === 'Merged|1|1', 'the refetched tasks after invalidation')
  expect(contextFetches).toBe(2)

  await act(async () => root.unmount())
})
