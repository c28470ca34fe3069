package dev.mizan.example.taskboard.board;

import dev.mizan.core.CurrentRequest;
import dev.mizan.core.MizanUser;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * A rule only the server can check: no open task the caller can see (in the projects they are a
 * member of) has this title already. The browser cannot judge it, so the form asks the server
 * ({@code create_task.validate}) as the user types. The caller comes from {@link CurrentRequest}: a
 * title in a project the caller cannot see is no reason to refuse, and refusing would tell them it
 * exists.
 */
@Documented
@Constraint(validatedBy = FreshTitle.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface FreshTitle {

    String message() default "{task.title.fresh}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Looks the title up in the store (Spring creates it with the store injected). */
    final class Check implements ConstraintValidator<FreshTitle, String> {

        private final BoardStore store;

        public Check(BoardStore store) {
            this.store = store;
        }

        @Override
        public boolean isValid(@Nullable String title, ConstraintValidatorContext context) {
            MizanUser caller = CurrentRequest.user();
            return title == null
                    || title.isBlank()
                    || caller == null
                    || !store.hasOpenTaskTitled(title.strip(), caller.username(), caller.superuser());
        }
    }
}
