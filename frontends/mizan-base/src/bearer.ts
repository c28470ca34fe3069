import { MizanError } from './error.js'
import { isRecord } from './guards.js'

/** The token pair `login` and `refresh` return. */
export interface TokenPair {
  access_token: string
  refresh_token: string
  token_type: string
  expires_in: number
}

/** Bearer auth (JWT) instead of the session cookie and CSRF token. */
export interface BearerOptions {
  /** a refresh token kept from an earlier run, to start signed in (the next call refreshes) */
  refreshToken?: string
  /** called after every sign-in and refresh: keep the refresh token if the app persists it */
  onTokens?: (tokens: TokenPair) => void
  /** called once when the client is signed out: by `logout`, or because a refresh failed */
  onSignOut?: () => void
}

/** Posts one built-in function without a bearer token; the transport provides it. */
export type PostUnauthenticated = (fn: string, args: Record<string, unknown>) => Promise<unknown>

/**
 * The bearer side of the kernel: the access token lives in memory only; when a request is
 * answered 401 `token_expired` the transport asks for one refresh, shared by every request that
 * failed meanwhile (single flight), and retries once. A failed refresh signs the client out.
 */
export class BearerSession {
  readonly #options: BearerOptions
  #post: PostUnauthenticated | undefined
  #access: string | undefined
  #refresh: string | undefined
  #refreshing: Promise<string | undefined> | undefined

  constructor(options: BearerOptions) {
    this.#options = options
    this.#refresh = options.refreshToken
  }

  /** @internal wires the transport's unauthenticated POST. */
  attach(post: PostUnauthenticated): void {
    this.#post = post
  }

  /** The `Authorization` header value, when signed in. */
  header(): string | undefined {
    return this.#access === undefined ? undefined : `Bearer ${this.#access}`
  }

  get signedIn(): boolean {
    return this.#access !== undefined || this.#refresh !== undefined
  }

  /** Calls the built-in `login` and keeps the tokens. */
  async login(username: string, password: string): Promise<void> {
    this.#accept(await this.#call('login', { username, password }))
  }

  /** Calls the built-in `logout` (revoking the session on the server) and forgets the tokens. */
  async logout(): Promise<void> {
    const refreshToken = this.#refresh
    const header = this.header()
    this.#signOut()
    if (refreshToken !== undefined || header !== undefined) {
      await this.#call('logout', refreshToken === undefined ? {} : { refreshToken })
    }
  }

  /**
   * A fresh access token after a 401 `token_expired` answered `failedWith` (the header the
   * failing request sent): one refresh however many requests ask at once; undefined when the
   * client could not refresh and is now signed out.
   */
  renew(failedWith: string | undefined): Promise<string | undefined> {
    const current = this.header()
    if (current !== undefined && current !== failedWith) return Promise.resolve(current)
    this.#refreshing ??= this.#doRefresh().finally(() => {
      this.#refreshing = undefined
    })
    return this.#refreshing
  }

  async #doRefresh(): Promise<string | undefined> {
    const refreshToken = this.#refresh
    if (refreshToken === undefined) {
      this.#signOut()
      return undefined
    }
    try {
      this.#accept(await this.#call('refresh', { refreshToken }))
      return this.header()
    } catch {
      this.#signOut()
      return undefined
    }
  }

  #call(fn: string, args: Record<string, unknown>): Promise<unknown> {
    if (this.#post === undefined) throw new Error('BearerSession is not attached to a client')
    return this.#post(fn, args)
  }

  #accept(result: unknown): void {
    if (
      !isRecord(result) ||
      typeof result['access_token'] !== 'string' ||
      typeof result['refresh_token'] !== 'string'
    ) {
      throw new MizanError({ status: 200, code: 'INVALID_RESPONSE', message: 'A token answer must carry both tokens' })
    }
    const pair: TokenPair = {
      access_token: result['access_token'],
      refresh_token: result['refresh_token'],
      token_type: typeof result['token_type'] === 'string' ? result['token_type'] : 'Bearer',
      expires_in: typeof result['expires_in'] === 'number' ? result['expires_in'] : 0,
    }
    this.#access = pair.access_token
    this.#refresh = pair.refresh_token
    this.#options.onTokens?.(pair)
  }

  #signOut(): void {
    const was = this.signedIn
    this.#access = undefined
    this.#refresh = undefined
    if (was) this.#options.onSignOut?.()
  }
}

/** Whether an error is the server saying the bearer token expired (a refresh may help). */
export function isExpiredToken(error: unknown): boolean {
  return error instanceof MizanError && error.status === 401 && error.details['reason'] === 'token_expired'
}
