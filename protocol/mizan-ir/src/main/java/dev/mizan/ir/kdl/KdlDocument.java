package dev.mizan.ir.kdl;

import java.util.List;

/**
 * A parsed KDL document: its top-level nodes in source order.
 *
 * @param nodes the top-level nodes (slashdashed nodes are already removed)
 */
public record KdlDocument(List<KdlNode> nodes) {

    public KdlDocument {
        nodes = List.copyOf(nodes);
    }
}
