package dev.mizan.codegen;

import java.util.List;

/** A small line diff for golden-file failures: the first differing region, with context. */
final class Diff {

    private Diff() {}

    static String unified(String name, String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        StringBuilder out = new StringBuilder("--- ").append(name).append(" (golden)\n+++ generated\n");
        out.append("@@ line ").append(start + 1).append(" @@\n");
        for (int i = Math.max(0, start - 2); i < start; i++) {
            out.append("  ").append(a.get(i)).append('\n');
        }
        a.subList(start, endA).forEach(line -> out.append("- ").append(line).append('\n'));
        b.subList(start, endB).forEach(line -> out.append("+ ").append(line).append('\n'));
        return out.toString();
    }
}
