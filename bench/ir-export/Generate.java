import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sources of a synthetic application: 500 types (450 records, some generic, and 50
 * enums) and 1,000 @Client functions in 20 classes (context members and mutations).
 * Usage: java Generate.java OUT_DIR
 */
public class Generate {

    static final int TYPES = 500;
    static final int ENUMS = 50;
    static final int FUNCTIONS = 1000;
    static final int CLASSES = 20;
    static final int CONTEXTS = 100;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0], "bench/gen");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("package-info.java"),
                "@org.jspecify.annotations.NullMarked\npackage bench.gen;\n");
        for (int i = 0; i < ENUMS; i++) {
            Files.writeString(dir.resolve("E" + i + ".java"),
                    "package bench.gen;\npublic enum E" + i + " { ALPHA, BETA, GAMMA, DELTA }\n");
        }
        for (int i = ENUMS; i < TYPES; i++) {
            Files.writeString(dir.resolve((i % 10 == 0 ? "Page" : "T") + i + ".java"), record(i));
        }
        for (int c = 0; c < CLASSES; c++) {
            Files.writeString(dir.resolve("Api" + c + ".java"), api(c));
        }
    }

    static String ref(int i) {
        int j = ENUMS + (i % (TYPES - ENUMS));
        int arg = ENUMS + (j * 7) % (TYPES - ENUMS);
        return j % 10 == 0 ? "Page" + j + "<T" + (arg % 10 == 0 ? arg + 1 : arg) + ">" : "T" + j;
    }

    /** A non-generic record type (inputs stay non-generic: the registry rejects generic inputs). */
    static String plain(int i) {
        int j = ENUMS + (i % (TYPES - ENUMS));
        return "T" + (j % 10 == 0 ? j + 1 : j);
    }

    static String record(int i) {
        boolean generic = i % 10 == 0;
        String name = generic ? "Page" + i : "T" + i;
        StringBuilder s = new StringBuilder("package bench.gen;\n\nimport java.util.*;\nimport java.time.*;\n"
                + "import org.jspecify.annotations.Nullable;\n\n");
        s.append("/** Synthetic type ").append(i).append(". */\npublic record ").append(name)
                .append(generic ? "<X>" : "").append("(\n");
        s.append("        long id,\n        String name,\n        @Nullable String note,\n        Instant at,\n");
        s.append("        List<String> tags,\n        E").append(i % ENUMS).append(" state,\n");
        s.append("        Map<String, Long> counts");
        if (generic) {
            s.append(",\n        List<X> items,\n        @Nullable X first");
        } else if (i + 1 < TYPES) {
            s.append(",\n        @Nullable ").append(plain(i + 1)).append(" next");
        }
        s.append(") {}\n");
        return s.toString();
    }

    static String api(int c) {
        StringBuilder s = new StringBuilder("package bench.gen;\n\nimport dev.mizan.core.Client;\nimport java.util.*;\n"
                + "import org.jspecify.annotations.Nullable;\n\npublic class Api" + c + " {\n");
        int perClass = FUNCTIONS / CLASSES;
        for (int k = 0; k < perClass; k++) {
            int f = c * perClass + k;
            String type = ref(ENUMS + (f % (TYPES - ENUMS)));
            String context = "ctx" + ((f - f % 2) % CONTEXTS);
            s.append("    /** Function ").append(f).append(" of the synthetic application. */\n");
            if (f % 2 == 0) {
                s.append("    @Client(context = \"").append(context).append("\")\n    public ").append(type)
                        .append(" read").append(f).append("(long id, @Nullable String filter) { throw new UnsupportedOperationException(); }\n\n");
            } else {
                s.append("    @Client(affects = \"").append(context).append("\")\n    public List<").append(type)
                        .append("> write").append(f).append("(long id, ").append(plain(f))
                        .append(" input, Optional<Integer> limit) { throw new UnsupportedOperationException(); }\n\n");
            }
        }
        return s.append("}\n").toString();
    }
}
