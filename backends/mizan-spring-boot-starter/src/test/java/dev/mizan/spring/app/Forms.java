package dev.mizan.spring.app;

import dev.mizan.core.Auth;
import dev.mizan.core.Client;
import dev.mizan.core.forms.DefaultValue;
import dev.mizan.core.forms.Help;
import dev.mizan.core.forms.Label;
import dev.mizan.core.forms.MizanForm;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** A form ({@code submit_task}) with nested records, a list of records and a server-only rule. */
@Service
public class Forms {

    /** How many times {@code submit_task} ran (validate must never run it). */
    public static final AtomicInteger SUBMITTED = new AtomicInteger();

    public enum Priority {
        LOW,
        NORMAL,
        HIGH
    }

    /** A server-only rule: the title is not one of the taken ones. */
    @Documented
    @Constraint(validatedBy = FreeTitle.Check.class)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface FreeTitle {
        String message() default "{task.title.taken}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** The check, against a fixed set of taken titles. */
        class Check implements ConstraintValidator<FreeTitle, String> {
            static final Set<String> TAKEN = Set.of("Taken", "Launch");

            @Override
            public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
                return value == null || !TAKEN.contains(value.strip());
            }
        }
    }

    public record Step(
            @Label("Step") @NotBlank @Size(max = 20) String title,
            @Min(0) int minutes) {}

    public record Owner(@Email @NotBlank String email) {}

    @MizanForm
    public record TaskForm(
            @Label("{form.title.label}") @Help("{form.title.help}") @NotBlank @Size(min = 3, max = 40) @FreeTitle
            String title,

            @Label("Priority") @DefaultValue("\"NORMAL\"") @NotNull
            Priority priority,

            @DefaultValue("1") @Min(1) @Max(10) int points,
            @Pattern(regexp = "[a-z]+(-[a-z]+)*") @Nullable String slug,
            @Future @Nullable LocalDate due,
            @Valid @Nullable Owner owner,
            @Size(max = 3) List<@Valid Step> steps) {}

    public record Submitted(long projectId, String title, int steps) {}

    @Client(auth = Auth.PUBLIC)
    public Submitted submitTask(@Min(1) long projectId, TaskForm task) {
        SUBMITTED.incrementAndGet();
        return new Submitted(projectId, task.title(), task.steps().size());
    }

    /** A form guarded like any function: its schema and validate calls need the same rights. */
    @Client(auth = Auth.STAFF)
    public Submitted staffTask(TaskForm task) {
        return new Submitted(0, task.title(), task.steps().size());
    }
}
