package dev.mizan.ssr;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary folders of server rendering (the worker script, an entry copied out of a jar):
 * each is named after the JVM that made it ({@code PREFIX-PID-…}), so that one left behind by a JVM
 * that could not remove it (killed by {@code SIGKILL}) is removed by the next one that makes a
 * folder of the same prefix.
 */
public final class SsrFolders {

    private static final Logger LOG = LoggerFactory.getLogger(SsrFolders.class);

    private SsrFolders() {}

    /**
     * Removes the folders {@code PREFIX-PID-…} under the temporary directory whose process no longer
     * runs, then makes a new one for this JVM.
     *
     * @param prefix such as {@code mizan-ssr-}
     */
    public static Path create(String prefix) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        removeStale(tmp, prefix);
        return Files.createTempDirectory(tmp, prefix + ProcessHandle.current().pid() + "-");
    }

    /** Removes the folders of {@code prefix} under {@code tmp} made by processes that no longer run. */
    static List<Path> removeStale(Path tmp, String prefix) {
        Pattern name = Pattern.compile(Pattern.quote(prefix) + "(\\d{1,18})-.*");
        List<Path> removed = new java.util.ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(tmp, prefix + "*")) {
            for (Path folder : all) {
                Matcher m = name.matcher(folder.getFileName().toString());
                if (!m.matches() || !Files.isDirectory(folder)) {
                    continue;
                }
                long pid = Long.parseLong(m.group(1));
                if (pid == ProcessHandle.current().pid()
                        || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                delete(folder);
                removed.add(folder);
                LOG.info("Removed {}, left behind by process {} that no longer runs", folder, pid);
            }
        } catch (IOException e) {
            LOG.debug("Could not look for stale folders {}* in {}", prefix, tmp, e);
        }
        return removed;
    }

    /** Removes a folder and everything in it, as far as it can. */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.debug("Could not remove {}", folder, e);
        }
    }
}
