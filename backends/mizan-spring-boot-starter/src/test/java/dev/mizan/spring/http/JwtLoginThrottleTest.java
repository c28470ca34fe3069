package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The login rate limit over real HTTP: per account, then per client address. */
@TestPropertySource(
        properties = {
            "mizan.jwt.enabled=true",
            "mizan.jwt.keys[0].kid=k1",
            "mizan.jwt.keys[0].secret=YS0zMi1ieXRlLXRlc3Qtc2VjcmV0LWZvci1rZXktazE=",
            "mizan.jwt.store=memory",
            "mizan.jwt.login-failures-per-account=3",
            "mizan.jwt.login-failures-per-address=6"
        })
class JwtLoginThrottleTest extends ServerTest {

    @Test
    void failed_logins_past_the_account_limit_then_the_address_limit_are_refused() {
        assertThat(login("sam", "pw").status()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(login("sue", "wrong-" + i).status()).isEqualTo(401);
        }
        Browser.Answer blocked = login("sue", "pw");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.code()).isEqualTo("FORBIDDEN");
        assertThat(blocked.json().at("/error/details/reason").asString()).isEqualTo("rate_limited");
        assertThat(blocked.json().at("/error/details/retry_after").asLong()).isPositive();
        assertThat(login("SUE", "pw").status())
                .as("the account name is not case-sensitive here")
                .isEqualTo(403);
        // other accounts still sign in from this address: 3 failures of 6 so far
        assertThat(login("ann", "pw").status()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(login("oli", "wrong-" + i).status()).isEqualTo(401);
        }
        // now the address has failed 6 times: nobody signs in from it, not even a fresh account
        Browser.Answer byAddress = login("sam", "pw");
        assertThat(byAddress.status()).isEqualTo(403);
        assertThat(byAddress.json().at("/error/details/reason").asString()).isEqualTo("rate_limited");
    }

    private Browser.Answer login(String username, String password) {
        return anonymous()
                .postRaw(
                        "{\"function\": \"login\", \"args\": {\"username\": \"" + username + "\", \"password\": \""
                                + password + "\"}}",
                        Map.of());
    }
}
