package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Auth-guard enforcement: anonymous callers of a guarded function get {@code UNAUTHORIZED}; signed-in
 * callers without the right get {@code NOT_FOUND}, exactly the answer for an unknown name, so that
 * nobody can list the guarded names they may not use (docs/protocol.md, "Guarded names").
 */
@ExtendWith(ConformanceServer.class)
class AuthProbe {

    @Test
    void required_refuses_anonymous_callers_and_admits_any_user(Wire wire) {
        Envelopes.error(wire.anonymous().call("whoami"), "UNAUTHORIZED");

        assertThat(Envelopes.result(wire.user().call("whoami")))
                .isEqualTo(Json.of(
                        "{'username': '" + wire.target().user().username() + "', 'staff': false, 'superuser': false}"));
    }

    @Test
    void the_function_sees_the_staff_and_superuser_flags(Wire wire) {
        assertThat(Envelopes.result(wire.staff().call("whoami")))
                .isEqualTo(Json.of(
                        "{'username': '" + wire.target().staff().username() + "', 'staff': true, 'superuser': false}"));
        assertThat(Envelopes.result(wire.superuser().call("whoami")))
                .isEqualTo(Json.of("{'username': '" + wire.target().superuser().username()
                        + "', 'staff': true, 'superuser': true}"));
    }

    @Test
    void staff_refuses_plain_users_and_admits_staff_and_superusers(Wire wire) {
        Envelopes.error(wire.anonymous().call("staff_report"), "UNAUTHORIZED");
        Envelopes.error(wire.user().call("staff_report"), "NOT_FOUND");

        assertThat(Envelopes.result(wire.staff().call("staff_report")).asString())
                .isEqualTo("staff report");
        assertThat(Envelopes.result(wire.superuser().call("staff_report")).asString())
                .isEqualTo("staff report");
    }

    @Test
    void superuser_admits_only_superusers(Wire wire) {
        Envelopes.error(wire.anonymous().call("superuser_audit"), "UNAUTHORIZED");
        Envelopes.error(wire.user().call("superuser_audit"), "NOT_FOUND");
        Envelopes.error(wire.staff().call("superuser_audit"), "NOT_FOUND");

        assertThat(Envelopes.result(wire.superuser().call("superuser_audit")).asString())
                .isEqualTo("superuser audit");
    }

    @Test
    void a_custom_predicate_decides_and_its_refusal_depends_on_sign_in(Wire wire) {
        Map<String, String> cleared = Map.of("X-Fixture-Clearance", "granted");
        String call = "{\"function\": \"cleared_secret\", \"args\": {}}";

        Envelopes.error(wire.anonymous().post(call, Map.of()), "UNAUTHORIZED");
        Envelopes.error(wire.user().post(call, Map.of()), "NOT_FOUND");
        assertThat(Envelopes.result(wire.user().post(call, cleared)).asString()).isEqualTo("cleared");
        assertThat(Envelopes.result(wire.anonymous().post(call, cleared)).asString())
                .isEqualTo("cleared");
    }

    @Test
    void a_role_list_admits_only_holders_of_a_listed_role(Wire wire) {
        Envelopes.error(wire.anonymous().call("auditor_log"), "UNAUTHORIZED");
        Envelopes.error(wire.user().call("auditor_log"), "NOT_FOUND");

        assertThat(Envelopes.result(wire.staff().call("auditor_log")).asString())
                .isEqualTo("auditor log");
    }

    @Test
    void a_bundle_with_a_guarded_member_is_guarded(Wire wire) {
        Envelopes.error(wire.anonymous().context("admin", ""), "UNAUTHORIZED");
        Envelopes.error(wire.user().context("admin", ""), "NOT_FOUND");

        Reply reply = wire.staff().context("admin", "");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(Json.of("{'admin_stats': {'users': 3}, 'admin_motd': 'be excellent'}"));
    }

    @Test
    void a_refused_call_does_not_run_and_invalidates_nothing(Wire wire) {
        Reply reply = wire.user().call("staff_report");

        Envelopes.error(reply, "NOT_FOUND");
        assertThat(reply.header("X-Mizan-Invalidate")).isNull();
        assertThat(reply.text()).doesNotContain("staff report");
    }

    @Test
    void a_refused_name_answers_exactly_as_an_unknown_name(Wire wire) {
        for (Agent agent : new Agent[] {wire.anonymous(), wire.user(), wire.staff()}) {
            Reply unknown = agent.call("no_such_function");
            Reply refused = agent.call("superuser_audit");
            assertThat(refused.status()).as("%s", refused).isEqualTo(unknown.status());
            assertThat(refused.text()).isEqualTo(unknown.text().replace("no_such_function", "superuser_audit"));
            Reply unknownContext = agent.context("no_such_context", "");
            Reply admin = agent == wire.anonymous() ? agent.context("admin", "") : unknownContext;
            assertThat(admin.text()).doesNotContain("admin_stats");
        }
        Reply anonymousUnknown = wire.anonymous().context("no_such_context", "");
        Reply anonymousAdmin = wire.anonymous().context("admin", "");
        assertThat(anonymousAdmin.text()).isEqualTo(anonymousUnknown.text());
        Reply userUnknown = wire.user().context("no_such_context", "");
        Reply userAdmin = wire.user().context("admin", "");
        assertThat(userAdmin.text()).isEqualTo(userUnknown.text().replace("no_such_context", "admin"));
    }
}
