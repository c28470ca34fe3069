import dev.mizan.codegen.Codegen;
import dev.mizan.codegen.IrSource;
import dev.mizan.codegen.Target;
import dev.mizan.codegen.WriteResult;
import dev.mizan.ir.model.IrDocument;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times code generation in one JVM: warm-up rounds, then measured rounds, each a full run (read
 * and parse the IR file, check it, render every file, write them into a fresh directory).
 * Usage: java -cp CLASSPATH Bench.java IR_FILE WORK_DIR WARMUP ROUNDS
 */
public class Bench {

    public static void main(String[] args) {
        Path ir = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        int run = 0;
        for (int i = 0; i < warmup; i++) {
            long t0 = System.nanoTime();
            generate(ir, work.resolve("warm" + run++));
            System.out.printf("warm-up %d: %.0f ms%n", i + 1, (System.nanoTime() - t0) / 1e6);
        }
        List<Double> times = new ArrayList<>();
        List<Double> cpuTimes = new ArrayList<>();
        // Process CPU (every thread: rendering runs in parallel, plus JIT and GC).
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        WriteResult last = null;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            long c0 = os.getProcessCpuTime();
            last = generate(ir, work.resolve("round" + run++));
            double cpu = (os.getProcessCpuTime() - c0) / 1e6;
            double ms = (System.nanoTime() - t0) / 1e6;
            times.add(ms);
            cpuTimes.add(cpu);
            System.out.printf("round %d: %.0f ms (CPU %.0f ms)%n", i + 1, ms, cpu);
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] cpuSorted = cpuTimes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        IrDocument doc = new IrSource.IrFile(ir).load();
        System.out.printf("IR: %d functions, %d contexts, %d types; output: %d files%n",
                doc.functions().size(), doc.contexts().size(), doc.types().size(), last.written().size());
        System.out.printf("warm generation: min %.0f ms, median %.0f ms, max %.0f ms over %d rounds (goal: < 1000 ms)%n",
                sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1], sorted.length);
        System.out.printf("warm generation CPU time (all threads): min %.0f ms, median %.0f ms%n",
                cpuSorted[0], cpuSorted[cpuSorted.length / 2]);
        System.out.println(sorted[sorted.length / 2] < 1000 ? "warm goal met" : "WARM GOAL MISSED");
    }

    static WriteResult generate(Path ir, Path out) {
        return Codegen.generate(new IrSource.IrFile(ir).load(), Target.REACT, out);
    }
}
