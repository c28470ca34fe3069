import { MizanError, errorFromEnvelope } from './error.js'
import { readInvalidateEntries, readMergeEntries } from './entries.js'
import { isRecord } from './guards.js'
import type { Scheduler, TimerHandle } from './scheduler.js'
import type { CallAnswer } from './transport.js'
import type { InvalidateEntry, MergeEntry, Params } from './types.js'

/** Where the live socket is: `idle` until the first live instance mounts. */
export type LiveStatus = 'idle' | 'connecting' | 'open' | 'reconnecting'

/** The part of a WebSocket the kernel uses (the browser's, or any compatible one). */
export interface LiveSocketLike {
  send(data: string): void
  close(code?: number, reason?: string): void
  onopen: ((event: unknown) => void) | null
  onmessage: ((event: { data: unknown }) => void) | null
  onclose: ((event: unknown) => void) | null
  onerror: ((event: unknown) => void) | null
}

/** Options of the live transport (`live` in the client options). */
export interface LiveOptions {
  /** the socket URL; default `{baseUrl}/ws/` on the page's origin with ws: or wss: */
  url?: string
  /** opens a socket; default the global WebSocket */
  connect?: (url: string) => LiveSocketLike
  /** send calls over the socket while it is open; default false (HTTP, whose answers edges see) */
  calls?: boolean
  /** first reconnect delay, doubled per failure up to `maxDelayMs`, with jitter; default 500 */
  minDelayMs?: number
  /** default 15000 */
  maxDelayMs?: number
}

/** What the live transport needs from its client. */
export interface LiveHost {
  readonly scheduler: Scheduler
  readonly baseUrl: string
  token(): Promise<string>
  merge(entries: MergeEntry[]): void
  invalidate(entries: InvalidateEntry[]): void
  /** Every watched instance has to be refetched (a resync). */
  refetchWatched(): void
  /** Whether the instance's first fetch is still in flight. */
  loading(key: string): boolean
  /** Refetches one instance (its data came from nowhere the live log can vouch for). */
  refetch(key: string): void
}

interface Watched {
  context: string
  params: Params
}

interface Pending {
  resolve: (answer: CallAnswer) => void
  reject: (error: unknown) => void
}

/**
 * The kernel's WebSocket transport: one socket while live instances are mounted; subscribes and
 * unsubscribes them, applies pushed merges and invalidations like HTTP answers, reconnects with
 * backoff and jitter, catches up with the last `seq` (`since` and `resume`) and refetches on
 * `resync`. Calls may travel over it while it is open.
 */
export class LiveTransport {
  readonly #host: LiveHost
  readonly #options: LiveOptions
  readonly #watched = new Map<string, Watched>()
  readonly #pending = new Map<number, Pending>()
  readonly #listeners = new Set<() => void>()
  /** Extension point (channels): gets every frame received, after the kernel handled it. */
  declare tap?: (frame: Record<string, unknown>) => void
  /** The live seq at which each instance's data was last read by the server. */
  readonly #read = new Map<string, number>()
  /** Seqs of this client's own calls (their effects came with the answer) and of pushes applied. */
  readonly #own = new Set<number>()
  readonly #applied = new Set<number>()
  /** Instances subscribed on the current socket. */
  readonly #subscribed = new Set<string>()
  #socket: LiveSocketLike | undefined
  #status: LiveStatus = 'idle'
  #ready = false
  #seq: number | undefined
  #nextId = 1
  #attempt = 0
  #watchdog: TimerHandle | undefined
  #heartbeatMs = 30_000

  constructor(host: LiveHost, options: LiveOptions) {
    this.#host = host
    this.#options = options
  }

  get status(): LiveStatus {
    return this.#status
  }

  /** Calls `listener` whenever {@link status} changes; returns the unsubscribe. */
  onStatus(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** An instance mounted: subscribe it (connecting first when needed). */
  watch(key: string, context: string, params: Params): void {
    this.#watched.set(key, { context, params })
    if (this.#ready) this.#subscribe(key, this.#seq)
    else this.open()
  }

  /**
   * Opens the socket the first time; once opened the transport never returns to `idle` (it is open,
   * opening, or reconnects by itself), so a second caller never opens a second socket.
   */
  open(): void {
    if (this.#status === 'idle') this.#connect()
  }

  /** The last observer of an instance unmounted. */
  unwatch(key: string): void {
    const watched = this.#watched.get(key)
    if (watched === undefined) return
    this.#watched.delete(key)
    this.#subscribed.delete(key)
    if (this.#ready) this.send({ id: this.#nextId++, type: 'unsubscribe', ...watched })
  }

  /** A fetch of the instance answered with the live seq at which the server read it. */
  fetched(key: string, seq: number): void {
    this.#read.set(key, seq)
    if (this.#ready && this.#watched.has(key) && !this.#subscribed.has(key)) this.#subscribe(key, seq)
  }

  /**
   * The answer of this client's own call produced event `seq`: its push is skipped when it comes.
   * Returns true when the push was already applied (it came first).
   */
  own(seq: number): boolean {
    if (this.#applied.has(seq)) return true
    remember(this.#own, seq)
    return false
  }

  /** A call over the socket, or `undefined` when it is not open (the caller uses HTTP). */
  call(fn: string, args: Params): Promise<CallAnswer> | undefined {
    return this.#ready && this.#options.calls ? this.request({ type: 'call', function: fn, args }) : undefined
  }

  /** Sends a frame with the next id (the socket must be open) and resolves with its answer. */
  request(frame: Record<string, unknown>): Promise<CallAnswer> {
    const id = this.#nextId++
    return new Promise<CallAnswer>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject })
      this.send({ ...frame, id })
    })
  }

  async #connect(): Promise<void> {
    this.#setStatus(this.#seq === undefined && this.#attempt === 0 ? 'connecting' : 'reconnecting')
    let socket: LiveSocketLike
    try {
      const token = await this.#host.token()
      const url = `${this.#options.url ?? defaultUrl(this.#host.baseUrl)}?csrf_token=${encodeURIComponent(token)}`
      socket = (this.#options.connect ?? ((u: string) => new WebSocket(u) as unknown as LiveSocketLike))(url)
    } catch {
      this.#scheduleReconnect()
      return
    }
    this.#socket = socket
    socket.onmessage = (event) => {
      if (this.#socket === socket && typeof event.data === 'string') this.#receive(event.data)
    }
    socket.onclose = () => {
      if (this.#socket === socket) this.#lost()
    }
    socket.onerror = () => socket.close()
  }

  #receive(text: string): void {
    let frame: unknown
    try {
      frame = JSON.parse(text)
    } catch {
      return
    }
    if (!isRecord(frame)) return
    const seq = frame['seq']
    if (typeof frame['id'] === 'number') this.#answer(frame['id'], frame)
    switch (frame['type']) {
      case 'ready':
        if (typeof frame['heartbeat_ms'] === 'number') this.#heartbeatMs = frame['heartbeat_ms']
        this.#opened(typeof seq === 'number' ? seq : 0)
        break
      case 'merge':
        if (this.#push(seq)) this.#host.merge(readMergeEntries(frame['entries']))
        break
      case 'invalidate':
        if (this.#push(seq)) this.#host.invalidate(readInvalidateEntries(frame['entries']))
        break
      case 'resync':
        this.#host.refetchWatched()
        break
      case 'ping':
        this.send({ type: 'pong' })
        break
    }
    if (typeof seq === 'number' && frame['type'] !== 'ready' && (this.#seq === undefined || seq > this.#seq)) {
      this.#seq = seq
    }
    this.tap?.(frame)
    this.#armWatchdog()
  }

  /**
   * `ready`: after a reconnect, subscribe every watched instance from the last seq applied, then
   * `resume`. On the first connection, each instance catches up from the seq at which its data
   * was read (an instance whose fetch is still in flight subscribes when it lands).
   */
  #opened(readySeq: number): void {
    const last = this.#seq
    this.#ready = true
    this.#attempt = 0
    this.#setStatus('open')
    for (const key of this.#watched.keys()) {
      const read = this.#read.get(key)
      if (last !== undefined) this.#subscribe(key, last)
      else if (read !== undefined) this.#subscribe(key, read)
      else if (!this.#host.loading(key)) {
        this.#subscribe(key, readySeq)
        this.#host.refetch(key)
      }
    }
    if (last === undefined) this.#seq = readySeq
    else this.send({ id: this.#nextId++, type: 'resume', seq: last })
  }

  #subscribe(key: string, since: number | undefined): void {
    const watched = this.#watched.get(key)
    if (watched === undefined) return
    this.#subscribed.add(key)
    this.send({ id: this.#nextId++, type: 'subscribe', context: watched.context, params: watched.params, since })
  }

  #answer(id: number, frame: Record<string, unknown>): void {
    const pending = this.#pending.get(id)
    if (pending === undefined) return
    this.#pending.delete(id)
    if ('error' in frame) pending.reject(errorFromEnvelope(0, frame))
    else
      pending.resolve({
        result: frame['result'],
        invalidate: readInvalidateEntries(frame['invalidate']),
        merge: readMergeEntries(frame['merge']),
      })
  }

  /** Whether a push must be applied: not when it is the echo of this client's own call. */
  #push(seq: unknown): boolean {
    if (typeof seq !== 'number') return true
    if (this.#own.has(seq)) return false
    remember(this.#applied, seq)
    return true
  }

  /** Sends a frame when a socket is there (dropped otherwise). */
  send(frame: Record<string, unknown>): void {
    this.#socket?.send(JSON.stringify(frame))
  }

  /** No frame (not even a ping) for two heartbeats and a margin: the socket is dead. */
  #armWatchdog(): void {
    const { scheduler } = this.#host
    if (this.#watchdog !== undefined) scheduler.clearTimeout(this.#watchdog)
    this.#watchdog = scheduler.setTimeout(() => this.#socket?.close(), this.#heartbeatMs * 2 + 5000)
  }

  #lost(): void {
    this.#socket = undefined
    this.#ready = false
    this.#subscribed.clear()
    if (this.#watchdog !== undefined) this.#host.scheduler.clearTimeout(this.#watchdog)
    for (const pending of this.#pending.values()) {
      pending.reject(new MizanError({ status: 0, code: 'NETWORK_ERROR', message: 'The live socket closed' }))
    }
    this.#pending.clear()
    this.#scheduleReconnect()
  }

  #scheduleReconnect(): void {
    this.#setStatus('reconnecting')
    const min = this.#options.minDelayMs ?? 500
    const delay = Math.min(this.#options.maxDelayMs ?? 15_000, min * 2 ** this.#attempt++) * (0.5 + Math.random() / 2)
    this.#host.scheduler.setTimeout(() => this.#connect(), delay)
  }

  #setStatus(status: LiveStatus): void {
    if (this.#status === status) return
    this.#status = status
    for (const listener of [...this.#listeners]) listener()
  }
}

/** Adds to a set that keeps only the latest 64 values. */
function remember(set: Set<number>, value: number): void {
  set.add(value)
  if (set.size > 64) set.delete(set.values().next().value as number)
}

function defaultUrl(baseUrl: string): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/ws/`, globalThis.location?.href)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  return url.toString()
}
