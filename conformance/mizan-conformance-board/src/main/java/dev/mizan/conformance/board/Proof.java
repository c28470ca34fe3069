package dev.mizan.conformance.board;

/**
 * One line of the proven file: a capability proven for one adapter.
 *
 * @param adapter the adapter id
 * @param capability the capability id
 */
public record Proof(String adapter, String capability) {

    /** The line as the proven file writes it. */
    String line() {
        return adapter + " " + capability;
    }
}
