import { MizanClient } from '@mizan/base'
import { createApp, defineComponent, h, nextTick, ref } from 'vue'
import { expect, it } from 'vitest'
import { BASE, fakeServer, flush, recordingLive, sessionRoute } from '../../mizan-base/src/testing/fake-server.js'
import { useChannel } from './channels.js'
import { createMizan } from './plugin.js'

it('joins on mount, delivers messages, follows changed params, publishes, and leaves on unmount', async () => {
  const { live, sockets, ofType } = recordingLive()
  const client = new MizanClient({ baseUrl: BASE, fetch: fakeServer(sessionRoute()).fetch, live })
  const projectId = ref(7)
  const got: unknown[] = []
  let publish: ((message: { state: string }) => Promise<void>) | undefined
  const Presence = defineComponent({
    setup() {
      publish = useChannel<{ state: string }, { projectId: number }>('board_presence', () => ({ projectId: projectId.value }), (message, params) =>
        got.push([message, params]),
      )
      return () => h('p', 'presence')
    },
  })
  const app = createApp(Presence)
  app.use(createMizan({ client }))
  app.mount(document.createElement('div'))
  await flush()
  const socket = sockets[0]!
  socket.onopen?.({})
  socket.onmessage?.({ data: JSON.stringify({ type: 'ready', seq: 1 }) })
  await flush()
  expect(ofType('join').map((f) => f['params'])).toEqual([{ projectId: 7 }])

  socket.onmessage?.({ data: JSON.stringify({ type: 'channel', seq: 2, channel: 'board_presence', params: { projectId: 7 }, message: { state: 'here' } }) })
  expect(got).toEqual([[{ state: 'here' }, { projectId: 7 }]])

  projectId.value = 8
  await nextTick()
  await flush()
  expect(ofType('leave').map((f) => f['params'])).toEqual([{ projectId: 7 }])
  expect(ofType('join').map((f) => f['params'])).toEqual([{ projectId: 7 }, { projectId: 8 }])

  const published = publish!({ state: 'typing' })
  await flush()
  const frame = ofType('publish')[0]!
  expect(frame).toMatchObject({ channel: 'board_presence', params: { projectId: 8 }, message: { state: 'typing' } })
  socket.onmessage?.({ data: JSON.stringify({ id: frame['id'], result: null, seq: 3 }) })
  await expect(published).resolves.toBeUndefined()

  app.unmount()
  await flush()
  expect(ofType('leave').map((f) => f['params'])).toEqual([{ projectId: 7 }, { projectId: 8 }])
})
