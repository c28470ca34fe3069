package dev.mizan.ir.model;

import dev.mizan.core.RenderStrategy;
import java.util.List;

/**
 * One page of the application's UI ({@code @Page}, docs/pages.md).
 *
 * @param path the page path, e.g. {@code /projects/{projectId}}
 * @param render its render strategy
 * @param embeds the contexts it embeds, sorted
 */
public record IrPage(String path, RenderStrategy render, List<String> embeds) {

    public IrPage {
        embeds = embeds.stream().sorted().distinct().toList();
    }
}
