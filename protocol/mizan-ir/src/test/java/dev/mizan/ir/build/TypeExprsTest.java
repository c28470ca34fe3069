package dev.mizan.ir.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.core.types.Scalar;
import dev.mizan.ir.model.Prim;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TypeExprsTest {

    @Test
    void every_wire_scalar_maps_to_the_primitive_spelled_the_same_in_the_ir() {
        for (Scalar scalar : Scalar.values()) {
            assertThat(TypeExprs.prim(scalar).irName()).as(scalar.name()).isEqualTo(scalar.irName());
        }
    }

    @Test
    void every_ir_primitive_is_reachable_from_the_type_model() {
        assertThat(Arrays.stream(Scalar.values()).map(TypeExprs::prim)).containsExactlyInAnyOrder(Prim.values());
    }
}
