package dev.mizan.spring.broken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.mizan.core.Client;
import dev.mizan.core.registry.RegistryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;

/** An application with inconsistent declarations does not start, and says why, per method. */
@ExtendWith(OutputCaptureExtension.class)
class StartupValidationTest {

    /** Two problems at once: an unknown affects target and a duplicate name. */
    static class BrokenFunctions {
        @Client(affects = "nowhere")
        public void save() {}

        @Client(name = "save")
        public void alsoSave() {}
    }

    @SpringBootApplication
    static class BrokenApp {
        @Bean
        BrokenFunctions brokenFunctions() {
            return new BrokenFunctions();
        }
    }

    @Test
    void reports_the_problems_first_and_once_without_a_stack_trace(CapturedOutput output) {
        catchThrowable(() -> new SpringApplicationBuilder(BrokenApp.class)
                .properties("server.port=0", "server.address=127.0.0.1")
                .run()
                .close());
        String printed = output.getAll();
        assertThat(printed)
                .contains("APPLICATION FAILED TO START")
                .contains("Mizan found 2 problems in the @Client declarations:");
        String problem = "BrokenFunctions#save: affects unknown context or context function 'nowhere'";
        assertThat(printed.split(java.util.regex.Pattern.quote(problem), -1)).hasSize(2);
        assertThat(printed).doesNotContain("at dev.mizan.core.registry.RegistryBuilder.build");
    }

    @Test
    void refuses_to_start_listing_every_problem_with_its_method() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(BrokenApp.class)
                .properties("server.port=0", "server.address=127.0.0.1")
                .run()
                .close());
        Throwable root = failure;
        while (root != null && !(root instanceof RegistryException)) {
            root = root.getCause();
        }
        assertThat(root).isInstanceOf(RegistryException.class);
        assertThat(((RegistryException) root).problems()).hasSize(2);
        assertThat(root.getMessage())
                .contains("BrokenFunctions#save: affects unknown context or context function 'nowhere'")
                .contains("duplicate function name 'save'");
    }
}
