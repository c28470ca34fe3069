import { canonicalize, type JsonValue } from './jcs.js'

/** The four members a cache key is derived from: a function (`fn`) or a whole context bundle (`ctx`). */
export type KeyInput =
  | { fn: string; params: { [param: string]: JsonValue }; rev: number; perm: string }
  | { ctx: string; params: { [param: string]: JsonValue }; rev: number; perm: string }

const encoder = new TextEncoder()

/** The canonical input of a key: RFC 8785 JSON of `{fn|ctx, params, rev, perm}`. */
export function canonicalInput(input: KeyInput): string {
  return canonicalize(input as unknown as JsonValue)
}

/** Imports a secret (its UTF-8 bytes) as an HMAC-SHA256 signing key, once per secret. */
export function importSecret(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
}

/** HMAC-SHA256 of the canonical input under the key, as lowercase hex (MIZAN.md §5 cache key). */
export async function cacheKey(key: CryptoKey, input: KeyInput): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(canonicalInput(input)))
  let hex = ''
  for (const byte of new Uint8Array(mac)) {
    hex += byte.toString(16).padStart(2, '0')
  }
  return hex
}
