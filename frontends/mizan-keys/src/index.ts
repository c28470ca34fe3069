export { canonicalize, type JsonValue } from './jcs.js'
export { cacheKey, canonicalInput, importSecret, type KeyInput } from './keys.js'
