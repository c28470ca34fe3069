package dev.mizan.example.taskboard.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sign-in and sign-out pages, in the board's look. Spring Security handles the form posts; these
 * pages only render the forms with its CSRF token.
 */
@RestController
class SignInPages {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    String signIn(HttpServletRequest request, CsrfToken csrf) {
        String notice = request.getParameter("error") != null
                ? "<p class=\"error\" role=\"alert\">Wrong username or password.</p>"
                : request.getParameter("logout") != null
                        ? "<p class=\"notice\" role=\"status\">You are signed out.</p>"
                        : "";
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
                </form>""".formatted(notice, csrf.getParameterName(), csrf.getToken()));
    }

    @GetMapping(value = "/logout", produces = MediaType.TEXT_HTML_VALUE)
    String signOut(CsrfToken csrf) {
        return page("Sign out", """
                <form method="post" action="/logout">
                  <h1>Sign out?</h1>
                  <input type="hidden" name="%s" value="%s">
                  <button type="submit">Sign out</button>
                  <p class="hint"><a href="/">Back to the board</a></p>
                </form>""".formatted(csrf.getParameterName(), csrf.getToken()));
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
