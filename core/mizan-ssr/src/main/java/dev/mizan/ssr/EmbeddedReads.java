package dev.mizan.ssr;

import dev.mizan.core.registry.PageDescriptor;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reads of a page rendered once for many callers ({@code static}, {@code edge}): only the
 * contexts it embeds are answered, so a render never takes in data its declaration does not name;
 * any other read is refused ({@code FORBIDDEN}) and, like any failed read, makes the page one that
 * is not kept.
 */
final class EmbeddedReads implements ContextReader {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedReads.class);

    private final PageDescriptor page;
    private final ContextReader reader;
    private volatile boolean clean = true;

    EmbeddedReads(PageDescriptor page, ContextReader reader) {
        this.page = page;
        this.reader = reader;
    }

    @Override
    public Answer read(String name, Map<String, String> params) {
        if (!page.embeds().contains(name)) {
            clean = false;
            LOG.warn(
                    "mizan pages: page {} ({}) read context '{}', which it does not embed; refused",
                    page.path(),
                    page.render().wireName(),
                    name);
            ObjectNode error = JsonNodeFactory.instance.objectNode();
            error.putObject("error")
                    .put("code", "FORBIDDEN")
                    .put("message", "page " + page.path() + " does not embed context '" + name + "'")
                    .putObject("details");
            return new Answer(403, error.toString());
        }
        Answer answer = reader.read(name, params);
        if (answer.status() != 200) {
            clean = false;
        }
        return answer;
    }

    /** Whether every read was of an embedded context and succeeded. */
    boolean clean() {
        return clean;
    }
}
