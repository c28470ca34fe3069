package dev.mizan.core.registry;

import java.util.regex.Pattern;

/** Protocol naming rules. */
public final class Names {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Names() {}

    /** {@code userProfile} → {@code user_profile}, {@code loadHTTPStatus} → {@code load_http_status}. */
    public static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLowerOrDigit = i > 0
                        && (Character.isLowerCase(javaName.charAt(i - 1)) || Character.isDigit(javaName.charAt(i - 1)));
                boolean endsAcronym = i > 0
                        && Character.isUpperCase(javaName.charAt(i - 1))
                        && i + 1 < javaName.length()
                        && Character.isLowerCase(javaName.charAt(i + 1));
                if (afterLowerOrDigit || endsAcronym) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether a function or context name is a valid protocol identifier. */
    static boolean isIdentifier(String name) {
        return IDENTIFIER.matcher(name).matches();
    }
}
