export { DEFAULT_BASE_URL, MizanProvider, type MizanProviderProps, useMizanClient } from './provider.js'
export { type CallState, useCall } from './use-call.js'
export { useContextState } from './use-context-state.js'
export { type MizanEscapeHatch, useMizan } from './use-mizan.js'
