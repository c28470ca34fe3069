package dev.mizan.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanUser;
import dev.mizan.core.RequestHandle;
import dev.mizan.core.registry.Registry;
import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DispatcherTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Dispatcher DISPATCHER = Dispatcher.create(
            Registry.builder().add(Shop.class).build(),
            DispatchOptions.of(MAPPER)
                    .withValidator(Validation.buildDefaultValidatorFactory().getValidator()));

    private static final RequestHandle ANONYMOUS = handle(null);

    static RequestHandle handle(@Nullable MizanUser user) {
        return new RequestHandle() {
            @Override
            public @Nullable MizanUser user() {
                return user;
            }

            @Override
            public @Nullable String header(String name) {
                return null;
            }

            @Override
            public <T> @Nullable T unwrap(Class<T> type) {
                return null;
            }
        };
    }

    private static DispatchResult call(String body) {
        return DISPATCHER.call(body.getBytes(StandardCharsets.UTF_8), ANONYMOUS);
    }

    private static JsonNode json(DispatchResult result) {
        return MAPPER.readTree(result.body());
    }

    @Test
    void binds_uuids_dates_optionals_lists_and_maps() {
        DispatchResult r = call("""
                {"function": "echo", "args": {"id": "6f1c0a52-0000-4000-8000-000000000001", "day": "2026-01-31",
                 "kinds": ["BOOK"], "totals": {"a": 1}}}""");
        assertThat(r.ok()).isTrue();
        assertThat(json(r).get("result").toString())
                .contains("\"day\":\"2026-01-31\"", "\"count\":-1", "\"kinds\":[\"BOOK\"]");
    }

    @Test
    void scopes_invalidation_by_argument_then_by_result_then_not_at_all() {
        DispatchResult byArg = call("""
                {"function": "add_item", "args": {"shopId": 3, "item": {"name": "Go", "kind": "GAME", "price": 2}}}""");
        assertThat(json(byArg).get("invalidate").toString())
                .isEqualTo("[{\"context\":\"shop\",\"params\":{\"shopId\":3}}]");
        assertThat(json(byArg).get("merge").toString())
                .isEqualTo(
                        "[{\"context\":\"shop\",\"slot\":\"featured\",\"value\":{\"shopId\":3,\"name\":\"Go\",\"kind\":\"GAME\",\"price\":2},\"params\":{\"shopId\":3}}]");
        assertThat(byArg.invalidateHeader()).isEqualTo("shop?shopId=3");

        DispatchResult byResult = call("{\"function\": \"remove_item\", \"args\": {\"itemId\": 11}}");
        assertThat(json(byResult).get("invalidate").toString())
                .isEqualTo("[{\"context\":\"shop\",\"params\":{\"shopId\":7}}]");

        DispatchResult unscoped = call("{\"function\": \"clear_all\", \"args\": {\"reason\": \"x\"}}");
        assertThat(json(unscoped).get("invalidate").toString())
                .isEqualTo("[{\"context\":\"shop\"},{\"context\":\"shop\",\"slot\":\"items\"}]");
        assertThat(unscoped.invalidateHeader()).isEqualTo("shop,shop#items");
        assertThat(json(unscoped).get("result").isNull()).isTrue();
    }

    @Test
    void fetches_a_context_bundle_binding_query_strings_to_param_types() {
        DispatchResult r = DISPATCHER.context("shop", Map.of("shopId", "5", "kind", "BOOK"), ANONYMOUS);
        assertThat(r.ok()).isTrue();
        assertThat(json(r).propertyNames()).containsExactly("featured", "items");
        assertThat(json(r).get("featured").get("shopId").asLong()).isEqualTo(5);
    }

    @Test
    void answers_bad_request_for_malformed_envelopes_and_arguments() {
        assertThat(code(call("not json"))).isEqualTo(ErrorCode.BAD_REQUEST);
        assertThat(code(call("[1,2]"))).isEqualTo(ErrorCode.BAD_REQUEST);
        assertThat(code(call("{\"args\": {}}"))).isEqualTo(ErrorCode.BAD_REQUEST);
        assertThat(code(call("{\"function\": \"positive\", \"args\": {\"n\": \"abc\"}}")))
                .isEqualTo(ErrorCode.BAD_REQUEST);
        assertThat(code(call("{\"function\": \"positive\", \"args\": {\"n\": 1.5}}")))
                .isEqualTo(ErrorCode.BAD_REQUEST);
        DispatchResult unknown = call("{\"function\": \"positive\", \"args\": {\"n\": 1, \"m\": 2}}");
        assertThat(json(unknown).at("/error/details/unknown").toString()).isEqualTo("[\"m\"]");
        DispatchResult missing = call("{\"function\": \"positive\", \"args\": {}}");
        assertThat(json(missing).at("/error/details/missing").toString()).isEqualTo("[\"n\"]");
        assertThat(code(DISPATCHER.context("shop", Map.of(), ANONYMOUS))).isEqualTo(ErrorCode.BAD_REQUEST);
        assertThat(code(DISPATCHER.context("shop", Map.of("shopId", "x"), ANONYMOUS)))
                .isEqualTo(ErrorCode.BAD_REQUEST);
    }

    @Test
    void reports_validation_failures_by_field_path() {
        DispatchResult r = call("""
                {"function": "add_item", "args": {"shopId": 3, "item": {"name": " ", "kind": "GAME", "price": -1}}}""");
        assertThat(code(r)).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(json(r).at("/error/details/fields").propertyNames()).containsExactly("item.name", "item.price");
        assertThat(code(call("{\"function\": \"positive\", \"args\": {\"n\": 0}}")))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void maps_handler_failures_without_leaking_their_text() {
        assertThat(code(call("{\"function\": \"unfinished\"}"))).isEqualTo(ErrorCode.NOT_IMPLEMENTED);
        DispatchResult broken = call("{\"function\": \"broken\"}");
        assertThat(code(broken)).isEqualTo(ErrorCode.INTERNAL_ERROR);
        assertThat(new String(broken.body(), StandardCharsets.UTF_8)).doesNotContain("secret", "IllegalState");
        DispatchResult refused = call("{\"function\": \"refuses\"}");
        assertThat(code(refused)).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(json(refused).at("/error/message").asString()).isEqualTo("Shop is closed");
        RequestHandle ann = handle(new MizanUser("1", "ann", false, false, Set.of()));
        assertThat(code(DISPATCHER.call("{\"function\": \"nope\"}".getBytes(StandardCharsets.UTF_8), ann)))
                .isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(code(DISPATCHER.context("nope", Map.of(), ann))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void enforces_auth_levels_with_401_for_anonymous_and_403_for_the_wrong_user_when_names_are_revealed() {
        Dispatcher revealing = Dispatcher.create(
                Registry.builder().add(Shop.class).build(),
                DispatchOptions.of(MAPPER).withPolicy(DispatchPolicy.defaults().withRevealGuardedNames(true)));
        byte[] body = "{\"function\": \"staff_only\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(code(revealing.call(body, ANONYMOUS))).isEqualTo(ErrorCode.UNAUTHORIZED);
        MizanUser plain = new MizanUser("1", "ann", false, false, Set.of());
        MizanUser staff = new MizanUser("2", "bob", true, false, Set.of());
        assertThat(code(revealing.call(body, handle(plain)))).isEqualTo(ErrorCode.FORBIDDEN);
        DispatchResult ok = DISPATCHER.call(body, handle(staff));
        assertThat(json(ok).get("result").asString()).isEqualTo("bob");
    }

    private static @Nullable ErrorCode code(DispatchResult r) {
        if (r.ok()) {
            return null;
        }
        assertThat(json(r).at("/error/code").asString()).isEqualTo(r.error().name());
        return r.error();
    }
}
