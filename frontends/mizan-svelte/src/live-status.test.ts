import { type LiveSocketLike, MizanClient } from '@mizan/base'
import { flushSync, mount, unmount } from 'svelte'
import { expect, it } from 'vitest'
import { BASE, fakeServer, flush, sessionRoute } from '../../mizan-base/src/testing/fake-server.js'
import Live from './testing/Live.svelte'

it('follows the live socket: connecting on the first live mount, open once the server is ready', async () => {
  const sockets: LiveSocketLike[] = []
  const live = {
    connect: () => {
      const socket: LiveSocketLike = { onopen: null, onmessage: null, onclose: null, onerror: null, send: () => undefined, close: () => undefined }
      sockets.push(socket)
      return socket
    },
  }
  const client = new MizanClient({ baseUrl: BASE, fetch: fakeServer(sessionRoute()).fetch, live })
  expect(client.liveStatus()).toBe('idle')
  const target = document.createElement('div')
  const shown = mount(Live, { target, props: { client } })
  flushSync()
  await flush()
  flushSync()
  expect(sockets).toHaveLength(1)
  expect(target.textContent).toBe('connecting')
  sockets[0]?.onopen?.({})
  sockets[0]?.onmessage?.({ data: JSON.stringify({ type: 'ready', seq: 0 }) })
  flushSync()
  expect(target.textContent).toBe('open')
  await unmount(shown)
})
