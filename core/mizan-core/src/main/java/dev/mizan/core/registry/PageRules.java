package dev.mizan.core.registry;

import dev.mizan.core.ContextScope;
import dev.mizan.core.RenderStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules a page declaration must follow (docs/pages.md), the same at startup (from the
 * registry) and at export (from the IR): a page rendered once for many callers ({@code static},
 * {@code edge}) never shows data that is not theirs to share.
 */
public final class PageRules {

    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~!$&'()+,;=:@%-]+");
    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private PageRules() {}

    /**
     * What a page needs to know of a context it embeds.
     *
     * @param scope the context's scope
     * @param notShareable why an edge may not keep its answers (a member not {@code @Cached}, or
     *     guarded by roles or a predicate), or {@code null} when it may
     * @param ttl the shortest TTL of its members in seconds (0 when one is not cached)
     */
    public record Embedded(ContextScope scope, @Nullable String notShareable, long ttl) {}

    /**
     * The variables of a page path, in order.
     *
     * @throws IllegalArgumentException saying what is wrong with the path
     */
    public static List<String> variables(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a page path starts with '/'");
        }
        List<String> out = new ArrayList<>();
        if (path.equals("/")) {
            return out;
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            var variable = VARIABLE.matcher(segment);
            if (variable.matches()) {
                if (out.contains(variable.group(1))) {
                    throw new IllegalArgumentException("the variable {" + variable.group(1) + "} appears twice");
                }
                out.add(variable.group(1));
            } else if (segment.isEmpty() && i == segments.length - 1) {
                continue; // a trailing slash
            } else if (!LITERAL.matcher(segment).matches()) {
                throw new IllegalArgumentException(
                        "segment '" + segment + "' is neither literal text nor a whole-segment variable such as {id}");
            }
        }
        return out;
    }

    /**
     * Every problem of one page declaration, each a sentence naming the page (and the context at
     * fault); empty when the page is valid.
     *
     * @param contexts the embedded context of a name, or {@code null} when there is none
     */
    public static List<String> problems(
            String path, RenderStrategy render, List<String> embeds, Function<String, @Nullable Embedded> contexts) {
        List<String> problems = new ArrayList<>();
        String page = "page " + path + " (" + render.wireName() + ")";
        List<String> variables;
        try {
            variables = variables(path);
        } catch (IllegalArgumentException e) {
            problems.add(page + ": bad path: " + e.getMessage());
            variables = List.of();
        }
        if (render == RenderStrategy.STATIC && !variables.isEmpty()) {
            problems.add(page + ": a static page is rendered once, so its path has no variables");
        }
        if (render == RenderStrategy.EDGE && embeds.isEmpty()) {
            problems.add(page + ": an edge page embeds at least one context (an edge keeps it as long as the"
                    + " shortest of their TTLs); a page without data is static");
        }
        for (String name : embeds) {
            Embedded context = contexts.apply(name);
            if (context == null) {
                problems.add(page + " embeds context '" + name + "', which no function declares");
                continue;
            }
            String problem = embedProblem(page, render, name, context);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private static @Nullable String embedProblem(String page, RenderStrategy render, String name, Embedded context) {
        if (render.shared() && context.scope() == ContextScope.USER) {
            return page + " embeds context '" + name + "' of scope user: its answers are per user, and a "
                    + render.wireName() + " page is one rendering served to many callers; declare the page"
                    + " ssr or csr";
        }
        if (render == RenderStrategy.STATIC && context.scope() != ContextScope.PUBLIC) {
            return page + " embeds context '" + name + "' of scope "
                    + context.scope().wireName()
                    + ": a static page is rendered once for no caller, so it shows public contexts only;"
                    + " declare the page edge, ssr or csr";
        }
        if (render == RenderStrategy.EDGE && context.notShareable() != null) {
            return page + " embeds context '" + name + "', which an edge may not keep (" + context.notShareable()
                    + "); declare the page ssr or csr";
        }
        return null;
    }

    /** The TTL of an edge page: the shortest of its embedded contexts'. */
    public static long edgeTtl(List<String> embeds, Function<String, @Nullable Embedded> contexts) {
        long ttl = Long.MAX_VALUE;
        for (String name : embeds) {
            Embedded context = contexts.apply(name);
            if (context != null && context.ttl() > 0) {
                ttl = Math.min(ttl, context.ttl());
            }
        }
        return ttl == Long.MAX_VALUE ? 0 : ttl;
    }
}
