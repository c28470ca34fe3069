package dev.mizan.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** {@code VALIDATION_FAILED} (422): Bean Validation or business validation, with the field errors. */
public final class ValidationFailedException extends MizanException {

    private final Map<String, List<String>> fieldErrors;

    public ValidationFailedException(int status, String message, JsonNode details) {
        super(status, "VALIDATION_FAILED", message, details, null);
        this.fieldErrors = readFields(details.get("fields"));
    }

    /** {@code details.fields}: field path (e.g. {@code signup.email}) → messages, in wire order. */
    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }

    private static Map<String, List<String>> readFields(JsonNode fields) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (fields == null || !fields.isObject()) {
            return Map.of();
        }
        for (Map.Entry<String, JsonNode> field : fields.properties()) {
            List<String> messages = new ArrayList<>();
            JsonNode value = field.getValue();
            if (value.isString()) {
                messages.add(value.asString());
            } else if (value.isArray()) {
                value.forEach(m -> {
                    if (m.isString()) {
                        messages.add(m.asString());
                    }
                });
            }
            out.put(field.getKey(), List.copyOf(messages));
        }
        return Collections.unmodifiableMap(out);
    }
}
