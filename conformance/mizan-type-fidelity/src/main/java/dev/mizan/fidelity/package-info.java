/** A Spring Boot app whose {@code @Client} functions return and accept one sample of every wire shape. */
@NullMarked
package dev.mizan.fidelity;

import org.jspecify.annotations.NullMarked;
