/**
 * The type model: what a Java type looks like on the wire, derived from how the application's
 * Jackson {@code ObjectMapper} really writes it. {@link dev.mizan.core.types.TypeModel} is the
 * entry point; the IR builder turns its {@link dev.mizan.core.types.WireType}s and
 * {@link dev.mizan.core.types.NamedType}s into IR type expressions and type nodes.
 */
@NullMarked
package dev.mizan.core.types;

import org.jspecify.annotations.NullMarked;
