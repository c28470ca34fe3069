package dev.mizan.bench;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shared benchmark functions ({@code mizan-bench-functions}, free of Spring) as beans. */
@Configuration
public class BenchBeans {

    @Bean
    EchoFunctions echoFunctions() {
        return new EchoFunctions();
    }

    @Bean
    TrivialContext trivialContext() {
        return new TrivialContext();
    }
}
