// Calls every sample function of the type-fidelity fixture through the generated client, sends
// each value back to the matching accept function (which answers whether the server read exactly
// the sample), and checks hand-written arguments typed by the generated types. Prints each raw
// sample answer as `SAMPLE <function> <json>` for the suite to type-check, then "ok".
// Usage: node roundtrip.mjs BASE_URL
import {
  callAcceptBag,
  callAcceptCalendar,
  callAcceptCircle,
  callAcceptCollections,
  callAcceptContacts,
  callAcceptLongIds,
  callAcceptMoney,
  callAcceptNullables,
  callAcceptPage,
  callAcceptRenamed,
  callAcceptResults,
  callAcceptScalars,
  callSampleBag,
  callSampleCalendar,
  callSampleCircle,
  callSampleCollections,
  callSampleContacts,
  callSampleLongIds,
  callSampleMoney,
  callSampleNullables,
  callSamplePage,
  callSampleRaw,
  callSampleRenamed,
  callSampleResults,
  callSampleScalars,
  configureMizan,
} from './generated/index'

declare const process: { argv: string[]; exitCode: number | undefined }

// Node's fetch keeps no cookies; the kernel's CSRF handling needs the session cookie back.
const jar = new Map<string, string>()
const recordingFetch: typeof fetch = async (input, init) => {
  const headers = new Headers(init?.headers)
  if (jar.size > 0) headers.set('Cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '))
  const response = await fetch(input, { ...init, headers })
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0] ?? ''
    const eq = pair.indexOf('=')
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim())
  }
  const fn = typeof init?.body === 'string' ? (JSON.parse(init.body) as { function?: unknown }).function : undefined
  if (typeof fn === 'string' && fn.startsWith('sample_')) {
    const raw = await response.clone().text()
    console.log(`SAMPLE ${fn} ${raw.replace(/\n/g, ' ')}`)
  }
  return response
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`check failed: ${what}`)
}

async function roundTrips(): Promise<void> {
  check(await callAcceptScalars({ value: await callSampleScalars() }), 'scalars')
  check(await callAcceptPage({ value: await callSamplePage() }), 'a generic record of a union')
  check(await callAcceptCircle({ value: await callSampleCircle() }), 'a union variant on its own')
  check(await callAcceptNullables({ value: await callSampleNullables() }), 'nullables')
  check(await callAcceptRenamed({ value: await callSampleRenamed() }), 'renames, ignores, unwrapping')
  check(await callAcceptCollections({ value: await callSampleCollections() }), 'maps, sets, @JsonValue')
  check(await callAcceptLongIds({ value: await callSampleLongIds() }), 'longs as strings')
  check(await callAcceptMoney({ value: await callSampleMoney() }), 'big numbers')
  check(await callAcceptBag({ value: await callSampleBag() }), 'flattened any-properties')
  check(await callAcceptResults({ value: await callSampleResults() }), 'a generic union')
  check(await callAcceptContacts({ value: await callSampleContacts() }), 'a wrapper-object union')
  check(await callAcceptCalendar({ value: await callSampleCalendar() }), 'maps keyed by java.time values')
  const raw = await callSampleRaw()
  check(JSON.stringify(raw.payload) === '{"nested":[1,true,null]}', 'raw JSON arrives as JSON')
}

async function handWritten(): Promise<void> {
  check(await callAcceptCircle({ value: { type: 'circle', radius: 1.5 } }), 'a hand-written variant with its tag')
  check(
    await callAcceptMoney({
      value: {
        amount: '12345678901234567890.1200',
        units: '123456789012345678901234567890',
        history: ['0.10', '1000'],
      },
    }),
    'hand-written big numbers',
  )
  check(
    await callAcceptLongIds({ value: { id: '9007199254740993', related: ['1', '9223372036854775807'], plain: 12 } }),
    'hand-written string ids',
  )
  check(await callAcceptBag({ value: { name: 'bag', apples: 3, pears: 0 } }), 'hand-written flattened properties')
  check(
    await callAcceptContacts({ value: [{ email: { address: 'a@example.invalid' } }, { sms: { phone: '+100' } }] }),
    'hand-written wrapper objects',
  )
  check(
    await callAcceptResults({ value: [{ status: 'ok', value: 'done' }, { status: 'failed', reason: 'timeout' }] }),
    'hand-written generic union',
  )
  check(
    await callAcceptNullables({ value: { maybe: null, gaps: ['a', null, 'c'], count: 3 } }),
    'an omitted optional field',
  )
  check(!(await callAcceptCircle({ value: { type: 'circle', radius: 2 } })), 'a different value is told apart')
}

async function bigNumbers(): Promise<void> {
  const money = await callSampleMoney()
  check(money.amount === '12345678901234567890.1200', `decimal digits and scale kept: ${money.amount}`)
  check(BigInt(money.units) === 123456789012345678901234567890n, `integer beyond 2^53 kept: ${money.units}`)
  check(money.history[0] === '0.10', 'trailing zero kept')
  const ids = await callSampleLongIds()
  check(BigInt(ids.id) === 9007199254740993n, `64-bit id beyond 2^53 kept: ${ids.id}`)
  check(ids.related[1] === '9223372036854775807', 'Long.MAX_VALUE kept')
}

async function main(baseUrl: string): Promise<void> {
  configureMizan({ baseUrl, fetch: recordingFetch })
  await roundTrips()
  await handWritten()
  await bigNumbers()
}

main(process.argv[2] ?? '').then(
  () => console.log('ok'),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exitCode = 1
  },
)
