// The Svelte functions generated from the fixture's IR, used by a Svelte 5 component mounted in a
// happy-dom document and driven against a live Mizan server (MIZAN_BASE_URL): the context is
// fetched once, a merge splices a slot without a refetch, an invalidation refetches the mounted
// instance.
import { request } from 'node:http'
import { flushSync, mount, unmount } from 'svelte'
import { expect, test } from 'vitest'
import Board from './Board.svelte'
import { MizanClient, callCreateProject, type useCreateTask, type useRenameProject } from './generated/index'


// A fetch over node:http with a cookie jar (for the CSRF cookie), counting context fetches: the
// Svelte client runtime needs the happy-dom environment, whose own fetch applies a browser's
// same-origin rules to the server on another origin.
const jar = new Map<string, string>()
let contextFetches = 0
const cookieFetch = (async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  if (url.includes('/ctx/project/')) contextFetches++
  const headers: Record<string, string> = {}
  new Headers(init?.headers).forEach((value, name) => {
    headers[name] = value
  })
  if (jar.size > 0) headers['cookie'] = [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
  const body = typeof init?.body === 'string' ? init.body : undefined
  return new Promise<Response>((resolve, reject) => {
    const outgoing = request(url, { method: init?.method ?? 'GET', headers }, (incoming) => {
      for (const line of incoming.headers['set-cookie'] ?? []) {
        const pair = line.split(';')[0] ?? ''
        const eq = pair.indexOf('=')
        if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim())
      }
      const chunks: Buffer[] = []
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
      incoming.on('end', () => {
        const type = incoming.headers['content-type']
        resolve(
          new Response(Buffer.concat(chunks).toString('utf8'), {
            status: incoming.statusCode ?? 500,
            headers: type === undefined ? {} : { 'Content-Type': type },
          }),
        )
      })
    })
    outgoing.on('error', reject)
    if (body !== undefined) outgoing.write(body)
    outgoing.end()
  })
}) as typeof fetch

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
    flushSync()
  }
}

test('the generated Svelte functions render, merge and refetch over the wire', async () => {
  const baseUrl = process.env['MIZAN_BASE_URL'] ?? ''
  const client = new MizanClient({ baseUrl, fetch: cookieFetch })
  const project = await callCreateProject({ name: 'Svelte' }, { client })

  let calls: { rename: ReturnType<typeof useRenameProject>; create: ReturnType<typeof useCreateTask> } | undefined
  const target = document.createElement('div')
  const shown = mount(Board, { target, props: { client, projectId: project.id, expose: (c) => (calls = c) } })
  flushSync()
  const text = (): string => target.textContent ?? ''

  await until(() => text() === 'Svelte|0|1', 'the project and global contexts to load')
  expect(contextFetches).toBe(1)

  await calls?.rename.mutateAsync({ projectId: project.id, name: 'Merged' })
  await until(() => text() === 'Merged|0|1', 'the merged name')
  expect(contextFetches).toBe(1)

  await calls?.create.mutateAsync({ projectId: project.id, task: { title: 'new task' } })
  await until(() => text() === 'Merged|1|1', 'the refetched tasks after invalidation')
  expect(contextFetches).toBe(2)

  await unmount(shown)
})
