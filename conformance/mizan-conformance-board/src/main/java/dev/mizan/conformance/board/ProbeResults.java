package dev.mizan.conformance.board;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Per-probe outcomes read from JUnit XML reports (Maven Surefire's {@code TEST-*.xml}). A probe id is
 * the test class's simple name, {@code #}, and the test method's name.
 */
public final class ProbeResults {

    private final Map<String, Outcome> outcomes;

    private ProbeResults(Map<String, Outcome> outcomes) {
        this.outcomes = Map.copyOf(outcomes);
    }

    /** No results at all: every probe did not run. */
    public static ProbeResults none() {
        return new ProbeResults(Map.of());
    }

    /** Results given directly, for callers that already know them. */
    public static ProbeResults of(Map<String, Outcome> outcomes) {
        return new ProbeResults(outcomes);
    }

    /** Reads every {@code TEST-*.xml} report of a directory; it must hold at least one. */
    public static ProbeResults read(Path reports) {
        if (!Files.isDirectory(reports)) {
            throw new BoardException("no probe reports at " + reports + ": run the conformance suite first");
        }
        Map<String, Outcome> outcomes = new TreeMap<>();
        try (Stream<Path> files = Files.list(reports)) {
            for (Path file : files.filter(ProbeResults::isReport).sorted().toList()) {
                readReport(file, outcomes);
            }
        } catch (IOException e) {
            throw new BoardException("cannot list probe reports in " + reports + ": " + e.getMessage());
        }
        if (outcomes.isEmpty()) {
            throw new BoardException("no probe results in " + reports + ": run the conformance suite first");
        }
        return new ProbeResults(outcomes);
    }

    /** The outcome of a probe, or {@code null} when no report mentions it. */
    public @Nullable Outcome outcome(String probe) {
        return outcomes.get(probe);
    }

    /** Every probe id the reports mention. */
    public Set<String> probes() {
        return outcomes.keySet();
    }

    private static boolean isReport(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("TEST-") && name.endsWith(".xml");
    }

    private static void readReport(Path file, Map<String, Outcome> outcomes) {
        NodeList cases = parse(file).getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            String probe = probeId(testcase.getAttribute("classname"), testcase.getAttribute("name"));
            outcomes.merge(probe, outcomeOf(testcase), Outcome::and);
        }
    }

    static String probeId(String className, String testName) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        String method = testName;
        for (char stop : new char[] {'(', '[', ' '}) {
            int at = method.indexOf(stop);
            if (at > 0) {
                method = method.substring(0, at);
            }
        }
        return simple + "#" + method;
    }

    private static Outcome outcomeOf(Element testcase) {
        Outcome outcome = Outcome.PASSED;
        NodeList children = testcase.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            outcome = switch (child.getNodeName()) {
                case "failure", "error" -> outcome.and(Outcome.FAILED);
                case "skipped" -> outcome.and(Outcome.SKIPPED);
                default -> outcome;
            };
        }
        return outcome;
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new BoardException("cannot read probe report " + file + ": " + e.getMessage());
        }
    }
}
