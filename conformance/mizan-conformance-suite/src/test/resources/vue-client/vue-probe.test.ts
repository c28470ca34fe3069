// The Vue composables generated from the fixture's IR, mounted in a happy-dom document and driven
// against a live Mizan server (MIZAN_BASE_URL): the context is fetched once, a merge splices a
// slot without a refetch, an invalidation refetches the mounted instance.
import { createApp, defineComponent, h, nextTick } from 'vue'
import { expect, test } from 'vitest'
import {
  MizanClient,
  callCreateProject,
  createMizan,
  useCreateTask,
  useProjectDetails,
  useProjectTasks,
  useRenameProject,
  useSiteInfo,
} from './generated/index'

declare const process: { env: Record<string, string | undefined> }

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
    await new Promise((resolve) => setTimeout(resolve, 20))
    await nextTick()
  }
}

test('the generated Vue composables render, merge and refetch over the wire', async () => {
  const baseUrl = process.env['MIZAN_BASE_URL'] ?? ''
  const client = new MizanClient({ baseUrl, fetch: cookieFetch })
  const project = await callCreateProject({ name: 'Vue' }, { client })
  const params = () => ({ projectId: project.id })

  let rename: ReturnType<typeof useRenameProject> | undefined
  let create: ReturnType<typeof useCreateTask> | undefined
  const Board = defineComponent({
    setup() {
      const details = useProjectDetails(params)
      const tasks = useProjectTasks(params)
      const site = useSiteInfo()
      rename = useRenameProject()
      create = useCreateTask()
      return () => h('p', `${details.value?.name ?? '…'}|${tasks.value?.length ?? '…'}|${site.value?.apiLevel ?? '…'}`)
    },
  })

  const container = document.createElement('div')
  const app = createApp(Board)
  app.use(createMizan({ client }))
  app.mount(container)
  const text = (): string => container.textContent ?? ''

  await until(() => text() === 'Vue|0|1', 'the project and global contexts to load')
  expect(contextFetches).toBe(1)

  await rename?.mutateAsync({ projectId: project.id, name: 'Merged' })
  await until(() => text() === 'Merged|0|1', 'the merged name')
  expect(contextFetches).toBe(1)

  await create?.mutateAsync({ projectId: project.id, task: { title: 'new task' } })
  await until(() => text() === 'Merged|1|1', 'the refetched tasks after invalidation')
  expect(contextFetches).toBe(2)

  app.unmount()
})
