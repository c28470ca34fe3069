export { DEFAULT_BASE_URL, type MizanPlugin, type MizanPluginOptions, createMizan, provideMizanClient, useMizanClient } from './plugin.js'
export { type MutationRefs, useCall } from './use-call.js'
export { type ContextRefs, useContextState } from './use-context-state.js'
export { type MizanEscapeHatch, useMizan } from './use-mizan.js'
