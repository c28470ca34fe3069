import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { joinChannel, publish as publishOn } from './channels.js'
import { MizanClient } from './client.js'
import type { LiveSocketLike } from './live.js'
import { BASE, fakeServer, flush, json, sessionRoute } from './testing/fake-server.js'

const project = { name: 'project', rev: 1, live: true }

/** A scripted socket: records what the kernel sends, lets the test push frames and close it. */
class FakeSocket implements LiveSocketLike {
  readonly sent: Array<Record<string, unknown>> = []
  closed = false
  onopen: ((event: unknown) => void) | null = null
  onmessage: ((event: { data: unknown }) => void) | null = null
  onclose: ((event: unknown) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  constructor(readonly url: string) {}
  send(data: string): void {
    this.sent.push(JSON.parse(data) as Record<string, unknown>)
  }
  close(): void {
    if (this.closed) return
    this.closed = true
    this.onclose?.({})
  }
  push(frame: unknown): void {
    this.onmessage?.({ data: JSON.stringify(frame) })
  }
  ofType(type: string) {
    return this.sent.filter((f) => f['type'] === type)
  }
}

function setup(calls = true) {
  const sockets: FakeSocket[] = []
  const server = fakeServer((request) => {
    const session = sessionRoute()(request)
    if (session !== undefined) return session
    if (request.path === '/call/') return json({ result: 'http', invalidate: [{ context: 'project', params: { projectId: 1 } }] }, 200, { 'X-Mizan-Seq': '50' })
    return undefined
  })
  const client = new MizanClient({
    baseUrl: BASE,
    fetch: server.fetch,
    live: {
      calls,
      connect: (url) => {
        const socket = new FakeSocket(url)
        sockets.push(socket)
        return socket
      },
    },
  })
  const answerAll = async (body: unknown, seq?: number) => {
    while (server.to('/ctx/project/', true).length > 0) {
      const headers: Record<string, string> = seq === undefined ? {} : { 'X-Mizan-Seq': String(seq) }
      for (const r of server.to('/ctx/project/', true)) r.respond(json(body, 200, headers))
      await flush()
    }
  }
  return { client, server, sockets, answerAll, fetches: () => server.to('/ctx/project/').length }
}

describe('live transport', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('connects on the first live mount with the CSRF token and catches up from the seq the data was read at', async () => {
    const { client, sockets, answerAll, fetches } = setup()
    expect(client.liveStatus()).toBe('idle')
    client.subscribe(project, { projectId: 1 }, () => undefined)
    await flush()
    expect(client.liveStatus()).toBe('connecting')
    const socket = sockets[0]!
    expect(socket.url).toBe('ws://test.local/api/mizan/ws/?csrf_token=t1')
    await answerAll({ tasks: ['a'] }, 90)
    socket.push({ type: 'ready', seq: 100, heartbeat_ms: 1000 })
    expect(client.liveStatus()).toBe('open')
    expect(socket.ofType('subscribe')).toEqual([
      { id: 1, type: 'subscribe', context: 'project', params: { projectId: 1 }, since: 90 },
    ])
    await flush()
    expect(fetches()).toBe(1)
  })

  it('leaves a context the IR does not mark live off the socket: no connection, no subscription', async () => {
    const { client, sockets, answerAll, fetches } = setup()
    const settings = { name: 'settings', rev: 1 }
    client.subscribe(settings, {}, () => undefined)
    await flush()
    expect(sockets).toHaveLength(0)
    expect(client.liveStatus()).toBe('idle')
    client.subscribe(project, { projectId: 1 }, () => undefined)
    await flush()
    await answerAll({ tasks: ['a'] }, 90)
    sockets[0]!.push({ type: 'ready', seq: 100, heartbeat_ms: 1000 })
    expect(sockets[0]!.ofType('subscribe').map((f) => f['context'])).toEqual(['project'])
    expect(fetches()).toBe(1)
  })

  it('subscribes an instance whose fetch is in flight at ready once it lands, from its read seq', async () => {
    const { client, sockets, answerAll } = setup()
    client.subscribe(project, { projectId: 1 }, () => undefined)
    await flush()
    sockets[0]!.push({ type: 'ready', seq: 100, heartbeat_ms: 1000 })
    expect(sockets[0]!.ofType('subscribe')).toHaveLength(0)
    await answerAll({ tasks: [] }, 104)
    expect(sockets[0]!.ofType('subscribe')).toMatchObject([{ since: 104 }])
  })

  it('subscribes a hydrated instance from the seq of its server render, with no fetch', async () => {
    const { client, sockets, fetches } = setup()
    client.hydrate({ contexts: [{ name: 'project', rev: 1, params: { projectId: 1 }, data: { tasks: ['a'] } }], seq: 90 })
    client.subscribe(project, { projectId: 1 }, () => undefined)
    await flush()
    sockets[0]!.push({ type: 'ready', seq: 100, heartbeat_ms: 1000 })
    expect(sockets[0]!.ofType('subscribe')).toMatchObject([{ since: 90 }])
    await flush()
    expect(fetches()).toBe(0)
  })

  it('refetches a hydrated instance that no seq vouches for', async () => {
    const { client, sockets, fetches } = setup()
    client.hydrate({ contexts: [{ name: 'project', rev: 1, params: { projectId: 1 }, data: { tasks: ['a'] } }] })
    client.subscribe(project, { projectId: 1 }, () => undefined)
    await flush()
    sockets[0]!.push({ type: 'ready', seq: 100, heartbeat_ms: 1000 })
    await flush()
    expect(fetches()).toBe(1)
  })

  it('refetches an instance whose data no seq vouches for', async () => {
    const { client, sockets, answerAll, fetches } = setup()
    client.subscribe(project, { projectId: 1 }, () => undefined)
    await flush()
    await answerAll({ tasks: ['a'] })
    sockets[0]!.push({ type: 'ready', seq: 100, heartbeat_ms: 1000 })
    expect(sockets[0]!.ofType('subscribe')).toMatchObject([{ since: 100 }])
    await flush()
    expect(fetches()).toBe(2)
  })

  it('applies pushed merges with no request and pushed invalidations with one refetch', async () => {
    const { client, sockets, answerAll, fetches } = setup()
    client.subscribe(project, { projectId: 1 }, () => undefined)
    await flush()
    const socket = sockets[0]!
    socket.push({ type: 'ready', seq: 1, heartbeat_ms: 1000 })
    await answerAll({ tasks: ['a'], name: 'p' })
    const before = fetches()
    socket.push({ type: 'merge', seq: 2, entries: [{ context: 'project', slot: 'tasks', value: ['b'], params: { projectId: 1 } }] })
    expect(client.getState(project, { projectId: 1 }).data).toEqual({ tasks: ['b'], name: 'p' })
    await flush()
    expect(fetches()).toBe(before)
    socket.push({ type: 'invalidate', seq: 3, entries: [{ context: 'project', params: { projectId: 2 } }] })
    await flush()
    expect(fetches()).toBe(before)
    socket.push({ type: 'invalidate', seq: 4, entries: [{ context: 'project', params: { projectId: 1 } }] })
    await flush()
    expect(fetches()).toBe(before + 1)
  })

  it('unsubscribes when the last observer unmounts, and answers pings', async () => {
    const { client, sockets } = setup()
    const first = client.subscribe(project, { projectId: 1 }, () => undefined)
    const second = client.subscribe(project, { projectId: 1 }, () => undefined)
    await flush()
    const socket = sockets[0]!
    socket.push({ type: 'ready', seq: 1, heartbeat_ms: 1000 })
    first()
    expect(socket.ofType('unsubscribe')).toHaveLength(0)
    second()
    expect(socket.ofType('unsubscribe')).toMatchObject([{ type: 'unsubscribe', context: 'project', params: { projectId: 1 } }])
    socket.push({ type: 'ping', seq: 5 })
    expect(socket.ofType('pong')).toHaveLength(1)
  })

  it('reconnects with backoff, catches up from the last seq and refetches on resync', async () => {
    const { client, sockets, answerAll, fetches } = setup()
    client.subscribe(project, { projectId: 1 }, () => undefined)
    await flush()
    sockets[0]!.push({ type: 'ready', seq: 10, heartbeat_ms: 1000 })
    await answerAll({ tasks: [] })
    sockets[0]!.push({ type: 'invalidate', seq: 12, entries: [{ context: 'project', params: { projectId: 3 } }] })
    sockets[0]!.close()
    expect(client.liveStatus()).toBe('reconnecting')
    expect(sockets).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(500)
    expect(sockets).toHaveLength(2)
    const second = sockets[1]!
    second.push({ type: 'ready', seq: 20, heartbeat_ms: 1000 })
    expect(second.ofType('subscribe')[0]).toMatchObject({ since: 12 })
    expect(second.ofType('resume')).toMatchObject([{ type: 'resume', seq: 12 }])
    await answerAll({ tasks: [] })
    const before = fetches()
    second.push({ type: 'resync', seq: 21 })
    await flush()
    expect(fetches()).toBe(before + 1)
  })

  it('closes a silent socket after two heartbeats and a margin, and reconnects', async () => {
    const { client, sockets } = setup()
    client.subscribe(project, { projectId: 1 }, () => undefined)
    await flush()
    sockets[0]!.push({ type: 'ready', seq: 1, heartbeat_ms: 1000 })
    await vi.advanceTimersByTimeAsync(6999)
    expect(sockets[0]!.closed).toBe(false)
    await vi.advanceTimersByTimeAsync(2)
    expect(sockets[0]!.closed).toBe(true)
    await vi.advanceTimersByTimeAsync(1000)
    expect(sockets).toHaveLength(2)
  })

  it("skips the push of its own call's event and refetches once", async () => {
    const { client, sockets, answerAll, fetches } = setup(false)
    client.subscribe(project, { projectId: 1 }, () => undefined)
    await flush()
    sockets[0]!.push({ type: 'ready', seq: 40, heartbeat_ms: 1000 })
    await answerAll({ tasks: [] }, 40)
    const before = fetches()
    await client.call('ping', {})
    sockets[0]!.push({ type: 'invalidate', seq: 50, entries: [{ context: 'project', params: { projectId: 1 } }] })
    await answerAll({ tasks: [] })
    expect(fetches()).toBe(before + 1)
  })

  it('sends calls over the open socket and applies their effects; HTTP otherwise', async () => {
    const { client, sockets, server } = setup()
    expect(await client.call('ping', {})).toBe('http')
    client.subscribe(project, { projectId: 1 }, () => undefined)
    await flush()
    const socket = sockets[0]!
    socket.push({ type: 'ready', seq: 1, heartbeat_ms: 1000 })
    const pending = client.call('rename', { id: 1 })
    const frame = socket.ofType('call')[0]!
    expect(frame).toMatchObject({ type: 'call', function: 'rename', args: { id: 1 } })
    socket.push({ id: frame['id'], result: 'ws' })
    expect(await pending).toBe('ws')
    const failing = client.call('rename', { id: 2 })
    const second = socket.ofType('call')[1]!
    socket.push({ id: second['id'], error: { code: 'FORBIDDEN', message: 'no', details: {} } })
    await expect(failing).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(server.to('/call/')).toHaveLength(1)
  })

  it('joins channels on connect and after a reconnect, delivers messages to the matching instance and publishes', async () => {
    const { client, sockets } = setup()
    const got: unknown[] = []
    const other: unknown[] = []
    const leave = joinChannel(client, 'board_presence', { projectId: '7' }, (message, params) => got.push([message, params]))
    joinChannel(client, 'board_presence', { projectId: 8 }, (message) => other.push(message))
    await flush()
    const socket = sockets[0]!
    const published = publishOn(client, 'board_presence', { projectId: '7' }, { state: 'typing' })
    socket.push({ type: 'ready', seq: 3, heartbeat_ms: 1000 })
    await flush()
    expect(socket.ofType('join').map((f) => f['params'])).toEqual([{ projectId: '7' }, { projectId: 8 }])
    const publish = socket.ofType('publish')[0]!
    expect(publish).toMatchObject({ channel: 'board_presence', params: { projectId: '7' }, message: { state: 'typing' } })
    socket.push({ id: publish['id'], result: null, seq: 4 })
    await expect(published).resolves.toBeUndefined()
    // The server re-serializes params by their declared types: "7" and 7 are one instance.
    socket.push({ type: 'channel', seq: 4, channel: 'board_presence', params: { projectId: 7 }, message: { who: 'ann' } })
    expect(got).toEqual([[{ who: 'ann' }, { projectId: 7 }]])
    expect(other).toEqual([])

    const refused = publishOn(client, 'board_presence', { projectId: 8 }, { state: 'x' })
    await flush()
    const second = socket.ofType('publish')[1]!
    socket.push({ id: second['id'], error: { code: 'FORBIDDEN', message: 'no', details: {} } })
    await expect(refused).rejects.toMatchObject({ code: 'FORBIDDEN' })

    socket.close()
    await vi.advanceTimersByTimeAsync(20_000)
    const again = sockets[1]!
    again.push({ type: 'ready', seq: 5, heartbeat_ms: 1000 })
    expect(again.ofType('join')).toHaveLength(2)
    leave()
    expect(again.ofType('leave').map((f) => f['params'])).toEqual([{ projectId: '7' }])
    again.push({ type: 'channel', seq: 6, channel: 'board_presence', params: { projectId: 7 }, message: { who: 'bob' } })
    expect(got).toHaveLength(1)
  })
})
