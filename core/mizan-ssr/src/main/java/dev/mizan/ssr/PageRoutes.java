package dev.mizan.ssr;

import dev.mizan.core.registry.PageDescriptor;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the declared page of a request path (docs/pages.md): segment by segment, a literal segment
 * matching only itself and a variable ({@code {id}}) any one non-empty segment; of two pages that
 * match, the one with more literal segments wins. {@code @mizan/edge} matches the same way.
 */
public final class PageRoutes {

    /**
     * A matched page.
     *
     * @param page the declaration
     * @param variables the path's variables, decoded as the request carried them
     */
    public record Match(PageDescriptor page, Map<String, String> variables) {}

    private final List<PageDescriptor> pages;

    public PageRoutes(List<PageDescriptor> pages) {
        this.pages = pages.stream()
                .sorted(Comparator.comparingLong(PageRoutes::literals).reversed())
                .toList();
    }

    /** Whether no page is declared. */
    public boolean isEmpty() {
        return pages.isEmpty();
    }

    /** The page of a request path (without the query), or {@code null}. */
    public @Nullable Match match(String path) {
        String[] given = segments(path);
        for (PageDescriptor page : pages) {
            Map<String, String> variables = bind(segments(page.path()), given);
            if (variables != null) {
                return new Match(page, variables);
            }
        }
        return null;
    }

    private static @Nullable Map<String, String> bind(String[] declared, String[] given) {
        if (declared.length != given.length) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < declared.length; i++) {
            String d = declared[i];
            if (d.startsWith("{") && d.endsWith("}")) {
                if (given[i].isEmpty()) {
                    return null;
                }
                out.put(d.substring(1, d.length() - 1), given[i]);
            } else if (!d.equals(given[i])) {
                return null;
            }
        }
        return out;
    }

    private static String[] segments(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return trimmed.equals("/") ? new String[0] : trimmed.substring(1).split("/", -1);
    }

    private static long literals(PageDescriptor page) {
        String[] s = segments(page.path());
        return java.util.Arrays.stream(s).filter(x -> !x.startsWith("{")).count() * 1000 + s.length;
    }
}
