/**
 * Javadoc of {@code @Client} methods, recorded at compile time by
 * {@link dev.mizan.core.javadoc.JavadocProcessor} into {@value dev.mizan.core.javadoc.Javadocs#RESOURCE}
 * and read back by {@link dev.mizan.core.javadoc.Javadocs} (class files carry no comments).
 */
@NullMarked
package dev.mizan.core.javadoc;

import org.jspecify.annotations.NullMarked;
