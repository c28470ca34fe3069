export { DEFAULT_BASE_URL, type MizanOptions, getMizanClient, setMizanClient } from './client.js'
export { type MutationRune, useCall } from './call.svelte.js'
export { type ContextRune, useContextState } from './context-state.svelte.js'
export { type MizanEscapeHatch, useMizan } from './use-mizan.js'
