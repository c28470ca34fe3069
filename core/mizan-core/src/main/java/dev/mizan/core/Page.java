package dev.mizan.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a page of the application's UI: its path, its render strategy and the contexts it
 * embeds (docs/pages.md). Put it, repeated, on a page class; the class needs no methods.
 *
 * <pre>{@code
 * @Page(path = "/projects/{projectId}", render = RenderStrategy.SSR, embeds = "project")
 * @Page(path = "/team", render = RenderStrategy.EDGE, embeds = "team")
 * final class BoardPages {}
 * }</pre>
 *
 * <p>Checked when the application starts and when the IR is exported: a {@code static} or
 * {@code edge} page (one rendering served to many callers) cannot embed a {@code user}-scoped
 * context, a {@code static} page embeds only {@code public} contexts and has no path variables,
 * and an {@code edge} page embeds only contexts an edge may keep.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Pages.class)
public @interface Page {

    /**
     * The page's path: {@code /}-separated literal segments and whole-segment variables
     * ({@code {projectId}}); a variable named like a param of an embedded context names that
     * context's instance.
     */
    String path();

    /** How the page is rendered. */
    RenderStrategy render();

    /** The contexts the page shows: invalidating one purges the page where it is kept. */
    String[] embeds() default {};
}
