import { type DehydratedState, MizanClient } from '@mizan/base'
import { getContext, hasContext, setContext } from 'svelte'

/** The base path of the wire protocol when none is given. */
export const DEFAULT_BASE_URL = '/api/mizan'

const ClientKey = Symbol('mizan-client')

/** Options of {@link setMizanClient}: an existing client, or a base URL to make one from. */
export interface MizanOptions {
  client?: MizanClient
  baseUrl?: string
  /** Server-rendered cache contents (`client.dehydrate()` on the server) to seed the client with. */
  state?: DehydratedState
}

/**
 * Puts a {@link MizanClient} in the Svelte context of the calling component (call it during the
 * initialisation of the root component); its descendants read it. Without `client` it creates
 * one for `baseUrl` (default `/api/mizan`); with `state` the client is hydrated first.
 */
export function setMizanClient(options: MizanOptions = {}): MizanClient {
  const client = options.client ?? new MizanClient({ baseUrl: options.baseUrl ?? DEFAULT_BASE_URL })
  if (options.state !== undefined) client.hydrate(options.state)
  setContext(ClientKey, client)
  return client
}

/** The client of the nearest {@link setMizanClient}; throws outside one (or outside component initialisation). */
export function getMizanClient(): MizanClient {
  const client = hasContext(ClientKey) ? getContext<MizanClient>(ClientKey) : undefined
  if (client === undefined) throw new Error('getMizanClient must be called while a component below setMizanClient() initialises')
  return client
}
