import { isRecord } from './guards.js'

/** Error codes: the server's closed table plus the client-side failures. */
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'VALIDATION_FAILED'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'PAYLOAD_TOO_LARGE'
  | 'NOT_IMPLEMENTED'
  | 'INTERNAL_ERROR'
  /** fetch rejected (status 0) */
  | 'NETWORK_ERROR'
  /** answer not JSON or not an envelope (status as received) */
  | 'INVALID_RESPONSE'
  /** aborted by signal or unmount (status 0) */
  | 'ABORTED'

const SERVER_CODES: ReadonlySet<string> = new Set([
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'PAYLOAD_TOO_LARGE',
  'NOT_IMPLEMENTED',
  'INTERNAL_ERROR',
])

function isServerCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && SERVER_CODES.has(code)
}

/** What a {@link MizanError} is made of. */
export interface MizanErrorInit<C extends ErrorCode> {
  status: number
  code: C
  message: string
  details?: Record<string, unknown>
  cause?: unknown
}

/**
 * The messages of a `VALIDATION_FAILED` answer by input path (`details.fields`). `F` is the union
 * of paths a function's input has (its generated `XFieldPath`), so a misspelt path does not
 * type-check; any path may be absent.
 */
export type FieldErrors<F extends string = string> = { readonly [P in F]?: string[] }

/**
 * The one error type of the kernel: every failed call or fetch rejects with it. `C` narrows the
 * codes, `F` the keys of {@link MizanError.fieldErrors}.
 */
export class MizanError<C extends ErrorCode = ErrorCode, F extends string = string> extends Error {
  readonly status: number
  readonly code: C
  readonly details: Record<string, unknown>
  /** details.fields for VALIDATION_FAILED, else {} */
  readonly fieldErrors: FieldErrors<F>

  constructor(init: MizanErrorInit<C>) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.name = 'MizanError'
    this.status = init.status
    this.code = init.code
    this.details = init.details ?? {}
    this.fieldErrors = init.code === 'VALIDATION_FAILED' ? (readFieldErrors(this.details['fields']) as FieldErrors<F>) : {}
  }
}

function readFieldErrors(fields: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  if (!isRecord(fields)) return out
  for (const [path, messages] of Object.entries(fields)) {
    if (typeof messages === 'string') out[path] = [messages]
    else if (Array.isArray(messages)) out[path] = messages.filter((m): m is string => typeof m === 'string')
  }
  return out
}

/**
 * Reads an error envelope `{"error": {"code", "message", "details"}}`; an answer that is not one,
 * or carries a code outside the table, becomes INVALID_RESPONSE with the HTTP status.
 */
export function errorFromEnvelope(status: number, body: unknown): MizanError {
  const error = isRecord(body) ? body['error'] : undefined
  if (!isRecord(error) || !isServerCode(error['code'])) {
    return new MizanError({ status, code: 'INVALID_RESPONSE', message: `Unexpected answer with HTTP status ${status}` })
  }
  const message = typeof error['message'] === 'string' ? error['message'] : error['code']
  const details = isRecord(error['details']) ? error['details'] : {}
  return new MizanError({ status, code: error['code'], message, details })
}

/** Turns anything thrown while talking to the server into a MizanError. */
export function toMizanError(error: unknown, signal?: AbortSignal): MizanError {
  if (error instanceof MizanError) return error
  if (signal?.aborted === true || errorName(error) === 'AbortError') {
    return new MizanError({ status: 0, code: 'ABORTED', message: 'The request was aborted', cause: error })
  }
  const message = error instanceof Error ? error.message : String(error)
  return new MizanError({ status: 0, code: 'NETWORK_ERROR', message: message || 'Network failure', cause: error })
}

function errorName(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined
}
