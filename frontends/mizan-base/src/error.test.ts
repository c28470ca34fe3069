import { describe, expect, it } from 'vitest'
import { MizanError, errorFromEnvelope, toMizanError } from './error.js'

describe('errorFromEnvelope', () => {
  it('reads code, message and details with the HTTP status', () => {
    const error = errorFromEnvelope(404, { error: { code: 'NOT_FOUND', message: 'no such function', details: { function: 'x' } } })
    expect(error).toBeInstanceOf(MizanError)
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND', message: 'no such function', details: { function: 'x' } })
    expect(error.fieldErrors).toEqual({})
    expect(error.name).toBe('MizanError')
  })

  it('exposes field errors of a validation failure', () => {
    const error = errorFromEnvelope(422, {
      error: { code: 'VALIDATION_FAILED', message: 'invalid', details: { fields: { title: ['must not be blank'], 'a.b': 'too long', bad: 3 } } },
    })
    expect(error.fieldErrors).toEqual({ title: ['must not be blank'], 'a.b': ['too long'] })
  })

  it('defaults missing message and details', () => {
    const error = errorFromEnvelope(500, { error: { code: 'INTERNAL_ERROR' } })
    expect(error).toMatchObject({ message: 'INTERNAL_ERROR', details: {} })
  })

  it('turns an unknown code or a non-envelope into INVALID_RESPONSE with the status', () => {
    expect(errorFromEnvelope(418, { error: { code: 'TEAPOT' } })).toMatchObject({ status: 418, code: 'INVALID_RESPONSE' })
    expect(errorFromEnvelope(500, ['x'])).toMatchObject({ status: 500, code: 'INVALID_RESPONSE' })
    expect(errorFromEnvelope(502, undefined)).toMatchObject({ status: 502, code: 'INVALID_RESPONSE' })
  })
})

describe('toMizanError', () => {
  it('keeps a MizanError', () => {
    const error = new MizanError({ status: 400, code: 'BAD_REQUEST', message: 'x' })
    expect(toMizanError(error)).toBe(error)
  })

  it('turns an abort into ABORTED with status 0', () => {
    expect(toMizanError(new DOMException('stop', 'AbortError'))).toMatchObject({ status: 0, code: 'ABORTED' })
    const controller = new AbortController()
    controller.abort()
    expect(toMizanError(new TypeError('x'), controller.signal)).toMatchObject({ code: 'ABORTED' })
  })

  it('turns anything else into NETWORK_ERROR with status 0 and keeps the cause', () => {
    const cause = new TypeError('fetch failed')
    const error = toMizanError(cause)
    expect(error).toMatchObject({ status: 0, code: 'NETWORK_ERROR', message: 'fetch failed' })
    expect(error.cause).toBe(cause)
    expect(toMizanError('boom')).toMatchObject({ code: 'NETWORK_ERROR', message: 'boom' })
  })
})
