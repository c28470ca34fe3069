package dev.mizan.core.registry;

import dev.mizan.core.Page;
import dev.mizan.core.Pages;
import dev.mizan.core.RenderStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Reads the {@code @Page} declarations of page classes and checks them against the contexts. */
final class PageReader {

    private PageReader() {}

    /** Whether a class declares pages. */
    static boolean declaresPages(Class<?> type) {
        return type.isAnnotationPresent(Page.class) || type.isAnnotationPresent(Pages.class);
    }

    static List<PageDescriptor> read(
            Collection<Class<?>> classes,
            List<ContextDescriptor> contexts,
            Map<String, FunctionDescriptor> functions,
            Consumer<Problem> problems) {
        Map<String, PageRules.Embedded> embedded = new HashMap<>();
        for (ContextDescriptor c : contexts) {
            embedded.put(c.name(), embedded(c, functions));
        }
        Function<String, PageRules.@Nullable Embedded> lookup = embedded::get;
        Map<String, PageDescriptor> byPath = new HashMap<>();
        List<PageDescriptor> out = new ArrayList<>();
        for (Class<?> type : classes) {
            for (Page page : type.getAnnotationsByType(Page.class)) {
                List<String> embeds = Arrays.asList(page.embeds());
                List<String> found = PageRules.problems(page.path(), page.render(), embeds, lookup);
                found.forEach(p -> problems.accept(new Problem(type.getName(), p)));
                long ttl = page.render() == RenderStrategy.EDGE ? PageRules.edgeTtl(embeds, lookup) : 0;
                PageDescriptor descriptor = new PageDescriptor(page.path(), page.render(), embeds, ttl, type.getName());
                PageDescriptor clash = byPath.putIfAbsent(page.path(), descriptor);
                if (clash != null) {
                    problems.accept(new Problem(
                            type.getName(), "page " + page.path() + " is declared twice, also by " + clash.source()));
                } else if (found.isEmpty()) {
                    out.add(descriptor);
                }
            }
        }
        return out;
    }

    private static PageRules.Embedded embedded(ContextDescriptor context, Map<String, FunctionDescriptor> functions) {
        String notShareable = null;
        long ttl = Long.MAX_VALUE;
        for (String name : context.members()) {
            FunctionDescriptor m = functions.get(name);
            if (m == null) {
                continue;
            }
            Duration memberTtl = m.cacheTtl();
            if (memberTtl == null) {
                notShareable = notShareable == null ? "member " + m.name() + " is not @Cached" : notShareable;
                ttl = 0;
            } else {
                ttl = Math.min(ttl, memberTtl.toSeconds());
            }
            if ((m.predicate() != null || !m.roles().isEmpty()) && notShareable == null) {
                notShareable = "member " + m.name() + " needs roles or a predicate, which a permission class"
                        + " does not decide";
            }
        }
        return new PageRules.Embedded(context.scope(), notShareable, ttl == Long.MAX_VALUE ? 0 : ttl);
    }
}
