package dev.mizan.ir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.ir.model.IrAuth;
import dev.mizan.ir.model.IrContext;
import dev.mizan.ir.model.IrContextParam;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrFunction;
import dev.mizan.ir.model.IrParam;
import dev.mizan.ir.model.IrScope;
import dev.mizan.ir.model.IrType;
import dev.mizan.ir.model.Prim;
import dev.mizan.ir.model.TypeExpr;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IrWriterTest {

    static IrFunction fn(String name, List<IrParam> params, List<String> errors) {
        return new IrFunction(
                name,
                null,
                params,
                TypeExpr.prim(Prim.VOID),
                null,
                List.of(),
                List.of(),
                IrAuth.PUBLIC,
                null,
                List.of(),
                1,
                errors);
    }

    @Test
    void sorts_functions_params_errors_and_types_by_name() {
        IrDocument doc = new IrDocument(
                1,
                List.of(
                        fn("zeta", List.of(), List.of()),
                        fn(
                                "alpha",
                                List.of(
                                        new IrParam("b", TypeExpr.prim(Prim.INT), false),
                                        new IrParam(
                                                "a", TypeExpr.prim(Prim.STRING).withNullable(true), true)),
                                List.of("NOT_FOUND", "BAD_REQUEST"))),
                List.of(),
                List.of(new IrType.EnumType("Z", List.of("b", "a")), new IrType.EnumType("A", List.of("x"))));
        assertThat(IrWriter.toText(doc)).isEqualTo("""
                        mizan-ir version=1
                        function alpha {
                            param a optional=#true type=string?
                            param b type=int
                            output type=void
                            auth public
                            rev 1
                            errors BAD_REQUEST NOT_FOUND
                        }
                        function zeta {
                            output type=void
                            auth public
                            rev 1
                        }
                        type A kind=enum {
                            value x
                        }
                        type Z kind=enum {
                            value b
                            value a
                        }
                        """);
    }

    @Test
    void writes_context_params_with_their_sorted_members() {
        IrContext context = new IrContext(
                "project",
                2,
                List.of(new IrContextParam("projectId", TypeExpr.prim(Prim.INT), true, List.of("tasks", "details"))),
                List.of("tasks", "details"));
        String text = IrWriter.toText(new IrDocument(
                1,
                List.of(fn("details", List.of(), List.of()), fn("tasks", List.of(), List.of())),
                List.of(context),
                List.of()));
        assertThat(text).contains("""
                        context project {
                            rev 2
                            scope class
                            param projectId required=#true type=int {
                                shared-by details tasks
                            }
                            member details
                            member tasks
                        }
                        """);
    }

    @Test
    void marks_a_live_context_and_reads_it_back() {
        IrContext live = new IrContext("board", 1, IrScope.USER, List.of(), List.of("details"), true);
        IrContext still = new IrContext("archive", 1, IrScope.CLASS, List.of(), List.of("tasks"), false);
        IrDocument doc = new IrDocument(
                1,
                List.of(fn("details", List.of(), List.of()), fn("tasks", List.of(), List.of())),
                List.of(still, live),
                List.of());
        String text = IrWriter.toText(doc);
        assertThat(text).contains("""
                        context board {
                            rev 1
                            scope user
                            live #true
                            member details
                        }
                        """);
        assertThat(text).contains("""
                        context archive {
                            rev 1
                            scope class
                            member tasks
                        }
                        """);
        assertThat(IrReader.read(text)).isEqualTo(doc);
    }

    @Test
    void rewrites_a_file_only_when_its_bytes_change(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/mizan.kdl");
        IrDocument doc = new IrDocument(1, List.of(fn("f", List.of(), List.of())), List.of(), List.of());
        assertThat(IrWriter.writeIfChanged(doc, file)).isTrue();
        assertThat(IrWriter.writeIfChanged(doc, file)).isFalse();
        assertThat(IrReader.read(file)).isEqualTo(doc);
        IrDocument other = new IrDocument(1, List.of(fn("g", List.of(), List.of())), List.of(), List.of());
        assertThat(IrWriter.writeIfChanged(other, file)).isTrue();
        assertThat(Files.readString(file)).contains("function g");
    }
}
