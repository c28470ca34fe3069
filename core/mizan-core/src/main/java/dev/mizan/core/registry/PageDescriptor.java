package dev.mizan.core.registry;

import dev.mizan.core.RenderStrategy;
import java.util.List;

/**
 * A page as declared by {@code @Page} on a page class (docs/pages.md).
 *
 * @param path the path, e.g. {@code /projects/{projectId}}
 * @param render its render strategy
 * @param embeds the contexts it shows, sorted
 * @param ttl seconds an edge may keep an {@code edge} page (the shortest TTL of its contexts); 0 for the others
 * @param source the declaring class's name, for messages
 */
public record PageDescriptor(String path, RenderStrategy render, List<String> embeds, long ttl, String source) {

    public PageDescriptor {
        embeds = embeds.stream().sorted().distinct().toList();
    }

    /** The path's variables, in order. */
    public List<String> variables() {
        return PageRules.variables(path);
    }
}
