package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 point 6, over HTTP with the default settings: for every caller, a guarded function or
 * context it may not use answers exactly as an unknown name does (401 for anonymous callers, 404
 * for signed-in ones), and the functions it may use still answer.
 */
class GuardedNamesTest extends ServerTest {

    /** Function → the users who may call it. */
    private static final Map<String, List<String>> FUNCTIONS = Map.of(
            "whoami", List.of("ann", "sam", "sue", "oli"),
            "staff_report", List.of("sam", "sue"),
            "root_report", List.of("sue"),
            "ops_report", List.of("oli"));

    private static final Map<String, List<String>> CONTEXTS = Map.of(
            "mine", List.of("ann", "sam", "sue", "oli"),
            "staff_area", List.of("sam", "sue"),
            "root_area", List.of("sue"),
            "ops_area", List.of("oli"),
            "vault", List.of("sam", "sue"));

    private Browser who(@Nullable String user) {
        return user == null ? anonymous() : as(user);
    }

    @Test
    void point6_guarded_names_are_indistinguishable_from_unknown_names_for_every_caller() {
        for (String user : new String[] {null, "ann", "sam", "sue", "oli"}) {
            Browser browser = who(user);
            Browser.Answer unknownFn = browser.call("no_such_fn", "{}");
            Browser.Answer unknownCtx = browser.context("no_such_ctx", Map.of());
            for (Map.Entry<String, List<String>> f : FUNCTIONS.entrySet()) {
                Browser.Answer answer = browser.call(f.getKey(), "{}");
                if (user != null && f.getValue().contains(user)) {
                    assertThat(answer.status())
                            .as(user + " " + f.getKey() + answer.text())
                            .isEqualTo(200);
                } else {
                    assertThat(answer.status()).as(user + " " + f.getKey()).isEqualTo(unknownFn.status());
                    assertThat(answer.text()).isEqualTo(unknownFn.text().replace("no_such_fn", f.getKey()));
                }
            }
            for (Map.Entry<String, List<String>> c : CONTEXTS.entrySet()) {
                Browser.Answer answer = browser.context(c.getKey(), Map.of());
                if (user != null && c.getValue().contains(user)) {
                    assertThat(answer.status())
                            .as(user + " " + c.getKey() + answer.text())
                            .isEqualTo(200);
                } else {
                    assertThat(answer.status()).as(user + " " + c.getKey()).isEqualTo(unknownCtx.status());
                    assertThat(answer.text()).isEqualTo(unknownCtx.text().replace("no_such_ctx", c.getKey()));
                }
            }
            assertThat(unknownFn.status()).isEqualTo(user == null ? 401 : 404);
        }
    }
}
