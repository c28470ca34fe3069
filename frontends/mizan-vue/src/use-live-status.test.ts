import { type LiveSocketLike, MizanClient } from '@mizan/base'
import { createApp, defineComponent, h, nextTick } from 'vue'
import { expect, it } from 'vitest'
import { BASE, fakeServer, flush, sessionRoute } from '../../mizan-base/src/testing/fake-server.js'
import { createMizan } from './plugin.js'
import { useContextState } from './use-context-state.js'
import { useLiveStatus } from './use-live-status.js'

it('follows the live socket: idle, connecting on the first live mount, open once the server is ready', async () => {
  const sockets: LiveSocketLike[] = []
  const server = fakeServer(sessionRoute())
  const live = {
    connect: () => {
      const socket: LiveSocketLike = { onopen: null, onmessage: null, onclose: null, onerror: null, send: () => undefined, close: () => undefined }
      sockets.push(socket)
      return socket
    },
  }
  const client = new MizanClient({ baseUrl: BASE, fetch: server.fetch, live })
  const Status = defineComponent({
    setup() {
      const status = useLiveStatus()
      useContextState({ name: 'project', rev: 1, live: true }, { projectId: 1 })
      return () => h('p', status.value)
    },
  })
  const el = document.createElement('div')
  const app = createApp(Status)
  app.use(createMizan({ client }))
  app.mount(el)
  expect(el.textContent).toMatch(/idle|connecting/)
  await flush()
  await nextTick()
  expect(sockets).toHaveLength(1)
  expect(el.textContent).toBe('connecting')
  sockets[0]?.onopen?.({})
  sockets[0]?.onmessage?.({ data: JSON.stringify({ type: 'ready', seq: 0 }) })
  await nextTick()
  expect(el.textContent).toBe('open')
  app.unmount()
})
