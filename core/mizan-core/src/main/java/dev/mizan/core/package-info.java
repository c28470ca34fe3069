/** Mizan's public server API: the {@link dev.mizan.core.Client} annotation and what it refers to. */
@NullMarked
package dev.mizan.core;

import org.jspecify.annotations.NullMarked;
