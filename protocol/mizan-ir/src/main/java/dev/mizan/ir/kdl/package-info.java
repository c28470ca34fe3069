/**
 * A KDL 2 parser ({@link dev.mizan.ir.kdl.Kdl#parse(String)}) and canonical emitter
 * ({@link dev.mizan.ir.kdl.Kdl#print(KdlDocument)}), small and dependency-free.
 */
@NullMarked
package dev.mizan.ir.kdl;

import org.jspecify.annotations.NullMarked;
