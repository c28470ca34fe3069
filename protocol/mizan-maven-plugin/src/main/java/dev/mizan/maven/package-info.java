/**
 * Maven goals of Mizan: {@code export-ir} ({@link dev.mizan.maven.ExportIrMojo}) and {@code generate}
 * ({@link dev.mizan.maven.GenerateMojo}).
 */
@NullMarked
package dev.mizan.maven;

import org.jspecify.annotations.NullMarked;
