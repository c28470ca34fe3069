import { type Ref, watchEffect } from 'vue'

interface Failure { readonly status: number }

/**
 * A signed-out or expired session shows up as a 401 from any function; the user is sent to the
 * sign-in page, which brings them back here afterwards.
 */
export function useSignInWhenUnauthorized(...errors: Array<Readonly<Ref<Failure | null | undefined>>>): void {
  watchEffect(() => {
    if (errors.some((e) => e.value?.status === 401)) window.location.assign('/login')
  })
}
