import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const dir = fileURLToPath(new URL('.', import.meta.url))
const sources = readdirSync(dir)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => ({ name, text: readFileSync(dir + name, 'utf8') }))

describe('kernel sources', () => {
  it('never write to the console', () => {
    expect(sources.filter((s) => /\bconsole\./.test(s.text)).map((s) => s.name)).toEqual([])
  })

  it('never use any', () => {
    expect(sources.filter((s) => /(:|<|as)\s*any\b/.test(s.text)).map((s) => s.name)).toEqual([])
  })

  it('are found', () => {
    expect(sources.map((s) => s.name)).toContain('client.ts')
  })
})
