/** Fixtures for the wire shapes beyond plain records: tags, string numbers, any-properties, raw JSON. */
@NullMarked
package dev.mizan.core.types.shapes;

import org.jspecify.annotations.NullMarked;
