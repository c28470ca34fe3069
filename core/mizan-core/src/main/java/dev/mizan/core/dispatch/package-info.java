/**
 * The one dispatch pipeline every transport calls: resolve, auth, bind and validate, invoke,
 * serialize, compute invalidation and merges. Adapters translate requests onto {@link
 * dev.mizan.core.dispatch.Dispatcher} and map {@link dev.mizan.core.ErrorCode}s to statuses.
 */
@NullMarked
package dev.mizan.core.dispatch;

import org.jspecify.annotations.NullMarked;
