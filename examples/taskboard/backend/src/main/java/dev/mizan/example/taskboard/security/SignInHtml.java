package dev.mizan.example.taskboard.security;

/**
 * The sign-in and sign-out pages' HTML, in the board's look: the sign-out page for both servers of the
 * board (Spring's {@link SignInPages}, with Spring Security's CSRF token, and Vert.x's
 * {@code VertxTaskBoard}, with its own form token), the sign-in page for the Vert.x board (the Spring
 * board's is the static page of the React build, docs/pages.md). Each page posts its form with the
 * token as a hidden field.
 */
public final class SignInHtml {

    private SignInHtml() {}

    /** The sign-in form; {@code error}: the last attempt failed; {@code signedOut}: the user just signed out. */
    public static String signIn(boolean error, boolean signedOut, String tokenField, String token) {
        String notice = error
                ? "<p class=\"error\" role=\"alert\">Wrong username or password.</p>"
                : signedOut ? "<p class=\"notice\" role=\"status\">You are signed out.</p>" : "";
        return page("Sign in", """
                <form method="post" action="/login">
                  <h1>Task board</h1>
                  %s
                  <label for="username">Username</label>
                  <input id="username" name="username" autocomplete="username" required autofocus>
                  <label for="password">Password</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  <input type="hidden" name="%s" value="%s">
                  <button type="submit">Sign in</button>
                  <p class="hint">Demo users: <code>ada</code> / <code>ada-pass</code> (staff),
                  <code>ben</code> / <code>ben-pass</code>, <code>root</code> / <code>root-pass</code> (superuser).</p>
                </form>""".formatted(notice, tokenField, token));
    }

    /** The sign-out confirmation. */
    public static String signOut(String tokenField, String token) {
        return page("Sign out", """
                <form method="post" action="/logout">
                  <h1>Sign out?</h1>
                  <input type="hidden" name="%s" value="%s">
                  <button type="submit">Sign out</button>
                  <p class="hint"><a href="/">Back to the board</a></p>
                </form>""".formatted(tokenField, token));
    }

    private static String page(String title, String body) {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="icon" type="image/svg+xml" href="/favicon.svg">
                <title>%s · Task board</title>
                <style>
                  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f6f8fa;
                         font: 15px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933; }
                  form { width: 20rem; padding: 1.75rem; background: #fff; border: 1px solid #dde3ea; border-radius: 8px;
                         display: flex; flex-direction: column; gap: 0.4rem; }
                  h1 { margin: 0 0 0.75rem; font-size: 1.3rem; color: #2f5d8a; }
                  label { font-size: 0.8rem; color: #637083; margin-top: 0.4rem; }
                  input { font: inherit; padding: 0.45rem 0.55rem; border: 1px solid #dde3ea; border-radius: 6px; }
                  button { font: inherit; margin-top: 1rem; padding: 0.5rem; border: 0; border-radius: 6px;
                           background: #2f5d8a; color: #fff; cursor: pointer; }
                  .hint { font-size: 0.8rem; color: #637083; margin: 0.75rem 0 0; line-height: 1.5; }
                  .error { color: #b42318; margin: 0; } .notice { color: #17663a; margin: 0; } code { white-space: nowrap; }
                </style></head>
                <body>%s</body></html>
                """.formatted(title, body);
    }
}
