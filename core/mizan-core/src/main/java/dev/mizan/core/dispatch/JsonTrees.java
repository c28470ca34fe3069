package dev.mizan.core.dispatch;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads request JSON into trees without losing digits: decimals stay exact (not doubles) and keep
 * their trailing zeros, so a BigDecimal argument sent as a JSON number arrives as written.
 */
final class JsonTrees {

    private JsonTrees() {}

    static ObjectReader reader(JsonMapper mapper) {
        return mapper.reader()
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }
}
