/**
 * The edge, framework-agnostic (MIZAN.md §5 "MWT", "edge manifest"): the Mizan Web Token an edge
 * verifies to learn a caller's permission class without calling the origin, and the manifest that
 * tells it which context answers it may keep. Adapters write the token cookie and serve the
 * manifest; the {@code @mizan/edge} worker reads both.
 */
@NullMarked
package dev.mizan.core.edge;

import org.jspecify.annotations.NullMarked;
