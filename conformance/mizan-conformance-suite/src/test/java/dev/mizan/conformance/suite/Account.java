package dev.mizan.conformance.suite;

/**
 * A login the server under test knows, given as {@code username:password}.
 *
 * @param username login name
 * @param password password
 */
record Account(String username, String password) {

    /** Reads {@code username:password} from a system property, falling back to the fixture's default. */
    static Account fromProperty(String property, String fallback) {
        String value = System.getProperty(property, fallback);
        int colon = value.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(property + " must be username:password, was " + value);
        }
        return new Account(value.substring(0, colon), value.substring(colon + 1));
    }
}
