package dev.mizan.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The app that {@code bench/run} loads. By default Spring Security is switched off (its
 * auto-configuration excluded) so that the figures isolate the dispatch cost; the {@code secured}
 * profile switches it on with a permit-all filter chain in front of both endpoints.
 */
@SpringBootApplication
public class BenchApplication {

    public static void main(String[] args) {
        SpringApplication.run(BenchApplication.class, args);
    }
}
