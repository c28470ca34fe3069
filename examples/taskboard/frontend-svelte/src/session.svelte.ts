interface Failure { readonly status: number }

/**
 * A signed-out or expired session shows up as a 401 from any function; the user is sent to the
 * sign-in page, which brings them back here afterwards. `errors` reads the failures to watch.
 */
export function signInWhenUnauthorized(errors: () => Array<Failure | null | undefined>): void {
  $effect(() => {
    if (errors().some((e) => e?.status === 401)) window.location.assign('/login')
  })
}
