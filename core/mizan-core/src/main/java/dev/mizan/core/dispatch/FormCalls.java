package dev.mizan.core.dispatch;

import dev.mizan.core.RequestHandle;
import dev.mizan.core.forms.FormConstraint;
import dev.mizan.core.forms.FormField;
import dev.mizan.core.forms.FormMessages;
import dev.mizan.core.forms.FormSpec;
import dev.mizan.core.registry.FunctionDescriptor;
import dev.mizan.core.registry.Registry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The two calls a form adds to its function {@code NAME} (docs/forms.md): {@code NAME.schema}
 * describes the form in the caller's locale, {@code NAME.validate} binds and validates a value
 * exactly as the call would and answers its field errors without running the function. Both pass
 * the function's own guard first; the call itself is the form's {@code submit}.
 */
final class FormCalls {

    static final String VALIDATE = ".validate";
    static final String SCHEMA = ".schema";

    private final Map<String, FormSpec> specs;
    private final Map<String, Map<String, @Nullable JsonNode>> defaults;
    private final FormMessages messages;

    /**
     * What {@code NAME.validate} answers.
     *
     * @param valid whether the value has no field errors
     * @param fields messages by wire path, as a {@code VALIDATION_FAILED} answer's {@code details.fields}
     */
    record Checked(boolean valid, Map<String, List<String>> fields) {}

    private FormCalls(
            Map<String, FormSpec> specs, Map<String, Map<String, @Nullable JsonNode>> defaults, FormMessages messages) {
        this.specs = specs;
        this.defaults = defaults;
        this.messages = messages;
    }

    /**
     * The forms of a registry.
     *
     * @throws IllegalArgumentException when a function takes two form records or a default is not JSON
     */
    static FormCalls plan(Registry registry, DispatchOptions options) {
        Map<String, FormSpec> specs = new HashMap<>();
        Map<String, Map<String, @Nullable JsonNode>> defaults = new HashMap<>();
        ObjectMapper mapper = options.mapper();
        for (FunctionDescriptor fn : registry.functions()) {
            FormSpec spec = FormSpec.of(fn, mapper);
            if (spec == null) {
                continue;
            }
            specs.put(fn.name(), spec);
            Map<String, @Nullable JsonNode> values = new HashMap<>();
            for (FormField f : spec.fields()) {
                if (f.defaultJson() != null) {
                    try {
                        values.put(f.path(), mapper.readTree(f.defaultJson()));
                    } catch (JacksonException e) {
                        throw new IllegalArgumentException("The @DefaultValue of '" + f.path() + "' in " + fn.source()
                                + " is not JSON: " + f.defaultJson());
                    }
                }
            }
            defaults.put(fn.name(), values);
        }
        return new FormCalls(Map.copyOf(specs), Map.copyOf(defaults), FormMessages.of(options.validator()));
    }

    /** The function a form call name belongs to ({@code create_task.validate} → {@code create_task}), or null. */
    @Nullable
    String function(String name) {
        String base = name.endsWith(VALIDATE)
                ? name.substring(0, name.length() - VALIDATE.length())
                : name.endsWith(SCHEMA) ? name.substring(0, name.length() - SCHEMA.length()) : null;
        return base != null && specs.containsKey(base) ? base : null;
    }

    /** Runs {@code NAME.schema} or {@code NAME.validate} (the caller checked the function's guard). */
    Object run(String name, FunctionPlan plan, @Nullable JsonNode args, RequestHandle request) throws Throwable {
        Locale locale = FormMessages.locale(request);
        if (name.endsWith(SCHEMA)) {
            if (args != null && !args.isNull() && !(args.isObject() && args.isEmpty())) {
                throw new dev.mizan.core.MizanException(
                        dev.mizan.core.ErrorCode.BAD_REQUEST,
                        "'" + name + "' takes no arguments",
                        Map.of("reason", "unknown_params"));
            }
            return schema(plan.name(), locale);
        }
        Object[] bound = plan.bind(args, request);
        Map<String, List<String>> fields = plan.validation().violations(plan.target(), bound, locale);
        return new Checked(fields.isEmpty(), fields);
    }

    private Map<String, Object> schema(String function, @Nullable Locale locale) {
        FormSpec spec = specs.get(function);
        Map<String, @Nullable JsonNode> values = defaults.get(function);
        List<Map<String, Object>> fields = new ArrayList<>();
        for (FormField f : spec.fields()) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("path", f.path());
            field.put("type", f.type());
            field.put("required", f.required());
            putText(field, "label", messages.text(f.label(), locale));
            putText(field, "help", messages.text(f.help(), locale));
            JsonNode value = values.get(f.path());
            if (value != null) {
                field.put("default", value);
            }
            if (!f.choices().isEmpty()) {
                field.put("choices", f.choices());
            }
            List<Map<String, Object>> constraints = new ArrayList<>();
            for (FormConstraint c : f.constraints()) {
                Map<String, Object> constraint = new LinkedHashMap<>();
                constraint.put("name", c.name());
                constraint.put("params", c.params());
                constraint.put("message", messages.message(c, locale));
                constraints.add(constraint);
            }
            field.put("constraints", constraints);
            fields.add(field);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("function", function);
        out.put("form", spec.param());
        out.put("fields", fields);
        return out;
    }

    private static void putText(Map<String, Object> field, String key, @Nullable String text) {
        if (text != null) {
            field.put(key, text);
        }
    }
}
