/**
 * The Spring Boot starter: auto-configuration that discovers {@code @Client} methods on beans and
 * serves them over the Mizan wire protocol through the core dispatch pipeline.
 */
@NullMarked
package dev.mizan.spring;

import org.jspecify.annotations.NullMarked;
