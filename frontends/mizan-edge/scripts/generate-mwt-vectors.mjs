// Writes conformance/mwt-vectors.json: the MWT keys derived from two secrets (current and previous)
// and pinned tokens, each with the verdict every implementation must reach at the file's `now`.
// Signatures by node:crypto, independent of the Java (nimbus-jose-jwt) and TypeScript (Web Crypto)
// implementations under test. Run: node scripts/generate-mwt-vectors.mjs
import { createHmac } from 'node:crypto'
import { writeFileSync } from 'node:fs'

const CURRENT = 'mwt-vector-secret-current-0123456789abcdef'
const PREVIOUS = 'mwt-vector-secret-previous-0123456789abcdef'
const FOREIGN = 'a-secret-nobody-configured-0123456789abcdef'
const NOW = 1800000000
const SKEW = 30

const hmac = (key, data, alg = 'sha256') => createHmac(alg, key).update(data).digest()
const derive = (secret) => ({
  secret,
  kid: hmac(Buffer.from(secret, 'utf8'), 'mizan:mwt:kid').toString('hex').slice(0, 16),
  key: hmac(Buffer.from(secret, 'utf8'), 'mizan:mwt:key'),
})
const current = derive(CURRENT)
const previous = derive(PREVIOUS)
const foreign = derive(FOREIGN)

const b64 = (s) => Buffer.from(s, 'utf8').toString('base64url')
const header = (fields) => b64(JSON.stringify(fields))
const claims = (fields) => b64(JSON.stringify(fields))
const sign = (h, p, key, alg = 'sha256') => `${h}.${p}.${hmac(key, `${h}.${p}`, alg).toString('base64url')}`
const std = (kid = current.kid) => ({ alg: 'HS256', kid, typ: 'mwt+jwt' })
const ok = (perm) => ({ perm, iat: NOW - 60, exp: NOW + 540 })
const token = (h, p, key = current.key, alg) => sign(header(h), claims(p), key, alg)

const valid = (name, t, perm) => ({ name, token: t, valid: true, perm })
const invalid = (name, t, reason) => ({ name, token: t, valid: false, reason })

const good = token(std(), ok('auth'))
const [gh, gp, gs] = good.split('.')
const vectors = [
  valid('valid, auth', good, 'auth'),
  valid('valid, anon', token(std(), ok('anon')), 'anon'),
  valid('valid, staff', token(std(), ok('staff')), 'staff'),
  valid('valid, superuser', token(std(), ok('superuser')), 'superuser'),
  valid('valid under the previous key (rotation)', token(std(previous.kid), ok('staff'), previous.key), 'staff'),
  valid('header members in another order', sign(b64(`{"typ":"mwt+jwt","kid":"${current.kid}","alg":"HS256"}`), claims(ok('auth')), current.key), 'auth'),
  valid('expired within the clock skew', token(std(), { perm: 'auth', iat: NOW - 600, exp: NOW - SKEW + 5 }), 'auth'),
  valid('issued within the clock skew ahead', token(std(), { perm: 'auth', iat: NOW + SKEW - 5, exp: NOW + 600 }), 'auth'),
  invalid('expired', token(std(), { perm: 'auth', iat: NOW - 1200, exp: NOW - 600 }), 'expired'),
  invalid('expired just beyond the skew', token(std(), { perm: 'auth', iat: NOW - 600, exp: NOW - SKEW }), 'expired'),
  invalid('not yet valid (issued in the future)', token(std(), { perm: 'auth', iat: NOW + 600, exp: NOW + 1200 }), 'not yet valid'),
  invalid('unknown kid', token(std('0000000000000000'), ok('auth')), 'unknown kid'),
  invalid('missing kid', token({ alg: 'HS256', typ: 'mwt+jwt' }, ok('auth')), 'header'),
  invalid('right kid, signed with a foreign secret', token(std(), ok('superuser'), foreign.key), 'signature'),
  invalid('kid of the previous key, signed with the current one', token(std(previous.kid), ok('auth')), 'signature'),
  invalid('tampered payload (perm raised, signature kept)', `${gh}.${claims(ok('superuser'))}.${gs}`, 'signature'),
  invalid('tampered header (kid swapped, signature kept)', `${header(std(previous.kid))}.${gp}.${gs}`, 'signature'),
  invalid('signature cut', `${gh}.${gp}.`, 'signature'),
  invalid('signature of another token', `${gh}.${gp}.${token(std(), ok('anon')).split('.')[2]}`, 'signature'),
  invalid('alg none, no signature', `${header({ alg: 'none', kid: current.kid, typ: 'mwt+jwt' })}.${claims(ok('superuser'))}.`, 'alg'),
  invalid('alg none, signature kept', `${header({ alg: 'none', kid: current.kid, typ: 'mwt+jwt' })}.${claims(ok('superuser'))}.${gs}`, 'alg'),
  invalid('alg None (case)', token({ alg: 'None', kid: current.kid, typ: 'mwt+jwt' }, ok('superuser')), 'alg'),
  invalid('HS/RS confusion: RS256 header, HMAC signature', token({ alg: 'RS256', kid: current.kid, typ: 'mwt+jwt' }, ok('superuser')), 'alg'),
  invalid('HS512 with the right key', token({ alg: 'HS512', kid: current.kid, typ: 'mwt+jwt' }, ok('auth'), current.key, 'sha512'), 'alg'),
  invalid('wrong typ (JWT)', token({ alg: 'HS256', kid: current.kid, typ: 'JWT' }, ok('auth')), 'typ'),
  invalid('wrong typ (an access token)', token({ alg: 'HS256', kid: current.kid, typ: 'at+jwt' }, ok('auth')), 'typ'),
  invalid('missing typ', token({ alg: 'HS256', kid: current.kid }, ok('auth')), 'typ'),
  invalid('crit header', token({ alg: 'HS256', crit: ['exp'], kid: current.kid, typ: 'mwt+jwt' }, ok('auth')), 'header'),
  invalid('perm names one user', token(std(), ok('user:42')), 'perm'),
  invalid('perm unknown', token(std(), ok('root')), 'perm'),
  invalid('perm missing', token(std(), { iat: NOW - 60, exp: NOW + 540 }), 'perm'),
  invalid('perm not a string', token(std(), { perm: ['staff'], iat: NOW - 60, exp: NOW + 540 }), 'perm'),
  invalid('exp missing', token(std(), { perm: 'auth', iat: NOW - 60 }), 'exp'),
  invalid('exp as a string', token(std(), { perm: 'auth', iat: NOW - 60, exp: String(NOW + 540) }), 'exp'),
  invalid('iat missing', token(std(), { perm: 'auth', exp: NOW + 540 }), 'iat'),
  invalid('two segments', `${gh}.${gp}`, 'format'),
  invalid('four segments', `${good}.${gs}`, 'format'),
  invalid('padded base64', `${gh}.${gp}=.${gs}`, 'format'),
  invalid('standard base64 alphabet', `${gh}.${gp}.${gs.replaceAll('-', '+').replaceAll('_', '/')}+`, 'format'),
  invalid('header not JSON', sign(b64('not json'), claims(ok('auth')), current.key), 'header'),
  invalid('payload not JSON', sign(header(std()), b64('{"perm":"auth",'), current.key), 'payload'),
  invalid('empty', '', 'format'),
]

const file = {
  description:
    'Mizan Web Token vectors (MIZAN.md §5 MWT). key = HMAC-SHA256(UTF-8 secret, "mizan:mwt:key"); kid = first 16 hex digits of HMAC-SHA256(UTF-8 secret, "mizan:mwt:kid"). A token is valid at `now` (seconds) iff it is a compact JWS of three base64url segments without padding, its header has exactly alg "HS256", typ "mwt+jwt" and the kid of a configured key, its HS256 signature verifies under that key, and its payload has perm one of anon/auth/staff/superuser, numeric iat and exp with iat <= now + skew and now < exp + skew. `reason` names the first failed check, informative only.',
  now: NOW,
  skew: SKEW,
  secrets: { current: CURRENT, previous: PREVIOUS },
  keys: [current, previous].map((k) => ({ secret: k.secret, kid: k.kid, key: k.key.toString('hex') })),
  vectors,
}
writeFileSync(new URL('../../../conformance/mwt-vectors.json', import.meta.url), JSON.stringify(file, null, 2) + '\n')
console.log(`wrote ${vectors.length} MWT vectors`)
