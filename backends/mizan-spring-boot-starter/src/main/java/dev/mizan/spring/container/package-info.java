/**
 * Errors the servlet container answers itself (request framing, header limits, the error-page
 * dispatch) written as Mizan envelopes on the base path, and the container defaults the starter
 * sets (virtual threads, read timeouts).
 */
@NullMarked
package dev.mizan.spring.container;

import org.jspecify.annotations.NullMarked;
