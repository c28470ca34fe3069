package dev.mizan.codegen.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** The precompiled jte templates of src/main/jte, rendered as plain text. */
final class Templates {

    private static final TemplateEngine ENGINE = createEngine();

    private Templates() {}

    /** Renders the template {@code name} (e.g. {@code types.jte}) with its single view parameter. */
    static String render(String name, Object view) {
        StringOutput output = new StringOutput(64 * 1024);
        ENGINE.render(name, view, output);
        return Tidy.blankLines(output.toString());
    }

    /**
     * jte loads precompiled templates through the context class loader of the thread that creates
     * the engine. That thread may be a parallel-stream worker (whose loader is the system one) or a
     * Maven plugin's thread, neither of which sees this jar's classes: create it under our own.
     */
    private static TemplateEngine createEngine() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Templates.class.getClassLoader());
        try {
            return TemplateEngine.createPrecompiled(null, ContentType.Plain, null, "dev.mizan.codegen.jte");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
