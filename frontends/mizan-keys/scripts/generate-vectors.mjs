// Writes conformance/cache-key-vectors.json: inputs as JSON text (so that -0, exponents and big
// integers reach each implementation's own JSON parser), the RFC 8785 canonical form by the
// reference algorithm of RFC 8785 appendix (ECMAScript JSON.stringify for primitives, members
// sorted by UTF-16 code units), and HMAC-SHA256 by node:crypto. Run: node scripts/generate-vectors.mjs
import { createHmac } from 'node:crypto'
import { writeFileSync } from 'node:fs'

function reference(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return '[' + value.map(reference).join(',') + ']'
  return '{' + Object.keys(value).sort().map((k) => JSON.stringify(k) + ':' + reference(value[k])).join(',') + '}'
}

const S1 = 'mizan-vector-secret-0123456789abcdef'
const S2 = 'rotated-secret-for-the-second-key-ring!'
const FIXTURE = 'conformance-fixture-cache-secret-0123456789'
const fn = (name, params, rev = 1, perm = 'anon') => `{"fn":${JSON.stringify(name)},"params":${params},"rev":${rev},"perm":${JSON.stringify(perm)}}`
const ctx = (name, params, rev = 1, perm = 'anon') => `{"ctx":${JSON.stringify(name)},"params":${params},"rev":${rev},"perm":${JSON.stringify(perm)}}`

const cases = [
  ['empty params', S1, fn('site_settings', '{}')],
  ['empty params, context bundle', S1, ctx('global', '{}')],
  ['integer param', S1, fn('project_details', '{"projectId":7}')],
  ['integer written with a fraction', S1, fn('project_details', '{"projectId":7.0}')],
  ['integer written with an exponent', S1, fn('project_details', '{"projectId":7e0}')],
  ['negative zero', S1, fn('temperature', '{"delta":-0}')],
  ['negative zero as a double', S1, fn('temperature', '{"delta":-0.0}')],
  ['large exponent', S1, fn('measure', '{"x":1e30}')],
  ['upper-case exponent with sign', S1, fn('measure', '{"x":1E+21}')],
  ['just below the exponent threshold', S1, fn('measure', '{"x":123456789012345680000}')],
  ['small exponent', S1, fn('measure', '{"x":0.0000001}')],
  ['1e-6 stays positional', S1, fn('measure', '{"x":0.000001}')],
  ['shortest round-trip digits', S1, fn('measure', '{"x":0.1}')],
  ['a third', S1, fn('measure', '{"x":333333333.33333329}')],
  ['largest double', S1, fn('measure', '{"x":1.7976931348623157e308}')],
  ['smallest subnormal', S1, fn('measure', '{"x":5e-324}')],
  ['2^53', S1, fn('measure', '{"x":9007199254740992}')],
  ['2^53 + 1 parses to 2^53', S1, fn('measure', '{"x":9007199254740993}')],
  ['big id keyed as a string', S1, fn('measure', '{"x":"9007199254740993"}')],
  ['thirty-digit integer', S1, fn('measure', '{"x":123456789012345678901234567890}')],
  ['negative fraction', S1, fn('measure', '{"x":-1.5}')],
  ['number array', S1, fn('measure', '{"xs":[1,-0,1e-7,1e21,0.5]}')],
  ['string with quote and backslash', S1, fn('search', '{"q":"say \\"hi\\" \\\\ bye"}')],
  ['control characters', S1, fn('search', '{"q":"\\b\\f\\n\\r\\t\\u0001\\u001f"}')],
  ['slash and DEL are not escaped', S1, fn('search', '{"q":"a\\/b\\u007f"}')],
  ['escaped letters are unescaped', S1, fn('search', '{"q":"\\u0041\\u00e9"}')],
  ['non-ASCII', S1, fn('search', '{"q":"Grüße, Ærøskøbing, 東京"}')],
  ['surrogate pair', S1, fn('search', '{"q":"\\ud83d\\ude00 smile"}')],
  ['emoji written raw', S1, fn('search', '{"q":"🎉"}')],
  ['key order by UTF-16 code units', S1, fn('sorted', '{"\\u20ac":1,"\\r":2,"\\ud83d\\ude00":3,"1":4,"\\u0080":5,"\\u00f6":6,"a":7,"A":8}')],
  ['supplementary key sorts before U+FB33', S1, fn('sorted', '{"\\ufb33":1,"\\ud800\\udc00":2}')],
  ['params keys sorted', S1, fn('project_tasks', '{"status":"open","projectId":7,"limit":20}')],
  ['nested params', S1, fn('report', '{"filter":{"tags":["b","a"],"range":{"to":"2026-12-31","from":"2026-01-01"},"active":true,"owner":null}}')],
  ['deeply nested arrays', S1, fn('report', '{"grid":[[1,[2,[3,{"z":[],"y":{}}]]]]}')],
  ['booleans and null', S1, fn('flags', '{"on":true,"off":false,"none":null}')],
  ['whitespace in the input is dropped', S1, ' { "fn" : "flags" , "params" : { "on" : true } , "rev" : 1 , "perm" : "anon" } '],
  ['perm auth', S1, fn('project_details', '{"projectId":7}', 1, 'auth')],
  ['perm staff', S1, fn('project_details', '{"projectId":7}', 1, 'staff')],
  ['perm superuser', S1, fn('project_details', '{"projectId":7}', 1, 'superuser')],
  ['perm user', S1, fn('my_tasks', '{}', 1, 'user:42')],
  ['perm user with a non-ASCII id', S1, fn('my_tasks', '{}', 1, 'user:zoë')],
  ['rev bump 1 → 2', S1, fn('project_details', '{"projectId":7}', 2)],
  ['rev bump 2 → 3, context', S1, ctx('project', '{"projectId":7}', 3)],
  ['rev zero', S1, fn('project_details', '{"projectId":7}', 0)],
  ['second secret (rotation)', S2, fn('project_details', '{"projectId":7}')],
  ['second secret, staff', S2, fn('project_details', '{"projectId":7}', 1, 'staff')],
  ['context bundle, staff', S1, ctx('project', '{"projectId":7}', 3, 'staff')],
  ['date and uuid params as strings', S1, fn('day', '{"on":"2026-11-30","id":"0f8fad5b-d9cb-469f-a165-70867728950e"}')],
  // Inputs of the conformance fixture's cached context: the probe asks the server for these and
  // compares the keys it reports (X-Mizan-Cache-Keys) with the expected ones.
  ['fixture: catalog item, anonymous', FIXTURE, fn('catalog_item', '{"itemId":7}', 1, 'anon')],
  ['fixture: catalog item, leading zero binds to 7', FIXTURE, fn('catalog_item', '{"itemId":7}', 1, 'auth')],
  ['fixture: catalog item, staff', FIXTURE, fn('catalog_item', '{"itemId":12}', 1, 'staff')],
  ['fixture: catalog item, superuser', FIXTURE, fn('catalog_item', '{"itemId":12}', 1, 'superuser')],
  ['fixture: catalog price, anonymous', FIXTURE, fn('catalog_price', '{"itemId":7}', 2, 'anon')],
  ['fixture: my cart, per user', FIXTURE, fn('my_cart', '{}', 1, 'user:alice')],
]

const vectors = cases.map(([name, secret, text]) => {
  const canonical = reference(JSON.parse(text))
  const key = createHmac('sha256', Buffer.from(secret, 'utf8')).update(canonical, 'utf8').digest('hex')
  return { name, secret, input: text, canonical, key }
})

const out = new URL('../../../conformance/cache-key-vectors.json', import.meta.url)
const doc = {
  description:
    'Mizan cache key vectors (MIZAN.md §5): key = lowercase hex HMAC-SHA256(UTF-8 secret, RFC 8785 canonical JSON of input). ' +
    '`input` is JSON text, parsed by the implementation under test; `canonical` is the expected RFC 8785 form; `key` the expected key.',
  vectors,
}
writeFileSync(out, JSON.stringify(doc, null, 2) + '\n')
console.log(`${vectors.length} vectors written to ${out.pathname}`)
