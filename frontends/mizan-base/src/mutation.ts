import type { MizanClient } from './client.js'
import { MizanError, toMizanError } from './error.js'
import type { Params } from './types.js'
import type { UploadProgress } from './upload.js'

/** Where a mutation stands: nothing called yet, the last call running, succeeded or failed. */
export type MutationStatus = 'idle' | 'pending' | 'success' | 'error'

/** The state of a mutation: the last call's arguments, result or error. Immutable snapshot. */
export interface MutationState<A, R, E extends MizanError = MizanError> {
  readonly status: MutationStatus
  /** the result of the last call that succeeded, until the next call starts or `reset()` */
  readonly data: R | undefined
  /** the arguments of the last call, from the moment it starts */
  readonly variables: A | undefined
  readonly error: E | null
  /** for a call with files: how much of the body has gone out (while pending, and after) */
  readonly progress: UploadProgress | undefined
  readonly isIdle: boolean
  readonly isPending: boolean
  readonly isSuccess: boolean
  readonly isError: boolean
}

/** Callbacks of one `mutate` call; they run only if this call is still the latest when it settles. */
export interface MutateOptions<A, R, E extends MizanError = MizanError> {
  onSuccess?: (data: R, variables: A) => void
  onError?: (error: E, variables: A) => void
  onSettled?: (data: R | undefined, error: E | null, variables: A) => void
}

const IDLE: MutationState<never, never, never> = stateOf<never, never, never>('idle', undefined, undefined, null)

function stateOf<A, R, E extends MizanError>(
  status: MutationStatus,
  data: R | undefined,
  variables: A | undefined,
  error: E | null,
  progress?: UploadProgress,
): MutationState<A, R, E> {
  return Object.freeze({
    status,
    data,
    variables,
    error,
    progress,
    isIdle: status === 'idle',
    isPending: status === 'pending',
    isSuccess: status === 'success',
    isError: status === 'error',
  })
}

/**
 * A server function bound as a mutation, framework-agnostic: the bindings (React, and any other)
 * subscribe to it and read {@link MutationController.getState}, which returns the same object
 * while nothing changed. The state follows the latest call: an earlier call that settles after a
 * later one started changes nothing (its promise still settles for `mutateAsync` callers).
 */
export class MutationController<A extends Params, R, E extends MizanError = MizanError> {
  private state: MutationState<A, R, E> = IDLE
  private latest = 0
  private inFlight: AbortController | undefined
  private readonly listeners = new Set<() => void>()

  constructor(
    private client: MizanClient,
    readonly fn: string,
  ) {}

  /** Points later calls at another client (a binding whose provider changed). */
  setClient(client: MizanClient): void {
    this.client = client
  }

  getState = (): MutationState<A, R, E> => this.state

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  /** Calls the function; resolves with the result or rejects with the {@link MizanError}. */
  mutateAsync = (variables: A): Promise<R> => this.run(variables, undefined)

  /**
   * Calls the function and never throws nor rejects: the outcome goes to the state and to the
   * callbacks of `options`. The right thing for event handlers (`onClick={() => m.mutate(args)}`).
   */
  mutate = (variables: A, options?: MutateOptions<A, R, E>): void => {
    this.run(variables, options).catch(() => undefined)
  }

  /** Aborts the running call (an upload stops sending); it settles with the `ABORTED` error. */
  cancel = (): void => {
    this.inFlight?.abort()
  }

  /** Back to idle: forgets data, variables and error; a running call no longer changes the state. */
  reset = (): void => {
    this.latest++
    this.set(IDLE)
  }

  private async run(variables: A, options: MutateOptions<A, R, E> | undefined): Promise<R> {
    const id = ++this.latest
    this.set(stateOf<A, R, E>('pending', undefined, variables, null))
    const abort = new AbortController()
    this.inFlight = abort
    let progress: UploadProgress | undefined
    const onUploadProgress = (next: UploadProgress) => {
      progress = next
      if (id === this.latest) this.set(stateOf<A, R, E>('pending', undefined, variables, null, next))
    }
    let result: R
    try {
      result = await this.client.call<R>(this.fn, variables, { signal: abort.signal, onUploadProgress })
    } catch (thrown) {
      if (this.inFlight === abort) this.inFlight = undefined
      const error = (thrown instanceof MizanError ? thrown : toMizanError(thrown)) as E
      if (id === this.latest) {
        this.set(stateOf<A, R, E>('error', undefined, variables, error, progress))
        callSafely(() => options?.onError?.(error, variables))
        callSafely(() => options?.onSettled?.(undefined, error, variables))
      }
      throw error
    }
    if (this.inFlight === abort) this.inFlight = undefined
    if (id === this.latest) {
      this.set(stateOf<A, R, E>('success', result, variables, null, progress))
      callSafely(() => options?.onSuccess?.(result, variables))
      callSafely(() => options?.onSettled?.(result, null, variables))
    }
    return result
  }

  private set(next: MutationState<A, R, E>): void {
    if (next === this.state) {
      return
    }
    this.state = next
    for (const listener of [...this.listeners]) {
      listener()
    }
  }
}

/** A callback that throws must not turn `mutate` into an unhandled rejection: report it instead. */
function callSafely(callback: () => void): void {
  try {
    callback()
  } catch (thrown) {
    queueMicrotask(() => {
      throw thrown
    })
  }
}
