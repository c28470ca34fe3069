package dev.mizan.fidelity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.cfg.EnumFeature;

/** The type-fidelity fixture app. */
@SpringBootApplication
public class FidelityApplication {

    /** A customizer the IR export must apply too: enums are written and read by {@code toString()}. */
    @Bean
    static JsonMapperBuilderCustomizer enumsByToString() {
        return builder ->
                builder.enable(EnumFeature.WRITE_ENUMS_USING_TO_STRING).enable(EnumFeature.READ_ENUMS_USING_TO_STRING);
    }

    public static void main(String[] args) {
        SpringApplication.run(FidelityApplication.class, args);
    }
}
