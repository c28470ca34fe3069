// Mizan Web Tokens (MIZAN.md §5 "MWT"): strict HS256 verification over Web Crypto only, identical
// to the Java core's (both pinned by conformance/mwt-vectors.json).

/** A permission class an MWT can carry. */
export type PermClass = 'anon' | 'auth' | 'staff' | 'superuser'

/** The keys tokens may be signed with: the current secret's and, during a rotation, the previous one's. */
export type MwtKeyring = ReadonlyMap<string, CryptoKey>

/** The outcome of a verification. */
export type MwtVerdict = { valid: true; perm: PermClass; iat: number; exp: number } | { valid: false; reason: string }

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })
const COMPACT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/
const CLASSES: ReadonlySet<string> = new Set(['anon', 'auth', 'staff', 'superuser'])

async function hmac(secret: string, data: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(data)))
}

function hex(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += b.toString(16).padStart(2, '0')
  return out
}

/** The key id and raw key derived from a secret: HMAC-SHA256(secret, "mizan:mwt:kid"/"mizan:mwt:key"). */
export async function deriveMwtKey(secret: string): Promise<{ kid: string; key: Uint8Array }> {
  if (secret.length === 0) throw new Error('an MWT secret must not be empty')
  return { kid: hex(await hmac(secret, 'mizan:mwt:kid')).slice(0, 16), key: await hmac(secret, 'mizan:mwt:key') }
}

/** The keyring of the given secrets, the current one first. */
export async function importMwtKeys(secrets: readonly string[]): Promise<MwtKeyring> {
  const ring = new Map<string, CryptoKey>()
  for (const secret of secrets) {
    const { kid, key } = await deriveMwtKey(secret)
    if (!ring.has(kid)) {
      ring.set(kid, await crypto.subtle.importKey('raw', key as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']))
    }
  }
  return ring
}

function base64url(segment: string): Uint8Array {
  const b64 = segment.replaceAll('-', '+').replaceAll('_', '/')
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4))
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

function json(segment: string): unknown {
  try {
    return JSON.parse(decoder.decode(base64url(segment)))
  } catch {
    return undefined
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Verifies a token at `now` (seconds): three unpadded base64url segments, a header of exactly
 * `alg: HS256`, `typ: mwt+jwt` and a known `kid`, a valid signature, a class `perm`, numeric `iat`
 * and `exp` with `iat <= now + skew` and `now < exp + skew`.
 */
export async function verifyMwt(token: string | null | undefined, keys: MwtKeyring, now: number, skew = 30): Promise<MwtVerdict> {
  if (typeof token !== 'string' || !COMPACT.test(token)) return { valid: false, reason: 'format' }
  const [h, p, s] = token.split('.') as [string, string, string]
  let signature: Uint8Array
  try {
    signature = base64url(s)
  } catch {
    return { valid: false, reason: 'format' }
  }
  const header = json(h)
  if (!isObject(header)) return { valid: false, reason: 'header' }
  if (header.alg !== 'HS256') return { valid: false, reason: 'alg' }
  if (header.typ !== 'mwt+jwt') return { valid: false, reason: 'typ' }
  const names = Object.keys(header).sort()
  if (names.length !== 3 || names[0] !== 'alg' || names[1] !== 'kid' || names[2] !== 'typ') return { valid: false, reason: 'header' }
  const key = typeof header.kid === 'string' ? keys.get(header.kid) : undefined
  if (key === undefined) return { valid: false, reason: 'unknown kid' }
  const ok = await crypto.subtle.verify('HMAC', key, signature as BufferSource, encoder.encode(`${h}.${p}`))
  if (!ok) return { valid: false, reason: 'signature' }
  const claims = json(p)
  if (!isObject(claims)) return { valid: false, reason: 'payload' }
  const { perm, exp, iat } = claims
  if (typeof perm !== 'string' || !CLASSES.has(perm)) return { valid: false, reason: 'perm' }
  if (typeof exp !== 'number') return { valid: false, reason: 'exp' }
  if (typeof iat !== 'number') return { valid: false, reason: 'iat' }
  if (iat > now + skew) return { valid: false, reason: 'not yet valid' }
  if (!(now < exp + skew)) return { valid: false, reason: 'expired' }
  return { valid: true, perm: perm as PermClass, iat, exp }
}
