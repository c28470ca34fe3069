package dev.mizan.ir.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.core.Auth;
import dev.mizan.core.Client;
import dev.mizan.core.javadoc.Javadocs;
import dev.mizan.core.registry.Registry;
import dev.mizan.ir.IrException;
import dev.mizan.ir.model.IrDocument;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

class IrBuilderTest {

    public static class Reads {
        @Client
        public String plain(String q) {
            return q;
        }

        @Client
        public String checked(@Size(max = 5) String q) {
            return q;
        }

        @Client(auth = Auth.REQUIRED)
        public String guarded() {
            return "";
        }

        @Client(roles = "ops")
        public String withRole() {
            return "";
        }
    }

    public record Loose(Map<Object, String> values) {}

    public static class Broken {
        @Client
        public Loose first() {
            return new Loose(Map.of());
        }

        @Client
        public void second(java.util.Date when) {}
    }

    static IrDocument build(Class<?> type) {
        return IrBuilder.build(Registry.builder().add(type).build(), new ObjectMapper(), Javadocs.none());
    }

    @Test
    void lists_validation_failed_for_reads_only_when_a_parameter_is_constrained() {
        IrDocument doc = build(Reads.class);
        assertThat(doc.function("plain").errors())
                .containsExactly("BAD_REQUEST", "INTERNAL_ERROR", "NOT_FOUND", "NOT_IMPLEMENTED", "PAYLOAD_TOO_LARGE");
        assertThat(doc.function("checked").errors())
                .contains("VALIDATION_FAILED")
                .doesNotContain("FORBIDDEN");
    }

    @Test
    void lists_unauthorized_and_forbidden_for_guarded_functions() {
        IrDocument doc = build(Reads.class);
        assertThat(doc.function("guarded").errors()).contains("UNAUTHORIZED", "FORBIDDEN");
        assertThat(doc.function("with_role").errors()).contains("UNAUTHORIZED", "FORBIDDEN");
        assertThat(doc.function("with_role").roles()).containsExactly("ops");
    }

    @Test
    void reports_every_function_whose_types_the_wire_cannot_carry() {
        assertThatThrownBy(() -> build(Broken.class))
                .isInstanceOf(IrException.class)
                .hasMessageContaining("Broken#first return type")
                .hasMessageContaining("map key type java.lang.Object")
                .hasMessageContaining("Broken#second parameter 'when'");
    }
}
