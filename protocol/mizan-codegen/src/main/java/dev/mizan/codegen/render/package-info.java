/**
 * From IR to text: checks the document, builds the typed views of each output file and renders
 * them with the precompiled jte templates. {@link dev.mizan.codegen.render.Renderer} is the only
 * entry point.
 */
@NullMarked
package dev.mizan.codegen.render;

import org.jspecify.annotations.NullMarked;
