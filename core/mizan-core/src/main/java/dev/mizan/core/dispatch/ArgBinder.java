package dev.mizan.core.dispatch;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.RequestHandle;
import dev.mizan.core.registry.FunctionDescriptor;
import dev.mizan.core.registry.ParamDescriptor;
import dev.mizan.core.upload.Upload;
import dev.mizan.core.upload.Uploads;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds a JSON args object to the Java argument array of one function, with readers prepared at
 * startup. Unknown, missing and mistyped arguments are BAD_REQUEST; injected parameters come from
 * the request handle.
 */
final class ArgBinder {

    private record Input(
            String name,
            int index,
            @Nullable ObjectReader reader,
            boolean optional,
            boolean optionalType,
            Uploads.@Nullable Kind upload) {}

    private record Injected(int index, Class<?> type) {}

    private final String function;
    private final int arity;
    private final Map<String, Input> inputs;
    private final List<Injected> injected;

    private ArgBinder(String function, int arity, Map<String, Input> inputs, List<Injected> injected) {
        this.function = function;
        this.arity = arity;
        this.inputs = inputs;
        this.injected = injected;
    }

    static ArgBinder plan(FunctionDescriptor fn, JsonMapper mapper) {
        Map<String, Input> inputs = new HashMap<>();
        List<Injected> injected = new ArrayList<>();
        for (ParamDescriptor p : fn.params()) {
            if (p.injected()) {
                injected.add(new Injected(p.index(), fn.method().getParameterTypes()[p.index()]));
                continue;
            }
            Uploads.Kind upload = Uploads.kind(p.type());
            inputs.put(
                    p.name(),
                    new Input(
                            p.name(),
                            p.index(),
                            upload == null ? reader(mapper, p.type()) : null,
                            p.optional() || (upload != null && upload.optional()),
                            isOptional(p.type()),
                            upload));
        }
        return new ArgBinder(fn.name(), fn.params().size(), Map.copyOf(inputs), List.copyOf(injected));
    }

    /** The strict reader for one parameter type: unknown properties, null primitives and floats for ints fail. */
    static ObjectReader reader(JsonMapper mapper, Type type) {
        return mapper.readerFor(mapper.constructType(type))
                .with(
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    private static boolean isOptional(Type type) {
        Type raw = type instanceof ParameterizedType p ? p.getRawType() : type;
        return raw == Optional.class;
    }

    Object[] bind(@Nullable JsonNode args, RequestHandle request) {
        return bind(args, request, null);
    }

    /** The names of the upload parameters; empty for a function that takes none. */
    Set<String> uploadParams() {
        Set<String> out = new TreeSet<>();
        inputs.values().forEach(i -> {
            if (i.upload() != null) {
                out.add(i.name());
            }
        });
        return out;
    }

    /** Whether an upload parameter takes a list of files. */
    boolean takesList(String param) {
        Input input = inputs.get(param);
        return input != null && input.upload() != null && input.upload().list();
    }

    /**
     * Binds JSON args and, for a multipart call, the uploads by parameter name ({@code null} for a
     * JSON call, where a function with a required upload parameter is a BAD_REQUEST).
     */
    Object[] bind(@Nullable JsonNode args, RequestHandle request, @Nullable Map<String, List<Upload>> uploads) {
        if (args != null && !args.isObject() && !args.isNull() && !args.isMissingNode()) {
            throw badRequest("'args' must be a JSON object", Map.of());
        }
        if (args != null && args.isObject()) {
            rejectUnknown(args);
        }
        Object[] out = new Object[arity];
        List<String> missing = new ArrayList<>();
        for (Input input : inputs.values()) {
            JsonNode node = args == null ? null : args.get(input.name());
            if (input.upload() != null) {
                boolean none =
                        node == null || node.isNull() || (input.upload().list() && node.isArray() && node.isEmpty());
                if (!none) {
                    throw badRequest(
                            "Argument '" + input.name() + "' of '" + function
                                    + "' is an upload: send it as a file part of a multipart/form-data call",
                            Map.of("arg", input.name(), "reason", "upload_part"));
                }
                List<Upload> files = uploads == null ? null : uploads.get(input.name());
                if (files == null || files.isEmpty()) {
                    if (uploads == null && !input.optional() && !input.upload().list()) {
                        throw badRequest(
                                "'" + function + "' takes uploads: call it with a multipart/form-data body",
                                Map.of("reason", "multipart_required"));
                    }
                    if (input.upload().list()) {
                        out[input.index()] = List.of();
                    } else if (input.optional()) {
                        out[input.index()] = input.optionalType() ? Optional.empty() : null;
                    } else {
                        missing.add(input.name());
                    }
                    continue;
                }
                Class<?> element = input.upload().element();
                if (input.upload().list()) {
                    out[input.index()] =
                            files.stream().map(u -> Uploads.convert(u, element)).toList();
                } else {
                    Object one = Uploads.convert(files.get(0), element);
                    out[input.index()] = input.optionalType() ? Optional.of(one) : one;
                }
                continue;
            }
            if (node == null || node.isNull()) {
                if (input.optional()) {
                    out[input.index()] = input.optionalType() ? Optional.empty() : null;
                } else {
                    missing.add(input.name());
                }
                continue;
            }
            out[input.index()] = read(input, node);
        }
        if (!missing.isEmpty()) {
            missing.sort(null);
            throw badRequest(
                    "Missing argument" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + " for '"
                            + function + "'",
                    Map.of("missing", List.copyOf(missing)));
        }
        for (Injected i : injected) {
            out[i.index()] = i.type() == RequestHandle.class ? request : request.unwrap(i.type());
        }
        return out;
    }

    private void rejectUnknown(JsonNode args) {
        TreeSet<String> unknown = null;
        for (String name : args.propertyNames()) {
            if (!inputs.containsKey(name)) {
                if (unknown == null) {
                    unknown = new TreeSet<>();
                }
                unknown.add(name);
            }
        }
        if (unknown != null) {
            throw badRequest(
                    "Unknown argument" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown) + " for '"
                            + function + "'",
                    Map.of("unknown", List.copyOf(unknown)));
        }
    }

    private Object read(Input input, JsonNode node) {
        try {
            return input.reader().readValue(node);
        } catch (JacksonException e) {
            String path = JsonPaths.of(input.name(), e);
            throw new MizanException(
                    ErrorCode.BAD_REQUEST,
                    "Argument '" + input.name() + "' of '" + function + "' has the wrong type or shape at " + path,
                    Map.of("arg", input.name(), "path", path),
                    e);
        }
    }

    private MizanException badRequest(String message, Map<String, Object> details) {
        return new MizanException(ErrorCode.BAD_REQUEST, message, details);
    }
}
