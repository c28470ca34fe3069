/**
 * The benchmark server: the same echo served by Mizan and by a plain controller, a context of five
 * trivial members, a context of five members that each block 50 ms, in one Spring Boot app.
 */
@NullMarked
package dev.mizan.bench;

import org.jspecify.annotations.NullMarked;
