/**
 * The registry of server functions: descriptors built from {@code @Client} methods alone (no
 * instances, no framework), validated at startup with every problem reported together.
 */
@NullMarked
package dev.mizan.core.registry;

import org.jspecify.annotations.NullMarked;
