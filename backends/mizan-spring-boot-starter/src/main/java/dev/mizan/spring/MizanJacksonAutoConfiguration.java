package dev.mizan.spring;

import dev.mizan.core.types.WireDefaults;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Applies Mizan's {@link WireDefaults} to the application's JSON mapper (BigDecimal and BigInteger
 * as strings); {@code mizan.big-numbers-as-strings=false} turns it off. The IR export builds its
 * mapper from the same configuration ({@link ExportMapper}), so the client's types follow either way.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
public class MizanJacksonAutoConfiguration {

    /** The property that turns the big-number default off. */
    static final String BIG_NUMBERS_AS_STRINGS = "mizan.big-numbers-as-strings";

    @Bean
    @ConditionalOnProperty(name = BIG_NUMBERS_AS_STRINGS, havingValue = "true", matchIfMissing = true)
    JsonMapperBuilderCustomizer mizanWireDefaults() {
        return WireDefaults::apply;
    }
}
