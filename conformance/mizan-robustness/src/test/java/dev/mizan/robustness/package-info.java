/**
 * The robustness suite: black-box attacks on a Mizan server over loopback, against the
 * conformance fixture (or any server at {@code -Dmizan.conformance.url}) and the task board
 * (started from its jar, or at {@code -Dmizan.robustness.board.url}). Figures go to
 * {@code -Dmizan.robustness.results}.
 */
@NullMarked
package dev.mizan.robustness;

import org.jspecify.annotations.NullMarked;
