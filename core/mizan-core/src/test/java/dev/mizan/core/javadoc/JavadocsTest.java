package dev.mizan.core.javadoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavadocsTest {

    static final class Outer {
        static final class Api {
            public void call(String[] names, int count, List<String> tags) {}
        }
    }

    @Test
    void reduces_a_comment_to_its_main_description_on_one_line() {
        String comment = """
                 Creates a {@code Task} in the
                 <b>given</b> project, see {@link Outer#call}.

                 @param title the title
                 @return the task
                """;
        assertThat(JavadocText.mainDescription(comment))
                .isEqualTo("Creates a Task in the given project, see Outer#call.");
    }

    @Test
    void keys_methods_by_canonical_class_name_and_erased_parameter_types() throws Exception {
        Method call = Outer.Api.class.getMethod("call", String[].class, int.class, List.class);
        assertThat(Javadocs.key(call))
                .isEqualTo("dev.mizan.core.javadoc.JavadocsTest.Outer.Api#call(java.lang.String[],int,java.util.List)");
    }

    @Test
    void merges_the_resources_of_every_module_on_the_class_path(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a/META-INF/mizan/javadoc.properties");
        Path b = dir.resolve("b/META-INF/mizan/javadoc.properties");
        Files.createDirectories(a.getParent());
        Files.createDirectories(b.getParent());
        Method call = Outer.Api.class.getMethod("call", String[].class, int.class, List.class);
        Files.writeString(a, Javadocs.key(call).replace(":", "\\:") + "=Calls caf\\u00e9.\n");
        Files.writeString(b, "other.Type#m()=Other.\n");
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {
                    dir.resolve("a").toUri().toURL(), dir.resolve("b").toUri().toURL()
                },
                null)) {
            Javadocs docs = Javadocs.load(loader);
            assertThat(docs.of(call)).isEqualTo("Calls café.");
            assertThat(Javadocs.none().of(call)).isNull();
        }
    }
}
