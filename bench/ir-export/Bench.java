import dev.mizan.core.Auth;
import dev.mizan.ir.IrWriter;
import dev.mizan.ir.build.ExportOptions;
import dev.mizan.ir.build.IrExporter;
import dev.mizan.ir.model.IrDocument;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times the IR export of compiled classes in one JVM: warm-up rounds, then measured rounds, each
 * a full export (classpath scan, loading in a fresh class loader, registry, type model, canonical
 * KDL bytes). Usage: java -cp CLASSPATH Bench.java CLASSES_DIR WARMUP ROUNDS
 */
public class Bench {

    public static void main(String[] args) {
        Path classes = Path.of(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        ExportOptions options = new ExportOptions(List.of(classes), List.of("bench.gen"), Auth.PUBLIC);
        byte[] first = null;
        for (int i = 0; i < warmup; i++) {
            long t0 = System.nanoTime();
            byte[] bytes = IrWriter.write(IrExporter.export(options));
            System.out.printf("warm-up %d: %.0f ms%n", i + 1, (System.nanoTime() - t0) / 1e6);
            first = first == null ? bytes : first;
        }
        List<Double> times = new ArrayList<>();
        List<Double> cpuTimes = new ArrayList<>();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        IrDocument doc = null;
        for (int i = 0; i < rounds; i++) {
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            doc = IrExporter.export(options);
            byte[] bytes = IrWriter.write(doc);
            double ms = (System.nanoTime() - t0) / 1e6;
            double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
            times.add(ms);
            cpuTimes.add(cpuMs);
            if (first != null && !Arrays.equals(first, bytes)) {
                throw new IllegalStateException("the export is not byte-stable between rounds");
            }
            System.out.printf("round %d: %.0f ms wall, %.0f ms CPU (all threads)%n", i + 1, ms, cpuMs);
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("functions: %d, contexts: %d, named types: %d, IR bytes: %d%n",
                doc.functions().size(), doc.contexts().size(), doc.types().size(), IrWriter.write(doc).length);
        System.out.printf("warm export: min %.0f ms, median %.0f ms, max %.0f ms over %d rounds (goal: < 2000 ms)%n",
                sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1], sorted.length);
        double[] cpu = cpuTimes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("process CPU per export: min %.0f ms, median %.0f ms (the wall figure on an idle machine"
                + " is close to this; under load it is not)%n", cpu[0], cpu[cpu.length / 2]);
        System.out.printf("load average at the end: %.1f on %d cores%n", os.getSystemLoadAverage(),
                os.getAvailableProcessors());
        System.out.println(sorted[sorted.length / 2] < 2000 ? "goal met (median wall < 2000 ms)"
                : "GOAL MISSED (median wall >= 2000 ms)");
    }
}
