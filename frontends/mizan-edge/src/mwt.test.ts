import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { deriveMwtKey, importMwtKeys, verifyMwt } from './mwt.js'

type Vector = { name: string; token: string; valid: boolean; perm?: string; reason?: string }
type File = {
  now: number
  skew: number
  secrets: { current: string; previous: string }
  keys: { secret: string; kid: string; key: string }[]
  vectors: Vector[]
}

const file = JSON.parse(readFileSync(new URL('../../../conformance/mwt-vectors.json', import.meta.url), 'utf8')) as File

describe('the MWT vector file', () => {
  it('covers every refusal the contract names', () => {
    const names = file.vectors.map((v) => v.name).join('\n')
    expect(file.vectors.length).toBeGreaterThanOrEqual(30)
    for (const needle of ['expired', 'not yet valid', 'unknown kid', 'tampered payload', 'alg none', 'HS/RS confusion', 'wrong typ']) {
      expect(names).toContain(needle)
    }
  })

  it.each(file.keys.map((k) => [k.kid, k] as const))('derives the key %s from its secret', async (_kid, k) => {
    const derived = await deriveMwtKey(k.secret)
    expect(derived.kid).toBe(k.kid)
    expect([...derived.key].map((b) => b.toString(16).padStart(2, '0')).join('')).toBe(k.key)
  })

  it.each(file.vectors.map((v) => [v.name, v] as const))('%s', async (_name, v) => {
    const keys = await importMwtKeys([file.secrets.current, file.secrets.previous])
    const verdict = await verifyMwt(v.token, keys, file.now, file.skew)
    expect(verdict.valid).toBe(v.valid)
    if (verdict.valid) expect(verdict.perm).toBe(v.perm)
  })

  it('refuses a token of a dropped key once the rotation is over', async () => {
    const rotated = await importMwtKeys([file.secrets.current])
    const byPrevious = file.vectors.find((v) => v.name.includes('previous key'))!
    expect((await verifyMwt(byPrevious.token, rotated, file.now, file.skew)).valid).toBe(false)
  })
})
