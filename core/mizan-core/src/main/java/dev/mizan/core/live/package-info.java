/**
 * Live updates (MIZAN.md §4), independent of any web framework: the {@link
 * dev.mizan.core.live.LiveHub} that receives every mutation's entries from the dispatcher and
 * pushes them to subscribed sockets, the per-socket {@link dev.mizan.core.live.LiveConnection}
 * that parses frames and dispatches them, and the {@link dev.mizan.core.live.LiveLog} that numbers
 * pushes and retains them for {@code resume}. An adapter only translates its native socket onto
 * {@link dev.mizan.core.live.LiveTransport}.
 */
@NullMarked
package dev.mizan.core.live;

import org.jspecify.annotations.NullMarked;
