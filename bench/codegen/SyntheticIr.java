import dev.mizan.ir.IrWriter;
import dev.mizan.ir.model.IrAffects;
import dev.mizan.ir.model.IrAuth;
import dev.mizan.ir.model.IrContext;
import dev.mizan.ir.model.IrContextParam;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrField;
import dev.mizan.ir.model.IrFunction;
import dev.mizan.ir.model.IrParam;
import dev.mizan.ir.model.IrType;
import dev.mizan.ir.model.IrVariant;
import dev.mizan.ir.model.Prim;
import dev.mizan.ir.model.TypeExpr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic IR of 1,000 functions over 500 types: 50 enums, 420 records (30 of them
 * generic), 30 tagged unions; 100 contexts of 4 members, 400 mutations with affects and merge,
 * 200 plain calls. Usage: java -cp CLASSPATH SyntheticIr.java OUT_FILE
 */
public class SyntheticIr {

    static final int ENUMS = 50;
    static final int GENERICS = 30;
    static final int UNIONS = 30;
    static final int RECORDS = 420;
    static final int CONTEXTS = 100;
    static final int MEMBERS = 4;
    static final int MUTATIONS = 400;
    static final int CALLS = 200;
    static final List<String> ERRORS = List.of("BAD_REQUEST", "FORBIDDEN", "INTERNAL_ERROR", "NOT_FOUND",
            "NOT_IMPLEMENTED", "PAYLOAD_TOO_LARGE", "UNAUTHORIZED", "VALIDATION_FAILED");

    public static void main(String[] args) throws IOException {
        List<IrType> types = new ArrayList<>();
        for (int i = 0; i < ENUMS; i++) {
            types.add(new IrType.EnumType("E" + i, List.of("alpha", "beta", "gamma", "delta")));
        }
        for (int i = 0; i < GENERICS; i++) {
            TypeExpr t = new TypeExpr.TypeVar("T", false);
            types.add(new IrType.RecordType("Page" + i, List.of("T"), List.of(
                    new IrField("items", TypeExpr.listOf(t), false),
                    new IrField("first", t.withNullable(true), false),
                    new IrField("total", TypeExpr.prim(Prim.LONG), false))));
        }
        for (int i = 0; i < RECORDS; i++) {
            types.add(new IrType.RecordType("R" + i, List.of(), fields(i)));
        }
        for (int i = 0; i < UNIONS; i++) {
            types.add(new IrType.UnionType("U" + i, List.of(), "kind", List.of(
                    new IrVariant("a", TypeExpr.named("R" + (i * 7 % RECORDS))),
                    new IrVariant("b", TypeExpr.named("R" + ((i * 7 + 1) % RECORDS))))));
        }
        List<IrFunction> functions = new ArrayList<>();
        List<IrContext> contexts = new ArrayList<>();
        for (int c = 0; c < CONTEXTS; c++) {
            List<String> members = new ArrayList<>();
            for (int m = 0; m < MEMBERS; m++) {
                String name = "ctx" + c + "_member" + m;
                members.add(name);
                List<IrParam> params = new ArrayList<>(List.of(new IrParam("id", TypeExpr.prim(Prim.LONG), false)));
                if (m == 0) {
                    params.add(new IrParam("page", TypeExpr.prim(Prim.INT).withNullable(true), true));
                }
                TypeExpr output = m == 1 ? TypeExpr.named("Page" + (c % GENERICS), TypeExpr.named("R" + (c % RECORDS)))
                        : TypeExpr.named("R" + ((c * MEMBERS + m) % RECORDS));
                functions.add(function(name, params, output, "ctx" + c, List.of(), List.of()));
            }
            contexts.add(new IrContext("ctx" + c, MEMBERS, List.of(
                    new IrContextParam("id", TypeExpr.prim(Prim.LONG), true, members),
                    new IrContextParam("page", TypeExpr.prim(Prim.INT).withNullable(true), false, List.of(members.get(0)))),
                    members));
        }
        for (int i = 0; i < MUTATIONS; i++) {
            int c = i % CONTEXTS;
            functions.add(function("mutate" + i, List.of(
                            new IrParam("id", TypeExpr.prim(Prim.LONG), false),
                            new IrParam("input", TypeExpr.named("R" + (i % RECORDS)), false),
                            new IrParam("note", TypeExpr.prim(Prim.STRING).withNullable(true), true)),
                    TypeExpr.named("R" + ((c * MEMBERS + 2) % RECORDS)), null,
                    List.of(new IrAffects("ctx" + c, false), new IrAffects("ctx" + c + "_member3", true)),
                    i % 2 == 0 ? List.of("ctx" + c) : List.of()));
        }
        for (int i = 0; i < CALLS; i++) {
            functions.add(function("call" + i, List.of(new IrParam("query", TypeExpr.prim(Prim.STRING), false)),
                    TypeExpr.listOf(TypeExpr.named("U" + (i % UNIONS))), null, List.of(), List.of()));
        }
        IrDocument doc = new IrDocument(1, functions, contexts, types);
        Files.write(Path.of(args[0]), IrWriter.write(doc));
        System.out.println("synthetic IR: " + functions.size() + " functions, " + contexts.size() + " contexts, "
                + types.size() + " types");
    }

    static List<IrField> fields(int i) {
        return List.of(
                new IrField("id", TypeExpr.prim(Prim.LONG), false),
                new IrField("name", TypeExpr.prim(Prim.STRING), false),
                new IrField("status", TypeExpr.named("E" + (i % ENUMS)), false),
                new IrField("createdAt", TypeExpr.prim(Prim.INSTANT), false),
                new IrField("tags", TypeExpr.listOf(TypeExpr.prim(Prim.STRING)), false),
                new IrField("counts", TypeExpr.mapOf(TypeExpr.named("E" + (i % ENUMS)), TypeExpr.prim(Prim.INT)), false),
                new IrField("note", TypeExpr.prim(Prim.STRING).withNullable(true), true),
                new IrField("extra", TypeExpr.prim(Prim.ANY), false),
                new IrField("child", i == 0 ? TypeExpr.prim(Prim.UUID) : TypeExpr.named("R" + (i / 2)).withNullable(true), false));
    }

    static IrFunction function(String name, List<IrParam> params, TypeExpr output, String context,
            List<IrAffects> affects, List<String> merge) {
        return new IrFunction(name, "Synthetic function " + name + ".", params, output, context, affects, merge,
                IrAuth.REQUIRED, null, List.of(), 1, ERRORS);
    }
}
