package dev.mizan.example.taskboard.security;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sign-out page ({@link SignInHtml}) and the token of the sign-in form: the sign-in page itself
 * is a {@code static} page of the React build ({@code BoardPages}, docs/pages.md). Spring Security
 * handles the form posts.
 */
@RestController
class SignInPages {

    /**
     * The sign-in form's CSRF token, for the {@code static} sign-in page, which is the same bytes for
     * everyone and fetches it after load; the token is bound to the session this request starts.
     */
    @GetMapping(value = "/login/token", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> signInToken(CsrfToken csrf) {
        return Map.of("parameterName", csrf.getParameterName(), "token", csrf.getToken());
    }

    @GetMapping(value = "/logout", produces = MediaType.TEXT_HTML_VALUE)
    String signOut(CsrfToken csrf) {
        return SignInHtml.signOut(csrf.getParameterName(), csrf.getToken());
    }
}
