import { useEffect } from 'react'

interface Failure { readonly status: number }

/**
 * A signed-out or expired session shows up as a 401 from any function; the user is sent to the
 * sign-in page, which brings them back here afterwards.
 */
export function useSignInWhenUnauthorized(error: Failure | null | undefined): void {
  const unauthorized = error?.status === 401
  useEffect(() => {
    if (unauthorized) window.location.assign('/login')
  }, [unauthorized])
}
