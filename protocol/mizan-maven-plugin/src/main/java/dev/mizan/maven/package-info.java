/** Maven goals of Mizan: {@code export-ir} ({@link dev.mizan.maven.ExportIrMojo}). */
@NullMarked
package dev.mizan.maven;

import org.jspecify.annotations.NullMarked;
