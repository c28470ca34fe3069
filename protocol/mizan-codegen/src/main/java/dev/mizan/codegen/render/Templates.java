package dev.mizan.codegen.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** The precompiled jte templates of src/main/jte, rendered as plain text. */
final class Templates {

    private static final TemplateEngine ENGINE =
            TemplateEngine.createPrecompiled(null, ContentType.Plain, null, "dev.mizan.codegen.jte");

    private Templates() {}

    /** Renders the template {@code name} (e.g. {@code types.jte}) with its single view parameter. */
    static String render(String name, Object view) {
        StringOutput output = new StringOutput(64 * 1024);
        ENGINE.render(name, view, output);
        return Tidy.blankLines(output.toString());
    }
}
