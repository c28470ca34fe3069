import { useEffect, useState } from 'react'

type FormToken = { parameterName: string; token: string }

/**
 * The sign-in page (`/login`, declared `static` in BoardPages.java, docs/pages.md): rendered once
 * by the server for nobody and served as is. What differs per visitor is fetched after load: the
 * form's CSRF token (`/login/token`, bound to the visitor's session; the button waits for it) and
 * the notice of `?error` or `?logout`.
 */
export function SignInPage() {
  const [token, setToken] = useState<FormToken | null>(null)
  const [notice, setNotice] = useState<'error' | 'logout' | null>(null)
  useEffect(() => {
    const query = new URLSearchParams(window.location.search)
    setNotice(query.has('error') ? 'error' : query.has('logout') ? 'logout' : null)
    void fetch('/login/token', { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then((r) => (r.ok ? (r.json() as Promise<FormToken>) : null))
      .then(setToken)
  }, [])
  return (
    <div className="sign-in">
      <form method="post" action="/login">
        <h1>Task board</h1>
        {notice === 'error' ? <p className="error" role="alert">Wrong username or password.</p> : null}
        {notice === 'logout' ? <p className="notice" role="status">You are signed out.</p> : null}
        <label htmlFor="username">Username</label>
        <input id="username" name="username" autoComplete="username" required autoFocus />
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        {token ? <input type="hidden" name={token.parameterName} value={token.token} /> : null}
        <button type="submit" disabled={token === null}>Sign in</button>
        <p className="hint">
          Demo users: <code>ada</code> / <code>ada-pass</code> (staff), <code>ben</code> / <code>ben-pass</code>,{' '}
          <code>root</code> / <code>root-pass</code> (superuser).
        </p>
      </form>
    </div>
  )
}

/** Whether a path is the sign-in page's. */
export function isSignInPage(path: string): boolean {
  return path === '/login' || path === '/login/'
}
