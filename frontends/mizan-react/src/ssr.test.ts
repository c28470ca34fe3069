import { MizanClient } from '@mizan/base'
import { Suspense, createElement } from 'react'
import { renderToReadableStream } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { BASE, fakeServer, json } from '../../mizan-base/src/testing/fake-server.js'
import { MizanProvider } from './provider.js'
import { loaded, useContextState } from './use-context-state.js'

const project = { name: 'project', rev: 1 }

function Project(props: { projectId: number }) {
  const state = useContextState<{ v: number }>(project, { projectId: props.projectId })
  return createElement('p', null, `${state.status}:${state.data?.v ?? '-'}`)
}

async function html(stream: ReadableStream<Uint8Array>): Promise<string> {
  return await new Response(stream).text()
}

describe('server rendering with a suspense client', () => {
  it('suspends until the instance is loaded, streams its data and dehydrates it', async () => {
    const server = fakeServer((r) => (r.path === '/ctx/project/' ? json({ v: Number(new URL(r.url).searchParams.get('projectId')) * 10 }) : undefined))
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch, suspense: true })
    const tree = createElement(MizanProvider, {
      client,
      children: [
        createElement(Project, { key: 'a', projectId: 1 }),
        createElement(Suspense, { key: 'b', fallback: createElement('i', null, 'wait') }, createElement(Project, { projectId: 2 })),
      ],
    })
    const stream = await renderToReadableStream(tree)
    await stream.allReady
    const page = await html(stream)
    expect(page).toContain('<p>success:10</p>')
    expect(page).toContain('<p>success:20</p>')
    expect(server.to('/ctx/project/')).toHaveLength(2)
    expect(client.dehydrate().contexts.map((c) => c.data)).toEqual([{ v: 10 }, { v: 20 }])
  })

  it('renders a failed read as its error state, without retrying', async () => {
    const server = fakeServer((r) => (r.path === '/ctx/project/' ? json({ error: { code: 'NOT_FOUND', message: 'no', details: {} } }, 404) : undefined))
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch, suspense: true })
    const page = await html(await renderToReadableStream(createElement(MizanProvider, { client, children: createElement(Project, { projectId: 3 }) })))
    expect(page).toContain('<p>error:-</p>')
    expect(server.to('/ctx/project/')).toHaveLength(1)
    expect(client.dehydrate().contexts).toEqual([])
  })

  it('loaded gives one promise per instance until it settles, then nothing', async () => {
    const server = fakeServer()
    const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch })
    const first = loaded(client, project, { projectId: 1 })
    expect(loaded(client, project, { projectId: 1 })).toBe(first)
    expect(server.to('/ctx/project/')).toHaveLength(1)
    server.to('/ctx/project/', true)[0]?.respond(json({ v: 1 }))
    await first
    expect(loaded(client, project, { projectId: 1 })).toBeUndefined()
  })
})
