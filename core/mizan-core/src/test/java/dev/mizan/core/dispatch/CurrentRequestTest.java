package dev.mizan.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.core.Client;
import dev.mizan.core.CurrentRequest;
import dev.mizan.core.MizanUser;
import dev.mizan.core.RequestHandle;
import dev.mizan.core.registry.Registry;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@link CurrentRequest} inside a dispatch: in validators, handlers and parallel context members; absent after. */
class CurrentRequestTest {

    /** A rule that depends on the caller: a name other than one's own. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = NotOwnName.Check.class)
    public @interface NotOwnName {
        String message() default "not your own name";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<NotOwnName, String> {
            @Override
            public boolean isValid(@Nullable String name, ConstraintValidatorContext context) {
                MizanUser user = CurrentRequest.user();
                return name == null || user == null || !user.username().equals(name);
            }
        }
    }

    public static class Names {
        @Client
        public String greet(@NotOwnName String name) {
            return "hi " + name + " from " + who();
        }

        /** Two members: a bundle runs them on the context executor's threads. */
        @Client(context = "pair")
        public String left() {
            return who();
        }

        @Client(context = "pair")
        public String right() {
            return who();
        }

        private static String who() {
            MizanUser user = CurrentRequest.user();
            return user == null ? "nobody" : user.username();
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Dispatcher DISPATCHER = Dispatcher.create(
            Registry.builder().add(Names.class).build(),
            DispatchOptions.of(MAPPER)
                    .withValidator(Validation.buildDefaultValidatorFactory().getValidator()));

    private static final RequestHandle ANN = DispatcherTest.handle(new MizanUser("1", "ann", false, false, Set.of()));
    private static final RequestHandle BOB = DispatcherTest.handle(new MizanUser("2", "bob", false, false, Set.of()));

    private static JsonNode call(String body, RequestHandle caller) {
        return MAPPER.readTree(
                DISPATCHER.call(body.getBytes(StandardCharsets.UTF_8), caller).body());
    }

    @Test
    void a_validator_and_the_handler_see_the_caller_of_their_own_request() {
        String greetAnn = "{\"function\": \"greet\", \"args\": {\"name\": \"ann\"}}";
        assertThat(call(greetAnn, ANN).at("/error/code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(call(greetAnn, BOB).get("result").asString()).isEqualTo("hi ann from bob");
        assertThat(CurrentRequest.get())
                .as("nothing is left on the thread after a dispatch")
                .isNull();
    }

    @Test
    void context_members_run_in_parallel_see_the_caller_too() {
        JsonNode bundle =
                MAPPER.readTree(DISPATCHER.context("pair", Map.of(), ANN).body());
        assertThat(bundle.toString()).contains("\"left\":\"ann\"").contains("\"right\":\"ann\"");
        assertThat(CurrentRequest.get()).isNull();
    }
}
