/**
 * The benchmark's functions, free of any web framework: the echo and the context of five trivial
 * members, served by the Spring bench app and the Vert.x bench app alike.
 */
@NullMarked
package dev.mizan.bench;

import org.jspecify.annotations.NullMarked;
