/**
 * Render contexts: the typed, already-spelled values the jte templates print. Each file the
 * generator writes has one top-level view record; the templates hold no logic beyond loops and
 * conditionals over these.
 */
@NullMarked
package dev.mizan.codegen.view;

import org.jspecify.annotations.NullMarked;
