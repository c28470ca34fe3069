import { MizanError, errorFromEnvelope, toMizanError } from './error.js'
import { dedupeInvalidations, readInvalidateEntries, readMergeEntries } from './entries.js'
import { type BearerSession, isExpiredToken } from './bearer.js'
import { isJson, isRecord } from './guards.js'
import { parseInvalidateHeader } from './header.js'
import { queryString } from './key.js'
import type { InvalidateEntry, MergeEntry, Params, Session } from './types.js'
import { type UploadProgress, hasUploads, multipartBody, sendWithProgress } from './upload.js'

/** How the transport reaches the server. */
export interface TransportOptions {
  baseUrl: string
  fetch?: typeof globalThis.fetch
  credentials?: RequestCredentials
  /** bearer auth: no session cookie, no CSRF token */
  bearer?: BearerSession
}

/** A successful call: its result and the cache effects the server announced. */
export interface CallAnswer {
  result: unknown
  invalidate: InvalidateEntry[]
  merge: MergeEntry[]
  /** the live seq of the event the call produced (`X-Mizan-Seq`), when the server is live */
  seq?: number
}

interface Answer {
  status: number
  body: unknown
  headers: Headers
}

/** The HTTP side of the kernel: `/call/`, `/ctx/`, `/session/` and the CSRF token. */
export class HttpTransport {
  readonly #base: string
  readonly #fetch: typeof globalThis.fetch
  readonly #credentials: RequestCredentials
  #token: string | undefined
  #session: Promise<Session> | undefined
  readonly #bearer: BearerSession | undefined
  /** uploads go through XMLHttpRequest (for progress) unless a fetch was injected or there is none */
  readonly #xhr: boolean

  constructor(options: TransportOptions) {
    this.#base = options.baseUrl.replace(/\/+$/, '')
    // Called as a plain function: a browser's fetch throws when invoked as another object's method.
    const custom = options.fetch
    this.#fetch = custom === undefined ? (input, init) => globalThis.fetch(input, init) : (input, init) => custom(input, init)
    this.#credentials = options.credentials ?? (options.bearer === undefined ? 'same-origin' : 'omit')
    this.#bearer = options.bearer
    options.bearer?.attach(async (fn, args) => (await this.#post(fn, args, {})).result)
    this.#xhr = custom === undefined && typeof XMLHttpRequest !== 'undefined'
  }

  /** `GET {base}/session/`; remembers the CSRF token. Concurrent callers share one request. */
  session(): Promise<Session> {
    this.#session ??= this.#loadSession().finally(() => {
      this.#session = undefined
    })
    return this.#session
  }

  /** `POST {base}/call/` with the CSRF token, fetched first if missing and renewed once on refusal. */
  async call(
    fn: string,
    args: Params,
    signal?: AbortSignal,
    onUploadProgress?: (progress: UploadProgress) => void,
  ): Promise<CallAnswer> {
    const post = (token: string | undefined, header: string | undefined) =>
      this.#post(fn, args, { token, authorization: header, signal, onUploadProgress })
    const bearer = this.#bearer
    if (bearer !== undefined) {
      return this.#withBearer(bearer, (header) => post(undefined, header))
    }
    const token = this.#token ?? (await this.session()).csrf_token
    try {
      return await post(token, undefined)
    } catch (error) {
      if (!isCsrfRefusal(error)) throw error
      const renewed = this.#token !== undefined && this.#token !== token ? this.#token : await this.#renew()
      return post(renewed, undefined)
    }
  }

  /** `GET {base}/ctx/{name}/?params`: the context bundle, one key per member. */
  async fetchContext(
    name: string,
    params: Params,
    signal?: AbortSignal,
    onSeq?: (seq: number) => void,
  ): Promise<Record<string, unknown>> {
    const query = queryString(params)
    const path = `/ctx/${encodeURIComponent(name)}/${query === '' ? '' : `?${query}`}`
    const get = (header: string | undefined) =>
      this.#request(path, { method: 'GET', headers: withAuthorization({ Accept: 'application/json' }, header) }, signal)
    const answer = this.#bearer === undefined ? await get(undefined) : await this.#withBearer(this.#bearer, get)
    // The live log's seq when the server read the data: a subscription catches up from it.
    const seq = Number(answer.headers.get('X-Mizan-Seq') ?? Number.NaN)
    if (onSeq !== undefined && Number.isFinite(seq)) onSeq(seq)
    if (!isRecord(answer.body)) throw invalid(answer.status, 'A context answer must be a JSON object')
    return answer.body
  }

  /** Sends with the access token; after a 401 `token_expired`, refreshes once (shared) and retries once. */
  async #withBearer<T>(bearer: BearerSession, send: (header: string | undefined) => Promise<T>): Promise<T> {
    // Signed in with a kept refresh token only: get an access token first.
    const header = bearer.header() ?? (bearer.signedIn ? await bearer.renew(undefined) : undefined)
    try {
      return await send(header)
    } catch (error) {
      if (!isExpiredToken(error)) throw error
      const renewed = await bearer.renew(header)
      if (renewed === undefined) throw error
      return send(renewed)
    }
  }

  async #renew(): Promise<string> {
    this.#token = undefined
    return (await this.session()).csrf_token
  }

  async #loadSession(): Promise<Session> {
    const answer = await this.#request('/session/', { method: 'GET', headers: { Accept: 'application/json' } })
    const body = answer.body
    if (!isRecord(body) || typeof body['csrf_token'] !== 'string') {
      throw invalid(answer.status, 'A session answer must carry csrf_token')
    }
    this.#token = body['csrf_token']
    const user: unknown = body['user']
    return { csrf_token: body['csrf_token'], user: isJson(user) ? user : null }
  }

  async #post(fn: string, args: Params, how: PostOptions): Promise<CallAnswer> {
    const base: Record<string, string> = { Accept: 'application/json' }
    if (how.token !== undefined) base['X-CSRF-Token'] = how.token
    const headers = withAuthorization(base, how.authorization)
    const answer = hasUploads(args)
      ? await this.#upload(multipartBody(fn, args), headers, how)
      : await this.#request(
          '/call/',
          {
            method: 'POST',
            headers: { ...headers, 'Content-Type': 'application/json' },
            body: JSON.stringify({ function: fn, args }),
          },
          how.signal,
        )
    if (!isRecord(answer.body) || !('result' in answer.body)) {
      throw invalid(answer.status, 'A call answer must carry result')
    }
    const invalidate = readInvalidateEntries(answer.body['invalidate']).concat(
      parseInvalidateHeader(answer.headers.get('X-Mizan-Invalidate')),
    )
    const seq = Number(answer.headers.get('X-Mizan-Seq') ?? Number.NaN)
    return {
      result: answer.body['result'],
      invalidate: dedupeInvalidations(invalidate),
      merge: readMergeEntries(answer.body['merge']),
      ...(Number.isFinite(seq) && { seq }),
    }
  }

  /** A multipart call: with progress through XMLHttpRequest in browsers, else through fetch (progress at the end). */
  async #upload(body: FormData, headers: Record<string, string>, how: PostOptions): Promise<Answer> {
    const progress = how.onUploadProgress ?? (() => undefined)
    if (!this.#xhr) {
      const answer = await this.#request('/call/', { method: 'POST', headers, body }, how.signal)
      progress({ loaded: 1, total: 1 })
      return answer
    }
    let raw
    try {
      raw = await sendWithProgress(this.#base + '/call/', headers, body, this.#credentials, progress, how.signal)
    } catch (error) {
      throw toMizanError(error, how.signal)
    }
    const parsed = parseBody(raw.text, raw.status)
    if (!raw.ok) throw errorFromEnvelope(raw.status, parsed)
    return { status: raw.status, body: parsed, headers: raw.headers }
  }

  async #request(path: string, init: RequestInit, signal?: AbortSignal): Promise<Answer> {
    let response: Response
    let text: string
    try {
      response = await this.#fetch(this.#base + path, { ...init, credentials: this.#credentials, signal: signal ?? null })
      text = await response.text()
    } catch (error) {
      throw toMizanError(error, signal)
    }
    const body = parseBody(text, response.status)
    if (!response.ok) throw errorFromEnvelope(response.status, body)
    return { status: response.status, body, headers: response.headers }
  }
}

interface PostOptions {
  token?: string | undefined
  authorization?: string | undefined
  signal?: AbortSignal | undefined
  onUploadProgress?: ((progress: UploadProgress) => void) | undefined
}

function withAuthorization(headers: Record<string, string>, authorization: string | undefined): Record<string, string> {
  return authorization === undefined ? headers : { ...headers, Authorization: authorization }
}

function parseBody(text: string, status: number): unknown {
  try {
    const body: unknown = JSON.parse(text)
    return body
  } catch (error) {
    throw new MizanError({ status, code: 'INVALID_RESPONSE', message: `The answer (HTTP ${status}) is not JSON`, cause: error })
  }
}

function invalid(status: number, message: string): MizanError {
  return new MizanError({ status, code: 'INVALID_RESPONSE', message })
}

function isCsrfRefusal(error: unknown): boolean {
  return error instanceof MizanError && error.status === 403 && error.code === 'FORBIDDEN' && error.details['reason'] === 'csrf'
}
