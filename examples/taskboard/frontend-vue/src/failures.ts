interface Failure { readonly status: number; readonly code: string }

/** A failure in words a user can act on. */
export function describeFailure(error: Failure): string {
  switch (error.code) {
    case 'FORBIDDEN':
      return 'Not allowed: your account may not do this.'
    case 'NOT_FOUND':
      return 'This no longer exists; reload the page.'
    case 'NETWORK_ERROR':
      return 'The server cannot be reached; try again in a moment.'
    case 'VALIDATION_FAILED':
      return 'Check the highlighted fields.'
    default:
      return 'Something went wrong; try again.'
  }
}
