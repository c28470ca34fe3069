package dev.mizan.robustness;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Sends generated malformed requests from several threads and tallies how the server answered. */
final class Attack {

    /** What came back. */
    record Tally(
            int requests,
            Map<String, Integer> byKind,
            Map<Integer, Integer> byStatus,
            int envelopes,
            List<String> notEnvelopes,
            List<String> serverErrors,
            List<String> noAnswer,
            List<String> leaks,
            long millis) {

        Map<String, Object> figures() {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("requests", requests);
            f.put("by_kind", byKind);
            f.put("by_status", byStatus);
            f.put(
                    "error_answers",
                    byStatus.entrySet().stream()
                            .filter(e -> e.getKey() >= 400)
                            .mapToInt(Map.Entry::getValue)
                            .sum());
            f.put("envelopes", envelopes);
            f.put("not_envelopes", notEnvelopes.size());
            f.put("server_errors_5xx", serverErrors.size());
            f.put("no_answer", noAnswer.size());
            f.put("leaked_exception_text", leaks.size());
            f.put("millis", millis);
            return f;
        }
    }

    private Attack() {}

    static Tally run(URI base, MalformedRequests generator, int count, int threads) throws Exception {
        RawHttp http = new RawHttp(base);
        Map<String, Integer> byKind = new TreeMap<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        AtomicInteger envelopes = new AtomicInteger();
        List<String> notEnvelopes = new ArrayList<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> noAnswer = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        AtomicInteger sent = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (sent.getAndIncrement() < count) {
                        MalformedRequests.Case c;
                        synchronized (generator) {
                            c = generator.next();
                        }
                        RawHttp.Answer a = http.send(c.bytes(), c.halfClose());
                        String sample = c.kind() + " " + preview(c.bytes()) + " → " + a.status() + " " + clip(a.body());
                        synchronized (byKind) {
                            byKind.merge(c.kind(), 1, Integer::sum);
                            byStatus.merge(a.status(), 1, Integer::sum);
                            if (a.status() < 0) {
                                noAnswer.add(sample);
                            } else if (a.status() >= 400) {
                                if (a.isEnvelope()) {
                                    envelopes.incrementAndGet();
                                } else {
                                    notEnvelopes.add(sample);
                                }
                                if (a.status() >= 500) {
                                    serverErrors.add(sample);
                                }
                            }
                            if (a.body().contains("Exception")
                                    || a.body().contains("\tat ")
                                    || a.body().contains("<html")) {
                                leaks.add(sample);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Tally(
                count,
                byKind,
                byStatus,
                envelopes.get(),
                notEnvelopes,
                serverErrors,
                noAnswer,
                leaks,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static String preview(byte[] request) {
        String text =
                new String(request, 0, Math.min(request.length, 160), java.nio.charset.StandardCharsets.ISO_8859_1);
        return text.replace("\r\n", "⏎");
    }

    private static String clip(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
