import type { MizanClient } from './client.js'
import { isRecord } from './guards.js'
import type { LiveTransport } from './live.js'
import type { Params } from './types.js'

/** Called with each message published on a joined channel instance, and the instance's params. */
export type ChannelListener = (message: unknown, params: Params) => void

interface Joined {
  channel: string
  params: Params
  listeners: Set<ChannelListener>
}

/** The channel state of one live transport: joined instances, publishes waiting for the socket. */
class Channels {
  readonly joined = new Map<string, Joined>()
  readonly waiting: Array<() => void> = []

  constructor(readonly live: LiveTransport) {
    live.tap = (frame) => {
      if (frame['type'] === 'ready') {
        // A new socket: join every instance again, then let waiting publishes go.
        for (const { channel, params } of this.joined.values()) live.request({ type: 'join', channel, params }).catch(ignore)
        for (const resolve of this.waiting.splice(0)) resolve()
      } else if (frame['type'] === 'channel') {
        const params = isRecord(frame['params']) ? (frame['params'] as Params) : {}
        for (const joined of this.joined.values()) {
          if (joined.channel !== frame['channel'] || !sameParams(joined.params, params)) continue
          for (const listener of [...joined.listeners]) listener(frame['message'], params)
        }
      }
    }
  }
}

const states = new WeakMap<LiveTransport, Channels>()

function channels(client: MizanClient): Channels {
  const live = client.live
  if (live === undefined) throw new Error('Channels need live updates: create the client with live: true')
  let state = states.get(live)
  if (state === undefined) states.set(live, (state = new Channels(live)))
  return state
}

/**
 * Joins a channel instance over the live socket (connecting when needed, joining again after every
 * reconnect) and calls `listener` with each message published on it; returns the leave.
 */
export function joinChannel(client: MizanClient, channel: string, params: Params, listener: ChannelListener): () => void {
  const state = channels(client)
  const { live } = state
  const key = `${channel}?${JSON.stringify(Object.keys(params).sort().map((k) => [k, params[k]]))}`
  let joined = state.joined.get(key)
  if (joined === undefined) {
    joined = { channel, params, listeners: new Set() }
    state.joined.set(key, joined)
    if (live.status === 'open') live.request({ type: 'join', channel, params }).catch(ignore)
    else live.open()
  }
  const entry = joined
  entry.listeners.add(listener)
  return () => {
    if (!entry.listeners.delete(listener) || entry.listeners.size > 0) return
    state.joined.delete(key)
    if (live.status === 'open') live.request({ type: 'leave', channel, params }).catch(ignore)
  }
}

/**
 * Publishes a message on a channel instance (the channel must take client messages) once the socket
 * is open; resolves when the server accepted it, rejects with its {@link MizanError} (or
 * `NETWORK_ERROR` when the socket closes first).
 */
export async function publish(client: MizanClient, channel: string, params: Params, message: unknown): Promise<void> {
  const state = channels(client)
  if (state.live.status !== 'open') {
    await new Promise<void>((resolve) => {
      state.waiting.push(resolve)
      state.live.open()
    })
  }
  await state.live.request({ type: 'publish', channel, params, message })
}

/** The server re-serializes params by their declared types (`"7"` → `7`): compare as text. */
function sameParams(mine: Params, theirs: Params): boolean {
  const keys = Object.keys(mine).filter((k) => mine[k] !== undefined && mine[k] !== null)
  return keys.length === Object.keys(theirs).length && keys.every((k) => k in theirs && String(mine[k]) === String(theirs[k]))
}

function ignore(): void {}
