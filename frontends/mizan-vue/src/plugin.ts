import { type DehydratedState, MizanClient } from '@mizan/base'
import { type App, type InjectionKey, hasInjectionContext, inject } from 'vue'

/** The base path of the wire protocol when none is given. */
export const DEFAULT_BASE_URL = '/api/mizan'

const ClientKey: InjectionKey<MizanClient> = Symbol('mizan-client')

/** Options of {@link createMizan}: an existing client, or a base URL to make one from. */
export interface MizanPluginOptions {
  client?: MizanClient
  baseUrl?: string
  /** Server-rendered cache contents (`client.dehydrate()` on the server) to seed the client with. */
  state?: DehydratedState
}

/** The Vue plugin that {@link createMizan} returns; `client` is the client it provides. */
export interface MizanPlugin {
  readonly client: MizanClient
  install(app: App): void
}

/**
 * A Vue plugin that provides a {@link MizanClient} to every component of the app
 * (`app.use(createMizan({ baseUrl: '/api/mizan' }))`). Without `client` it creates one for
 * `baseUrl` (default `/api/mizan`). With `state`, the client is hydrated first, so the
 * components that read those instances render them without a request (SSR hydration).
 */
export function createMizan(options: MizanPluginOptions = {}): MizanPlugin {
  const client = options.client ?? new MizanClient({ baseUrl: options.baseUrl ?? DEFAULT_BASE_URL })
  if (options.state !== undefined) client.hydrate(options.state)
  return {
    client,
    install(app: App) {
      app.provide(ClientKey, client)
    },
  }
}

/** Provides `client` to the components below the calling one (tests, islands, several clients). */
export function provideMizanClient(app: Pick<App, 'provide'>, client: MizanClient): void {
  app.provide(ClientKey, client)
}

/** The client provided by {@link createMizan}; throws outside a component of such an app. */
export function useMizanClient(): MizanClient {
  const client = hasInjectionContext() ? inject(ClientKey, null) : null
  if (client === null) throw new Error('useMizanClient must be used in a component of an app that uses createMizan()')
  return client
}
