/** A registry that exercises every IR construct, for the golden IR test. */
@NullMarked
package dev.mizan.ir.golden;

import org.jspecify.annotations.NullMarked;
