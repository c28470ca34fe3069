/** Uploads: the {@link dev.mizan.core.upload.Upload} parameter type and the streaming multipart reader. */
@NullMarked
package dev.mizan.core.upload;

import org.jspecify.annotations.NullMarked;
