/** A pending timer, as returned by {@link Scheduler.setTimeout}. */
export type TimerHandle = ReturnType<typeof globalThis.setTimeout>

/** Time and scheduling, injectable so tests can drive them. */
export interface Scheduler {
  setTimeout(callback: () => void, ms: number): TimerHandle
  clearTimeout(handle: TimerHandle): void
}

/** The global timers, looked up on each use so fake timers installed later still apply. */
export const defaultScheduler: Scheduler = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle),
}
