package dev.mizan.core.dispatch;

import dev.mizan.core.CurrentRequest;
import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.RequestHandle;
import dev.mizan.core.cache.CacheReport;
import dev.mizan.core.registry.ContextDescriptor;
import dev.mizan.core.registry.ContextParam;
import dev.mizan.core.registry.ParamDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One context, fetched as a bundle: every member is guarded first (a guarded member guards the
 * bundle, {@link #guard}), query params are checked and converted, then members run in parallel. The first
 * failing member, in member order, fails the bundle with its envelope.
 */
final class ContextBundle {

    private final ContextDescriptor descriptor;
    private final List<FunctionPlan> members;
    private final DispatchOptions options;
    private final Bodies bodies;
    private final Map<String, QueryParam> params;
    private final boolean anyCached;

    ContextBundle(ContextDescriptor descriptor, List<FunctionPlan> members, DispatchOptions options, Bodies bodies) {
        this.descriptor = descriptor;
        this.members = members;
        this.options = options;
        this.bodies = bodies;
        Map<String, QueryParam> p = new HashMap<>();
        for (ContextParam param : descriptor.params()) {
            p.put(param.name(), QueryParam.of(param));
        }
        this.params = Map.copyOf(p);
        this.anyCached = members.stream().anyMatch(m -> m.descriptor().isCached());
    }

    /** The bundle's answer, and how it used the origin cache ({@code null} when no member is cached). */
    record Fetched(AnswerBody body, @Nullable CacheReport cache) {}

    /** Checks every member's auth: a guarded member guards the bundle. */
    void guard(RequestHandle request) {
        for (FunctionPlan member : members) {
            member.guard().check(request);
        }
    }

    /** Runs the members (the caller has checked {@link #guard} first) and writes the bundle. */
    Fetched fetch(Map<String, String> query, RequestHandle request) throws Throwable {
        CachedMembers cached = CachedMembers.forFetch(
                options.cache(), descriptor, anyCached, request, options.mapper(), bodies.answerLimit());
        @Nullable Object[] results = runAll(convert(query), request, cached);
        return new Fetched(bodies.bundle(members, results), cached == null ? null : cached.report());
    }

    /**
     * Runs the members for params bound by {@link #instance} (through the origin cache where they are
     * cached) and drops their values: throws what a fetch of this instance by this caller would.
     */
    void read(Map<String, JsonNode> params, RequestHandle request) throws Throwable {
        runAll(
                params,
                request,
                CachedMembers.forFetch(
                        options.cache(), descriptor, anyCached, request, options.mapper(), bodies.answerLimit()));
    }

    private @Nullable Object[] runAll(
            Map<String, JsonNode> values, RequestHandle request, @Nullable CachedMembers cached) throws Throwable {
        @Nullable Object[] results = new Object[members.size()];
        if (members.size() == 1) {
            results[0] = run(members.getFirst(), argsFor(members.getFirst(), values), request, cached);
        } else {
            runInParallel(values, request, results, cached);
        }
        return results;
    }

    private static @Nullable Object run(
            FunctionPlan member, ObjectNode args, RequestHandle request, @Nullable CachedMembers cached)
            throws Throwable {
        if (cached != null && member.descriptor().isCached()) {
            return cached.run(member, args, request);
        }
        return member.run(args, request);
    }

    /** Guards, then binds {@code params} (an object, or null for none) to the declared param types. */
    Map<String, JsonNode> instance(@org.jspecify.annotations.Nullable JsonNode params, RequestHandle request) {
        for (FunctionPlan member : members) {
            member.guard().check(request);
        }
        if (params != null && !params.isNull() && !params.isObject()) {
            throw new MizanException(
                    ErrorCode.BAD_REQUEST, "'params' must be a JSON object", Map.of("context", descriptor.name()));
        }
        TreeSet<String> unknown = new TreeSet<>();
        Map<String, JsonNode> bound = new java.util.TreeMap<>();
        if (params != null && params.isObject()) {
            for (Map.Entry<String, JsonNode> e : params.properties()) {
                ContextParam param = descriptor.param(e.getKey());
                if (param == null) {
                    unknown.add(e.getKey());
                    continue;
                }
                if (e.getValue().isNull()) {
                    continue;
                }
                bound.put(e.getKey(), bind(param, e.getValue()));
            }
        }
        if (!unknown.isEmpty()) {
            throw new MizanException(
                    ErrorCode.BAD_REQUEST,
                    "Unknown params " + String.join(", ", unknown) + " for context '" + descriptor.name() + "'",
                    Map.of("unknown", List.copyOf(unknown)));
        }
        List<String> missing = descriptor.requiredParams().stream()
                .filter(name -> !bound.containsKey(name))
                .toList();
        if (!missing.isEmpty()) {
            throw new MizanException(
                    ErrorCode.BAD_REQUEST,
                    "Missing params " + String.join(", ", missing) + " for context '" + descriptor.name() + "'",
                    Map.of("missing", missing));
        }
        return bound;
    }

    private JsonNode bind(ContextParam param, JsonNode value) {
        JsonMapper mapper = options.mapper();
        try {
            Object bound = mapper.readerFor(mapper.constructType(param.type())).readValue(value);
            if (bound instanceof java.util.Optional<?> o) {
                bound = o.orElse(null);
            }
            return mapper.valueToTree(bound);
        } catch (tools.jackson.core.JacksonException e) {
            throw new MizanException(
                    ErrorCode.BAD_REQUEST,
                    "Param '" + param.name() + "' has the wrong type",
                    Map.of("param", param.name()));
        }
    }

    private Map<String, JsonNode> convert(Map<String, String> query) {
        TreeSet<String> unknown = new TreeSet<>();
        Map<String, JsonNode> values = new HashMap<>();
        for (Map.Entry<String, String> e : query.entrySet()) {
            QueryParam param = params.get(e.getKey());
            if (param == null) {
                unknown.add(e.getKey());
            } else {
                values.put(e.getKey(), param.toJson(e.getValue(), options.mapper()));
            }
        }
        if (!unknown.isEmpty()) {
            throw new MizanException(
                    ErrorCode.BAD_REQUEST,
                    "Unknown params " + String.join(", ", unknown) + " for context '" + descriptor.name() + "'",
                    Map.of("unknown", List.copyOf(unknown)));
        }
        List<String> missing = descriptor.requiredParams().stream()
                .filter(name -> !values.containsKey(name))
                .toList();
        if (!missing.isEmpty()) {
            throw new MizanException(
                    ErrorCode.BAD_REQUEST,
                    "Missing params " + String.join(", ", missing) + " for context '" + descriptor.name() + "'",
                    Map.of("missing", missing));
        }
        return values;
    }

    private ObjectNode argsFor(FunctionPlan member, Map<String, JsonNode> values) {
        JsonMapper mapper = options.mapper();
        ObjectNode args = mapper.createObjectNode();
        for (ParamDescriptor p : member.descriptor().inputs()) {
            JsonNode value = values.get(p.name());
            if (value != null) {
                args.set(p.name(), value);
            }
        }
        return args;
    }

    private void runInParallel(
            Map<String, JsonNode> values,
            RequestHandle request,
            @Nullable Object[] results,
            @Nullable CachedMembers cached)
            throws Throwable {
        List<CompletableFuture<Object>> futures = new ArrayList<>(members.size());
        for (FunctionPlan member : members) {
            ObjectNode args = argsFor(member, values);
            futures.add(CompletableFuture.supplyAsync(
                    () -> runMember(member, args, request, cached), options.contextExecutor()));
        }
        Throwable firstFailure = null;
        for (int i = 0; i < futures.size(); i++) {
            try {
                results[i] = futures.get(i).join();
            } catch (CompletionException e) {
                if (firstFailure == null) {
                    firstFailure = e.getCause() instanceof MemberFailure m ? m.getCause() : e.getCause();
                }
            }
        }
        if (firstFailure instanceof MizanException normalized) {
            throw new AlreadyNormalized(normalized);
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
    }

    /** Runs one member on a worker thread, with the request as {@link CurrentRequest} there too. */
    private @Nullable Object runMember(
            FunctionPlan member, ObjectNode args, RequestHandle request, @Nullable CachedMembers cached) {
        return CurrentRequest.with(request, () -> {
            try {
                return run(member, args, request, cached);
            } catch (BoundedSink.TooLarge e) {
                throw e;
            } catch (Throwable t) {
                throw new MemberFailure(Failures.normalize(t, member.name(), options.translator(), request));
            }
        });
    }

    /** A member's failure, already normalized and logged: the dispatcher answers it as it is. */
    static final class AlreadyNormalized extends RuntimeException {
        private final MizanException error;

        AlreadyNormalized(MizanException error) {
            super(error.getMessage(), error, false, false);
            this.error = error;
        }

        MizanException error() {
            return error;
        }
    }

    /** Carries a member's normalized failure out of its task. */
    private static final class MemberFailure extends RuntimeException {
        MemberFailure(MizanException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
