import { MizanClient } from '@mizan/base'
import { flushSync, mount, unmount } from 'svelte'
import { expect, it } from 'vitest'
import { BASE, fakeServer, flush, recordingLive, sessionRoute } from '../../mizan-base/src/testing/fake-server.js'
import { reactiveProps } from './testing/props.svelte.js'
import Presence from './testing/Presence.svelte'

it('joins on mount, delivers messages, follows changed params, publishes, and leaves on unmount', async () => {
  const { live, sockets, ofType } = recordingLive()
  const client = new MizanClient({ baseUrl: BASE, fetch: fakeServer(sessionRoute()).fetch, live })
  const projectId = reactiveProps({ value: 7 })
  const got: unknown[] = []
  let publish: ((message: { state: string }) => Promise<void>) | undefined
  const shown = mount(Presence, {
    target: document.createElement('div'),
    props: { client, projectId: () => projectId.value, got, expose: (p: (message: { state: string }) => Promise<void>) => (publish = p) },
  })
  flushSync()
  await flush()
  const socket = sockets[0]!
  socket.onopen?.({})
  socket.onmessage?.({ data: JSON.stringify({ type: 'ready', seq: 1 }) })
  await flush()
  expect(ofType('join').map((f) => f['params'])).toEqual([{ projectId: 7 }])

  socket.onmessage?.({ data: JSON.stringify({ type: 'channel', seq: 2, channel: 'board_presence', params: { projectId: 7 }, message: { state: 'here' } }) })
  expect(got).toEqual([[{ state: 'here' }, { projectId: 7 }]])

  projectId.value = 8
  flushSync()
  await flush()
  expect(ofType('leave').map((f) => f['params'])).toEqual([{ projectId: 7 }])
  expect(ofType('join').map((f) => f['params'])).toEqual([{ projectId: 7 }, { projectId: 8 }])

  const published = publish!({ state: 'typing' })
  await flush()
  const frame = ofType('publish')[0]!
  expect(frame).toMatchObject({ channel: 'board_presence', params: { projectId: 8 }, message: { state: 'typing' } })
  socket.onmessage?.({ data: JSON.stringify({ id: frame['id'], result: null, seq: 3 }) })
  await expect(published).resolves.toBeUndefined()

  await unmount(shown)
  await flush()
  expect(ofType('leave').map((f) => f['params'])).toEqual([{ projectId: 7 }, { projectId: 8 }])
})
