/**
 * The {@code java} target: records, enums and sealed interfaces for the IR's types and one typed
 * client class over the {@code mizan-client-java} runtime, printed directly from the IR.
 */
@NullMarked
package dev.mizan.codegen.java;

import org.jspecify.annotations.NullMarked;
