/**
 * Forms: a {@link dev.mizan.core.forms.MizanForm} record's description (fields, constraints,
 * labels, help texts, defaults, enum choices) for the {@code schema} and {@code validate} calls
 * and for the IR, and constraint messages in the caller's locale.
 */
@NullMarked
package dev.mizan.core.forms;

import org.jspecify.annotations.NullMarked;
