export { createEdge, type EdgeHandler, type EdgeOptions, type EdgeOutcome } from './handler.js'
export { bindParam, bindQuery, checkManifest, type EdgeManifest, type ManifestContext, type ManifestParam } from './manifest.js'
export { deriveMwtKey, importMwtKeys, verifyMwt, type MwtKeyring, type MwtVerdict, type PermClass } from './mwt.js'
export { MemoryStore, type EdgeStore, type PurgeMarks, type StoredAnswer, type StoredEntry } from './store.js'
