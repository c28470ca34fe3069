package dev.mizan.codegen;

import dev.mizan.core.types.DefaultNullness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generator's settings from a {@code mizan.json} file, usually kept in the frontend folder.
 * Relative paths are resolved against the file's directory; every key is optional so that
 * command-line flags can supply or override it.
 *
 * <pre>{@code
 * {
 *   "ir": "../backend/target/mizan/mizan.kdl",     // or "irCommand": "..."
 *   "out": "src/mizan",
 *   "target": "react",
 *   "watch": ["../backend/target/classes"]
 * }
 * }</pre>
 *
 * @param ir the IR file, or {@code null}
 * @param irCommand a command printing the IR, run in the file's directory, or {@code null}
 * @param out the output directory, or {@code null}
 * @param target the target, or {@code null}
 * @param watch extra paths whose changes trigger regeneration in watch mode
 * @param nullness what unannotated references mean in code without a nullness declaration when the
 *     IR is exported from classes, or {@code null} for the default
 * @param baseDir the directory of the config file
 * @param javaPackage the package of the {@code java} target's sources, or {@code null} for the default
 */
public record CodegenConfig(
        @Nullable Path ir,
        @Nullable String irCommand,
        @Nullable Path out,
        @Nullable Target target,
        List<Path> watch,
        @Nullable DefaultNullness nullness,
        Path baseDir,
        @Nullable String javaPackage) {

    /** The conventional file name, looked up in the working directory when none is given. */
    public static final String FILE_NAME = "mizan.json";

    private static final Set<String> KEYS =
            Set.of("ir", "irCommand", "out", "target", "watch", "nullness", "javaPackage");

    public CodegenConfig {
        watch = List.copyOf(watch);
    }

    /** Settings without a Java package. */
    public CodegenConfig(
            @Nullable Path ir,
            @Nullable String irCommand,
            @Nullable Path out,
            @Nullable Target target,
            List<Path> watch,
            @Nullable DefaultNullness nullness,
            Path baseDir) {
        this(ir, irCommand, out, target, watch, nullness, baseDir, null);
    }

    /** No settings, relative to {@code baseDir}. */
    public static CodegenConfig empty(Path baseDir) {
        return new CodegenConfig(null, null, null, null, List.of(), null, baseDir);
    }

    /**
     * Reads a config file.
     *
     * @throws CodegenException naming the file and the problem: unreadable, not JSON, an unknown
     *     key, a value of the wrong type or an unknown target
     */
    public static CodegenConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new CodegenException("config file " + file + " does not exist");
        } catch (IOException e) {
            throw new CodegenException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(text);
        } catch (JacksonException e) {
            throw new CodegenException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new CodegenException(file + ": expected a JSON object");
        }
        List<String> problems = new ArrayList<>();
        for (String key : root.propertyNames()) {
            if (!KEYS.contains(key)) {
                problems.add(file + ": unknown key \"" + key
                        + "\" (known: ir, irCommand, out, target, watch, nullness, javaPackage)");
            }
        }
        Path base = file.toAbsolutePath().getParent();
        String ir = string(root, "ir", file, problems);
        String irCommand = string(root, "irCommand", file, problems);
        String out = string(root, "out", file, problems);
        String target = string(root, "target", file, problems);
        String nullnessText = string(root, "nullness", file, problems);
        String javaPackage = string(root, "javaPackage", file, problems);
        DefaultNullness nullness = null;
        if (nullnessText != null) {
            try {
                nullness = DefaultNullness.parse(nullnessText);
            } catch (IllegalArgumentException e) {
                problems.add(file + ": " + e.getMessage());
            }
        }
        List<Path> watch = new ArrayList<>();
        JsonNode watchNode = root.get("watch");
        if (watchNode != null) {
            if (!watchNode.isArray()) {
                problems.add(file + ": \"watch\" must be an array of paths");
            } else {
                watchNode.forEach(p -> {
                    if (p.isString()) {
                        watch.add(base.resolve(p.asString()).normalize());
                    } else {
                        problems.add(file + ": \"watch\" must hold paths (strings)");
                    }
                });
            }
        }
        Target parsedTarget = target == null ? null : Target.fromId(target);
        if (target != null && parsedTarget == null) {
            problems.add(file + ": unknown target \"" + target + "\" (known: base, react, vue, svelte, java)");
        }
        if (!problems.isEmpty()) {
            throw new CodegenException(problems);
        }
        return new CodegenConfig(
                ir == null ? null : base.resolve(ir).normalize(),
                irCommand,
                out == null ? null : base.resolve(out).normalize(),
                parsedTarget,
                watch,
                nullness,
                base,
                javaPackage);
    }

    private static @Nullable String string(JsonNode root, String key, Path file, List<String> problems) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            problems.add(file + ": \"" + key + "\" must be a string");
            return null;
        }
        return node.asString();
    }
}
