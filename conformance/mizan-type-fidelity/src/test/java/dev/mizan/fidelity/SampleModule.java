package dev.mizan.fidelity;

import java.util.ArrayList;
import java.util.List;

/**
 * The raw sample answers the Node driver printed, as a TypeScript module that assigns each JSON
 * text, unchanged, to the answer type of the generated call function: {@code tsc} then checks the
 * real wire against the generated type, excess properties included.
 */
final class SampleModule {

    private static final String PREFIX = "SAMPLE ";

    private SampleModule() {}

    static String typeScript(String driverOutput) {
        List<String> lines = new ArrayList<>();
        lines.add("// Written by TypeFidelityTest from the server's raw answers. Type-checked, never run.");
        lines.add("import type * as api from './generated/index'");
        lines.add("");
        lines.add("type Answer<F extends (...args: never[]) => Promise<unknown>> = {");
        lines.add("  result: Awaited<ReturnType<F>>");
        lines.add("  [key: string]: unknown");
        lines.add("}");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : driverOutput.split("\n")) {
            if (!line.startsWith(PREFIX)) {
                continue;
            }
            String rest = line.substring(PREFIX.length());
            int space = rest.indexOf(' ');
            String function = rest.substring(0, space);
            String json = rest.substring(space + 1).strip();
            if (!seen.add(function)) {
                continue;
            }
            lines.add("");
            lines.add("export const " + function + ": Answer<typeof api." + callName(function) + "> = " + json);
        }
        return String.join("\n", lines) + "\n";
    }

    /** {@code sample_long_ids} → {@code callSampleLongIds}. */
    static String callName(String function) {
        StringBuilder out = new StringBuilder("call");
        for (String part : function.split("_")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
