import { MizanClient } from '@mizan/base'
import { type JSX, type ReactNode, createContext, createElement, useContext, useState } from 'react'

/** The base path of the wire protocol when none is given. */
export const DEFAULT_BASE_URL = '/api/mizan'

const ClientContext = createContext<MizanClient | null>(null)

/** Props of {@link MizanProvider}: an existing client, or a base URL to make one from. */
export interface MizanProviderProps {
  client?: MizanClient
  baseUrl?: string
  children: ReactNode
}

/**
 * Puts a {@link MizanClient} in React context. Without `client` it creates one for `baseUrl`
 * (default `/api/mizan`) on first render and keeps it for the provider's life.
 */
export function MizanProvider(props: MizanProviderProps): JSX.Element {
  const [own] = useState(() => props.client ?? new MizanClient({ baseUrl: props.baseUrl ?? DEFAULT_BASE_URL }))
  return createElement(ClientContext.Provider, { value: props.client ?? own }, props.children)
}

/** The client of the nearest {@link MizanProvider}; throws outside one. */
export function useMizanClient(): MizanClient {
  const client = useContext(ClientContext)
  if (client === null) throw new Error('useMizanClient must be used inside a <MizanProvider>')
  return client
}
