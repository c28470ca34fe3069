/**
 * The capability board: which Mizan capabilities the conformance suite's wire probes prove, rendered
 * as the README table and checked in CI.
 */
@NullMarked
package dev.mizan.conformance.board;

import org.jspecify.annotations.NullMarked;
