package dev.mizan.core.javadoc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reduces a raw doc comment to its main description on one line. */
final class JavadocText {

    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|literal|link|linkplain|value)\\s+([^}]*)}");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

    private JavadocText() {}

    /** The text before the first block tag, inline tags reduced to their text, whitespace collapsed. */
    static String mainDescription(String comment) {
        StringBuilder main = new StringBuilder();
        for (String line : comment.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("@")) {
                break;
            }
            main.append(trimmed).append(' ');
        }
        Matcher inline = INLINE_TAG.matcher(main);
        String text = inline.replaceAll(m -> Matcher.quoteReplacement(m.group(1).strip()));
        text = HTML_TAG.matcher(text).replaceAll(" ");
        return text.replaceAll("\\s+", " ").strip();
    }
}
