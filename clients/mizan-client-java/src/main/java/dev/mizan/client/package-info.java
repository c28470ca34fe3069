/**
 * The runtime of generated Java clients: {@link dev.mizan.client.MizanClient} (transport over
 * {@code java.net.http}, session and CSRF or bearer auth, the optional context cache) and the
 * typed errors, {@link dev.mizan.client.MizanException} and its subclasses, one per error code.
 */
@NullMarked
package dev.mizan.client;

import org.jspecify.annotations.NullMarked;
