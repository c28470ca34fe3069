package dev.mizan.conformance.board;

/** The generated part of a README: the text between the capability markers. */
final class ReadmeSection {

    static final String START = "<!-- capabilities:start -->";
    static final String END = "<!-- capabilities:end -->";

    private ReadmeSection() {}

    /** The text between the markers (after the start marker's line end). */
    static String extract(String readme) {
        int[] bounds = bounds(readme);
        return readme.substring(bounds[0], bounds[1]);
    }

    /** The README with the text between the markers replaced. */
    static String replace(String readme, String section) {
        int[] bounds = bounds(readme);
        return readme.substring(0, bounds[0]) + section + readme.substring(bounds[1]);
    }

    private static int[] bounds(String readme) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        if (start < 0 || end < 0 || end < start || readme.indexOf(START, start + 1) >= 0) {
            throw new BoardException("the README needs exactly one " + START + " … " + END + " pair, in that order");
        }
        int from = start + START.length();
        if (readme.startsWith("\n", from)) {
            from++;
        }
        return new int[] {from, end};
    }
}
