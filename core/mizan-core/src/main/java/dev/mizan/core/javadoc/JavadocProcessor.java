package dev.mizan.core.javadoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Records the Javadoc of every {@code @Client} and {@code @Channel} method into {@value Javadocs#RESOURCE} at compile
 * time (ASCII, other characters escaped), merged with what an earlier (incremental) compilation recorded. Registered as a service,
 * so it runs wherever mizan-core is on the annotation processor path.
 */
@SupportedAnnotationTypes({"dev.mizan.core.Client", "dev.mizan.core.Channel"})
public final class JavadocProcessor extends AbstractProcessor {

    private final Map<String, String> docs = new TreeMap<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof ExecutableElement method) {
                    String doc = processingEnv.getElementUtils().getDocComment(method);
                    if (doc != null && !JavadocText.mainDescription(doc).isEmpty()) {
                        docs.put(key(method), JavadocText.mainDescription(doc));
                    }
                }
            }
        }
        if (round.processingOver() && !docs.isEmpty()) {
            write();
        }
        return false;
    }

    private String key(ExecutableElement method) {
        TypeElement owner = (TypeElement) method.getEnclosingElement();
        String params = method.getParameters().stream()
                .map(p -> processingEnv.getTypeUtils().erasure(p.asType()).toString())
                .collect(Collectors.joining(","));
        return owner.getQualifiedName() + "#" + method.getSimpleName() + "(" + params + ")";
    }

    private void write() {
        Map<String, String> all = new TreeMap<>(previous());
        all.putAll(docs);
        Properties properties = new Properties();
        properties.putAll(all);
        try {
            FileObject file =
                    processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", Javadocs.RESOURCE);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            properties.store(bytes, null);
            String body = bytes.toString(StandardCharsets.ISO_8859_1)
                    .lines()
                    .filter(line -> !line.startsWith("#"))
                    .sorted()
                    .collect(Collectors.joining("\n", "", "\n"));
            try (Writer out = file.openWriter()) {
                out.write(body);
            }
        } catch (IOException e) {
            processingEnv
                    .getMessager()
                    .printMessage(javax.tools.Diagnostic.Kind.WARNING, "cannot write " + Javadocs.RESOURCE + ": " + e);
        }
    }

    private Map<String, String> previous() {
        Map<String, String> out = new TreeMap<>();
        try {
            FileObject file =
                    processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", Javadocs.RESOURCE);
            Properties properties = new Properties();
            try (InputStream in = file.openInputStream()) {
                properties.load(in);
            }
            properties.forEach((k, v) -> out.put((String) k, (String) v));
        } catch (IOException | IllegalArgumentException e) {
            return out;
        }
        return out;
    }
}
