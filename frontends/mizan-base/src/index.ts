export { type BearerOptions, BearerSession, type TokenPair, isExpiredToken } from './bearer.js'
export { type CallOptions, MizanClient, type MizanClientOptions, type RequestOptions } from './client.js'
export { MizanError, type ErrorCode, type FieldErrors, type MizanErrorInit, errorFromEnvelope, toMizanError } from './error.js'
export { parseInvalidateHeader } from './header.js'
export { type LiveOptions, type LiveSocketLike, type LiveStatus } from './live.js'
export { contextKey, encodeParam, queryString } from './key.js'
export { type Scheduler, type TimerHandle, defaultScheduler } from './scheduler.js'
export type {
  ContextDescriptor,
  ContextState,
  ContextStatus,
  DehydratedState,
  InvalidateEntry,
  Json,
  MergeEntry,
  Params,
  Session,
} from './types.js'
export {
  type MutateOptions,
  MutationController,
  type MutationState,
  type MutationStatus,
} from './mutation.js'
export { ContextObserver, observedState } from './observer.js'
export { type UploadProgress, hasUploads, multipartBody } from './upload.js'
