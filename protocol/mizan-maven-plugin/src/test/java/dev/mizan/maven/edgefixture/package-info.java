/** Server functions the export goal tests export. */
@NullMarked
package dev.mizan.maven.edgefixture;

import org.jspecify.annotations.NullMarked;
