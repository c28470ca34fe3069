package dev.mizan.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Java keys against the vector file that {@code @mizan/keys} checks too. */
class CacheKeyVectorsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    record Vector(String name, String secret, String input, String canonical, String key) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Path vectorFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("conformance/cache-key-vectors.json");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("conformance/cache-key-vectors.json not found");
    }

    static List<Vector> vectors() throws Exception {
        List<Vector> out = new ArrayList<>();
        for (JsonNode v : MAPPER.readTree(vectorFile().toFile()).get("vectors")) {
            out.add(new Vector(
                    v.get("name").stringValue(),
                    v.get("secret").stringValue(),
                    v.get("input").stringValue(),
                    v.get("canonical").stringValue(),
                    v.get("key").stringValue()));
        }
        return out;
    }

    static Stream<Vector> cases() throws Exception {
        return vectors().stream();
    }

    @Test
    void the_file_holds_at_least_40_vectors() throws Exception {
        assertThat(vectors()).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void derives_the_canonical_form_and_the_key_of_each_vector(Vector v) throws Exception {
        String canonical = Jcs.canonicalize(MAPPER.readTree(v.input()));
        assertThat(canonical).isEqualTo(v.canonical());
        assertThat(new CacheKeys(v.secret()).hmac(canonical)).isEqualTo(v.key());
    }
}
