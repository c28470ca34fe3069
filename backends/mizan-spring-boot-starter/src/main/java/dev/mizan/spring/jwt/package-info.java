/** JWT auth on the starter: properties, the Spring Security credentials check, and the bearer filter. */
@NullMarked
package dev.mizan.spring.jwt;

import org.jspecify.annotations.NullMarked;
