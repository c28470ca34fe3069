package dev.mizan.example.taskboard.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sign-in and sign-out pages ({@link SignInHtml}). Spring Security handles the form posts; these
 * pages only render the forms with its CSRF token.
 */
@RestController
class SignInPages {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    String signIn(HttpServletRequest request, CsrfToken csrf) {
        return SignInHtml.signIn(
                request.getParameter("error") != null,
                request.getParameter("logout") != null,
                csrf.getParameterName(),
                csrf.getToken());
    }

    @GetMapping(value = "/logout", produces = MediaType.TEXT_HTML_VALUE)
    String signOut(CsrfToken csrf) {
        return SignInHtml.signOut(csrf.getParameterName(), csrf.getToken());
    }
}
