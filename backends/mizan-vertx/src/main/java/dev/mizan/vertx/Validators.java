package dev.mizan.vertx;

import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Bean Validation provider on the classpath, if any. */
final class Validators {

    private static final Logger LOG = LoggerFactory.getLogger(Validators.class);

    private Validators() {}

    static @Nullable Validator fromClasspath() {
        try {
            return Validation.buildDefaultValidatorFactory().getValidator();
        } catch (NoProviderFoundException e) {
            LOG.info("No Bean Validation provider on the classpath: @Valid and constraints are not checked");
            return null;
        } catch (ValidationException e) {
            LOG.warn("Bean Validation is not usable ({}): @Valid and constraints are not checked", e.getMessage());
            return null;
        }
    }
}
