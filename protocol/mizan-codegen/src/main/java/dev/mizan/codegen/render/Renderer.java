package dev.mizan.codegen.render;

import dev.mizan.codegen.CodegenException;
import dev.mizan.codegen.GeneratedFile;
import dev.mizan.codegen.JavaOptions;
import dev.mizan.codegen.Target;
import dev.mizan.codegen.java.JavaRenderer;
import dev.mizan.codegen.view.ContextsFile;
import dev.mizan.codegen.view.FunctionsFile;
import dev.mizan.codegen.view.SimpleFile;
import dev.mizan.ir.model.IrDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/** Turns an IR document into the generated files of a target, in memory. */
public final class Renderer {

    private Renderer() {}

    /**
     * Renders every file of {@code target}, sorted by path.
     *
     * @throws CodegenException listing every problem of the IR; nothing is rendered then
     */
    public static List<GeneratedFile> render(IrDocument ir, Target target) {
        return render(ir, target, JavaOptions.defaults());
    }

    /**
     * Renders every file of {@code target}, sorted by path; {@code java} options apply to the
     * {@link Target#JAVA} target only.
     *
     * @throws CodegenException listing every problem of the IR; nothing is rendered then
     */
    public static List<GeneratedFile> render(IrDocument ir, Target target, JavaOptions java) {
        List<String> problems = IrCheck.problems(ir);
        if (!problems.isEmpty()) {
            throw new CodegenException(problems);
        }
        if (target == Target.JAVA) {
            return JavaRenderer.render(ir, java);
        }
        IrIndex index = new IrIndex(ir);
        TsTypes ts = new TsTypes(index);
        InputForms forms = InputForms.of(ir, index);
        TsTypes inputTs = ts.input(forms);
        FunctionViews functionViews = new FunctionViews(ir, ts, inputTs);
        ContextViews contextViews = new ContextViews(ir, index, ts, inputTs);
        FunctionsFile functions = functionViews.file();
        ContextsFile contexts = contextViews.file();
        problems = NameCheck.problems(ir, functions.functions(), contexts.contexts(), target, forms);
        if (!problems.isEmpty()) {
            throw new CodegenException(problems);
        }
        boolean react = target == Target.REACT;
        String bindings = target == Target.VUE || target == Target.SVELTE ? target.id() : null;
        SimpleFile simple = new SimpleFile(GeneratedFile.HEADER, react, bindings);
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job("contexts.ts", "contexts.jte", () -> contexts));
        jobs.add(new Job("functions.ts", "functions.jte", () -> functions));
        jobs.add(new Job("index.ts", "index.jte", () -> simple));
        if (react) {
            jobs.add(new Job("react.ts", "react.jte", () -> new ReactViews(functionViews, contextViews, ts).file()));
        }
        jobs.add(new Job("runtime.ts", "runtime.jte", () -> simple));
        if (target == Target.SVELTE) {
            jobs.add(new Job("svelte.ts", "svelte.jte", () -> new SvelteViews(functionViews, contextViews, ts).file()));
        }
        jobs.add(new Job("types.ts", "types.jte", () -> new TypeViews(ir, ts, forms).file()));
        if (target == Target.VUE) {
            jobs.add(new Job("vue.ts", "vue.jte", () -> new VueViews(functionViews, contextViews, ts).file()));
        }
        // The files are independent (the views only read the IR): render them on all cores, in path order.
        List<GeneratedFile> files =
                new ArrayList<>(jobs.parallelStream().map(Job::render).toList());
        ChannelViews channels = new ChannelViews(ir, ts);
        if (!channels.isEmpty()) {
            files.add(new GeneratedFile("channels.ts", channels.channelsFile()));
            if (react) {
                files.add(new GeneratedFile("react-channels.ts", channels.reactFile()));
            }
            if (target == Target.VUE) {
                files.add(new GeneratedFile("vue-channels.ts", channels.vueFile()));
            }
            if (target == Target.SVELTE) {
                files.add(new GeneratedFile("svelte-channels.ts", channels.svelteFile()));
            }
            files.sort(Comparator.comparing(GeneratedFile::path));
        }
        return List.copyOf(files);
    }

    /** One output file: its path, its template and how to build its view. */
    private record Job(String path, String template, Supplier<Object> view) {
        GeneratedFile render() {
            return new GeneratedFile(path, Templates.render(template, view.get()));
        }
    }
}
