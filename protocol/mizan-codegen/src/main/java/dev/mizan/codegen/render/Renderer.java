package dev.mizan.codegen.render;

import dev.mizan.codegen.CodegenException;
import dev.mizan.codegen.GeneratedFile;
import dev.mizan.codegen.Target;
import dev.mizan.codegen.view.ContextsFile;
import dev.mizan.codegen.view.FunctionsFile;
import dev.mizan.codegen.view.SimpleFile;
import dev.mizan.ir.model.IrDocument;
import java.util.ArrayList;
import java.util.List;

/** Turns an IR document into the generated files of a target, in memory. */
public final class Renderer {

    private Renderer() {}

    /**
     * Renders every file of {@code target}, sorted by path.
     *
     * @throws CodegenException listing every problem of the IR; nothing is rendered then
     */
    public static List<GeneratedFile> render(IrDocument ir, Target target) {
        List<String> problems = IrCheck.problems(ir);
        if (!problems.isEmpty()) {
            throw new CodegenException(problems);
        }
        IrIndex index = new IrIndex(ir);
        TsTypes ts = new TsTypes(index);
        FunctionViews functionViews = new FunctionViews(ir, ts);
        ContextViews contextViews = new ContextViews(ir, index, ts);
        FunctionsFile functions = functionViews.file();
        ContextsFile contexts = contextViews.file();
        problems = NameCheck.problems(ir, functions.functions(), contexts.contexts());
        if (!problems.isEmpty()) {
            throw new CodegenException(problems);
        }
        boolean react = target == Target.REACT;
        SimpleFile simple = new SimpleFile(GeneratedFile.HEADER, react);
        List<GeneratedFile> files = new ArrayList<>();
        files.add(file("contexts.ts", "contexts.jte", contexts));
        files.add(file("functions.ts", "functions.jte", functions));
        files.add(file("index.ts", "index.jte", simple));
        if (react) {
            files.add(file("react.ts", "react.jte", new ReactViews(functionViews, contextViews, ts).file()));
        }
        files.add(file("runtime.ts", "runtime.jte", simple));
        files.add(file("types.ts", "types.jte", new TypeViews(ir, ts).file()));
        return List.copyOf(files);
    }

    private static GeneratedFile file(String path, String template, Object view) {
        return new GeneratedFile(path, Templates.render(template, view));
    }
}
