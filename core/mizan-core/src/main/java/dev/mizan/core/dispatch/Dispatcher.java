package dev.mizan.core.dispatch;

import dev.mizan.core.CurrentRequest;
import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.RequestHandle;
import dev.mizan.core.cache.CacheHealth;
import dev.mizan.core.cache.OriginCache;
import dev.mizan.core.jwt.JwtFunctions;
import dev.mizan.core.registry.ContextDescriptor;
import dev.mizan.core.registry.FunctionDescriptor;
import dev.mizan.core.registry.Registry;
import dev.mizan.core.upload.UploadSettings;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * The one dispatch pipeline: resolve → auth → bind and validate → invoke → serialize → compute
 * invalidation and merges. Every transport calls it; every failure comes back as an error
 * envelope with its {@link ErrorCode}, never as an exception.
 */
public final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Registry registry;
    private final DispatchOptions options;
    private final Map<String, FunctionPlan> functions;
    private final Map<String, ContextBundle> contexts;
    private final Bodies bodies;
    private final ObjectReader envelopeReader;
    private final List<MutationListener> mutationListeners = new CopyOnWriteArrayList<>();
    private final Set<String> cachedContexts;
    private final boolean hasGuarded;
    private final FormCalls forms;

    private Dispatcher(Registry registry, DispatchOptions options) {
        this.registry = registry;
        this.options = options;
        this.bodies = new Bodies(options.mapper(), options.policy().answerLimit());
        this.hasGuarded = registry.functions().stream().anyMatch(FunctionDescriptor::isGuarded);
        checkHeaderBounds(registry, options.policy().invalidateHeaderLimit());
        this.envelopeReader = JsonTrees.reader(options.mapper()).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        Map<String, FunctionPlan> f = new HashMap<>();
        for (FunctionDescriptor fn : registry.functions()) {
            f.put(fn.name(), FunctionPlan.prepare(fn, registry, options));
        }
        this.functions = Map.copyOf(f);
        Map<String, ContextBundle> c = new HashMap<>();
        for (ContextDescriptor ctx : registry.contexts()) {
            List<FunctionPlan> members =
                    ctx.members().stream().map(functions::get).toList();
            c.put(ctx.name(), new ContextBundle(ctx, members, options, bodies));
        }
        this.contexts = Map.copyOf(c);
        this.forms = FormCalls.plan(registry, options);
        this.cachedContexts = registry.functions().stream()
                .filter(FunctionDescriptor::isCached)
                .map(FunctionDescriptor::context)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Prepares every function of the registry (instances, predicates, readers, writers, handles). */
    public static Dispatcher create(Registry registry, DispatchOptions options) {
        Dispatcher dispatcher = new Dispatcher(registry, options);
        LOG.info("Mizan serves {}", registry.summary());
        return dispatcher;
    }

    public Registry registry() {
        return registry;
    }

    public DispatchOptions options() {
        return options;
    }

    /** Serves a {@code POST /call/} body: {@code {"function": NAME, "args": {…}}}. */
    public DispatchResult call(byte[] body, RequestHandle request) {
        CallEnvelope envelope;
        try {
            envelope = readCall(body);
        } catch (MizanException e) {
            return failure(e);
        }
        return call(envelope.function(), envelope.args(), request);
    }

    /**
     * Reads a {@code POST /call/} body without running it, for an adapter that decides where to run
     * the function (an event loop or a worker) from its name.
     *
     * @throws MizanException {@code BAD_REQUEST} when the body is not a call envelope
     */
    public CallEnvelope readCall(byte[] body) {
        JsonNode envelope;
        try {
            envelope = envelopeReader.readTree(body);
        } catch (JacksonException e) {
            LOG.debug("Unreadable call body", e);
            throw new MizanException(ErrorCode.BAD_REQUEST, "The request body is not valid JSON");
        }
        if (envelope == null || !envelope.isObject()) {
            throw new MizanException(
                    ErrorCode.BAD_REQUEST, "The request body must be a JSON object {\"function\": …, \"args\": {…}}");
        }
        JsonNode function = envelope.get("function");
        if (function == null || !function.isString()) {
            throw new MizanException(ErrorCode.BAD_REQUEST, "'function' must be a string naming a function");
        }
        return new CallEnvelope(function.stringValue(), envelope.get("args"));
    }

    /**
     * Whether a call body names a function that needs no CSRF token even for a cookie request:
     * the built-in JWT functions, which carry their credentials in the body and set no cookie.
     */
    public boolean needsNoCsrf(byte[] body) {
        try {
            JsonNode envelope = envelopeReader.readTree(body);
            JsonNode function = envelope == null ? null : envelope.get("function");
            if (function == null || !function.isString()) {
                return false;
            }
            FunctionDescriptor fn = registry.function(function.stringValue());
            return fn != null && JwtFunctions.isBuiltIn(fn);
        } catch (JacksonException e) {
            return false;
        }
    }

    /**
     * A call envelope, read.
     *
     * @param function the function's wire name (not yet checked to exist)
     * @param args the {@code args} member, or {@code null} when absent
     */
    public record CallEnvelope(String function, @Nullable JsonNode args) {}

    /** Calls one function with already-parsed args (an object, or null for none). */
    public DispatchResult call(String function, @Nullable JsonNode args, RequestHandle request) {
        return CurrentRequest.with(request, () -> callAs(function, args, request));
    }

    private DispatchResult callAs(String function, @Nullable JsonNode args, RequestHandle request) {
        FunctionPlan plan = functions.get(function);
        if (plan == null) {
            String form = forms.function(function);
            return form == null
                    ? failure(GuardedNames.unknown("function", function, hidesFrom(request)))
                    : formCall(function, functions.get(form), args, request);
        }
        DispatchResult refused = guard(() -> plan.guard().check(request), "function", function, request);
        if (refused != null) {
            return refused;
        }
        FunctionPlan.Invocation invocation;
        try {
            invocation = plan.invoke(args, request);
        } catch (Throwable t) {
            return failure(normalize(t, function, request));
        }
        return answer(plan, invocation, request);
    }

    /** {@code NAME.schema} / {@code NAME.validate} of a form: the function's guard, then no side effects. */
    private DispatchResult formCall(String name, FunctionPlan plan, @Nullable JsonNode args, RequestHandle request) {
        DispatchResult refused = guard(() -> plan.guard().check(request), "function", name, request);
        if (refused != null) {
            return refused;
        }
        try {
            Object answer = forms.run(name, plan, args, request);
            AnswerBody body =
                    bodies.success(options.mapper().writer(), answer, new Effects.Computed(List.of(), List.of(), null));
            return new DispatchResult(null, body, List.of(), List.of(), null, null);
        } catch (Throwable t) {
            return failure(normalize(t, name, request));
        }
    }

    /**
     * The answer of a handler that returned: from here on nothing turns its committed success into
     * a different outcome than the one its effects describe. An answer over the limit is a 413 that
     * still carries the mutation's invalidation entries (its header and {@code details.committed}).
     */
    private DispatchResult answer(FunctionPlan plan, FunctionPlan.Invocation invocation, RequestHandle request) {
        Effects.Computed effects;
        try {
            effects = plan.effects().compute(invocation.args(), invocation.result(), options.mapper());
        } catch (Throwable t) {
            return failure(normalize(t, plan.name(), request));
        }
        purge(effects);
        if (!effects.invalidate().isEmpty() || !effects.merge().isEmpty()) {
            announce(plan.name(), effects, request);
        }
        String header =
                InvalidateHeader.bounded(effects.invalidate(), options.policy().invalidateHeaderLimit());
        try {
            AnswerBody body = bodies.success(plan.writer(), invocation.result(), effects);
            return new DispatchResult(null, body, effects.invalidate(), effects.merge(), header, null);
        } catch (BoundedSink.TooLarge e) {
            LOG.warn("The answer of '{}' is over the answer limit of {} bytes", plan.name(), bodies.answerLimit());
            byte[] envelope = bodies.error(tooLarge(!plan.effects().isEmpty()));
            return new DispatchResult(
                    ErrorCode.PAYLOAD_TOO_LARGE,
                    AnswerBody.of(envelope),
                    effects.invalidate(),
                    List.of(),
                    header,
                    null);
        } catch (Throwable t) {
            MizanException error = normalize(t, plan.name(), request);
            return new DispatchResult(
                    error.code(), AnswerBody.of(bodies.error(error)), effects.invalidate(), List.of(), header, null);
        }
    }

    private MizanException tooLarge(boolean committed) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("limit", bodies.answerLimit());
        details.put("answer", true);
        if (committed) {
            details.put("committed", true);
        }
        return new MizanException(
                ErrorCode.PAYLOAD_TOO_LARGE,
                "The answer is larger than " + bodies.answerLimit() + " bytes",
                Map.copyOf(details));
    }

    /**
     * Registers a listener told of every successful mutation's entries, whatever the transport
     * (the live hub pushes them to subscribers). Listeners run on the caller's thread and must
     * not block; a failing listener is logged and never fails the call.
     */
    public void onMutation(MutationListener listener) {
        mutationListeners.add(listener);
    }

    private void announce(String function, Effects.Computed effects, RequestHandle request) {
        for (MutationListener listener : mutationListeners) {
            try {
                listener.mutated(function, effects.invalidate(), effects.merge(), request);
            } catch (RuntimeException e) {
                LOG.error("Mutation listener failed after '{}'", function, e);
            }
        }
    }

    /**
     * Checks a context instance as {@code GET /ctx/} would, without fetching it: the context
     * exists, the caller passes every member's guard, the params are known, complete and of the
     * declared types. Returns the params bound and re-serialized (so that {@code "7"} and {@code 7}
     * for a {@code long} param are the same instance).
     *
     * @throws MizanException NOT_FOUND, UNAUTHORIZED, FORBIDDEN or BAD_REQUEST
     */
    public Map<String, JsonNode> contextInstance(String name, @Nullable JsonNode params, RequestHandle request) {
        ContextBundle bundle = contexts.get(name);
        if (bundle == null) {
            throw GuardedNames.unknown("context", name, hidesFrom(request));
        }
        checkGuard(() -> bundle.guard(request), "context", name, request);
        return bundle.instance(params, request);
    }

    /**
     * {@link #contextInstance}, then the instance read once with the caller's rights (through the
     * origin cache where its members are cached), its values dropped: a live subscription is admitted
     * only to an instance its caller could fetch now, so a rule the context's own code enforces
     * (membership of a project, ownership of a record) holds for pushes as it holds for reads. A
     * refused read throws its envelope's error (NOT_FOUND, FORBIDDEN, …).
     */
    public Map<String, JsonNode> readableInstance(String name, @Nullable JsonNode params, RequestHandle request) {
        Map<String, JsonNode> bound = contextInstance(name, params, request);
        try {
            CurrentRequest.with(request, () -> {
                try {
                    contexts.get(name).read(bound, request);
                    return null;
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw new java.util.concurrent.CompletionException(t);
                }
            });
        } catch (ContextBundle.AlreadyNormalized e) {
            throw e.error();
        } catch (BoundedSink.TooLarge e) {
            // Over the answer limit: readable all the same (a fetch answers 413, not a refusal).
        } catch (java.util.concurrent.CompletionException e) {
            throw normalize(e.getCause() == null ? e : e.getCause(), name, request);
        } catch (Throwable t) {
            throw normalize(t, name, request);
        }
        return bound;
    }

    /** Serves {@code GET /ctx/{name}/}: query values are strings, bound to each member's param types. */
    public DispatchResult context(String name, Map<String, String> query, RequestHandle request) {
        return CurrentRequest.with(request, () -> contextAs(name, query, request));
    }

    private DispatchResult contextAs(String name, Map<String, String> query, RequestHandle request) {
        ContextBundle bundle = contexts.get(name);
        if (bundle == null) {
            return failure(GuardedNames.unknown("context", name, hidesFrom(request)));
        }
        DispatchResult refused = guard(() -> bundle.guard(request), "context", name, request);
        if (refused != null) {
            return refused;
        }
        try {
            ContextBundle.Fetched fetched = bundle.fetch(query, request);
            return new DispatchResult(null, fetched.body(), List.of(), List.of(), null, fetched.cache());
        } catch (BoundedSink.TooLarge e) {
            LOG.warn("The bundle of context '{}' is over the answer limit of {} bytes", name, bodies.answerLimit());
            return failure(tooLarge(false));
        } catch (ContextBundle.AlreadyNormalized e) {
            return failure(e.error());
        } catch (Throwable t) {
            return failure(normalize(t, name, request));
        }
    }

    /**
     * Purges the origin cache by every entry of a mutation, before its answer is sent, so the
     * client's refetch never sees the old value. Contexts without cached members are skipped. The
     * handler has committed: a store failure is logged (the stores bypass themselves until
     * emptied), never turned into an error answer.
     */
    private void purge(Effects.Computed effects) {
        purge(effects.invalidate(), effects.merge());
    }

    /**
     * Purges this instance's origin cache by the entries of a mutation made on another instance
     * (the live hub calls it for every event a shared live log delivers). A store that every
     * instance shares was purged by the mutating instance already: nothing to do then.
     */
    public void purgeRemote(List<InvalidateEntry> invalidate, List<MergeEntry> merge) {
        OriginCache cache = options.cache();
        if (cache != null && !cache.shared()) {
            purge(invalidate, merge);
        }
    }

    private void purge(List<InvalidateEntry> invalidate, List<MergeEntry> merge) {
        OriginCache cache = options.cache();
        if (cache == null) {
            return;
        }
        try {
            for (InvalidateEntry e : invalidate) {
                if (cachedContexts.contains(e.context())) {
                    cache.purge(e.context(), e.params(), e.slot());
                }
            }
            for (MergeEntry m : merge) {
                if (cachedContexts.contains(m.context())) {
                    cache.purge(m.context(), m.params(), m.slot());
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Origin cache purge failed after a committed mutation", e);
        }
    }

    /** The origin cache's state ({@code null} when there is no cache), for health endpoints. */
    public @Nullable CacheHealth cacheHealth() {
        OriginCache cache = options.cache();
        return cache == null ? null : cache.health();
    }

    /**
     * Serves a {@code multipart/form-data} call (parts {@code function}, {@code args}, then one
     * file part per upload): the function is resolved and its guard checked before any other part
     * is read; files are streamed to temporary files within {@code limits}, removed when the call
     * ends. Only functions with an upload parameter take multipart calls.
     */
    public DispatchResult callMultipart(
            InputStream body, @Nullable String contentType, UploadSettings limits, RequestHandle request) {
        return CurrentRequest.with(request, () -> callMultipartAs(body, contentType, limits, request));
    }

    private DispatchResult callMultipartAs(
            InputStream body, @Nullable String contentType, UploadSettings limits, RequestHandle request) {
        String function = "multipart";
        try (MultipartCall multipart = new MultipartCall(limits)) {
            MultipartCall.Read read = multipart.read(body, contentType, name -> uploadPlan(name, request), this::args);
            function = read.plan().name();
            FunctionPlan plan = read.plan();
            Object[] bound = plan.binder().bind(read.args(), request, read.uploads());
            Object result = plan.runBound(bound);
            // From here on the handler has committed: the same answer path as a JSON call.
            return answer(plan, new FunctionPlan.Invocation(bound, result), request);
        } catch (IOException e) {
            LOG.debug("Unreadable multipart body", e);
            return failure(new MizanException(
                    ErrorCode.BAD_REQUEST, "The request body could not be read", Map.of("reason", "multipart")));
        } catch (Throwable t) {
            return failure(normalize(t, function, request));
        }
    }

    private FunctionPlan uploadPlan(String name, RequestHandle request) {
        FunctionPlan plan = functions.get(name);
        if (plan == null) {
            throw GuardedNames.unknown("function", name, hidesFrom(request));
        }
        checkGuard(() -> plan.guard().check(request), "function", name, request);
        if (plan.binder().uploadParams().isEmpty()) {
            throw new MizanException(
                    ErrorCode.BAD_REQUEST,
                    "'" + name + "' takes no uploads: call it with a JSON body",
                    Map.of("reason", "content_type", "expected", "application/json"));
        }
        return plan;
    }

    private @Nullable JsonNode args(byte[] json) {
        try {
            return envelopeReader.readTree(json);
        } catch (JacksonException e) {
            throw new MizanException(ErrorCode.BAD_REQUEST, "Part 'args' is not valid JSON", Map.of("part", "args"), e);
        }
    }

    /**
     * Runs an auth check; a refusal throws as for an unknown name unless guarded names are revealed
     * (docs/protocol.md, "Guarded names").
     */
    private void checkGuard(Runnable check, String kind, String name, RequestHandle request) {
        try {
            check.run();
        } catch (MizanException e) {
            if (options.policy().revealGuardedNames() || !GuardedNames.isRefusal(e)) {
                throw e;
            }
            LOG.debug("Refused {} '{}' answered as unknown: {}", kind, name, e.getMessage());
            throw GuardedNames.unknown(kind, name, hidesFrom(request));
        }
    }

    /** {@link #checkGuard} as an answer: the refusal's envelope, or null when the caller passes. */
    private @Nullable DispatchResult guard(Runnable check, String kind, String name, RequestHandle request) {
        try {
            checkGuard(check, kind, name, request);
            return null;
        } catch (MizanException e) {
            return failure(e);
        } catch (RuntimeException e) {
            return failure(normalize(e, name, request));
        }
    }

    /** Whether an unknown or refused name is answered 401 to this caller (see {@link GuardedNames}). */
    private boolean hidesFrom(RequestHandle request) {
        return !options.policy().revealGuardedNames() && hasGuarded && request.user() == null;
    }

    private static void checkHeaderBounds(Registry registry, int limit) {
        List<String> over = new java.util.ArrayList<>();
        for (FunctionDescriptor fn : registry.functions()) {
            List<InvalidateEntry> unscoped = fn.affects().stream()
                    .map(t -> new InvalidateEntry(t.context(), null, t.slot()))
                    .toList();
            if (!unscoped.isEmpty()
                    && InvalidateHeader.format(InvalidateHeader.widened(unscoped))
                                    .length()
                            > limit) {
                over.add(fn.source());
            }
        }
        if (!over.isEmpty()) {
            throw new IllegalArgumentException("The unscoped X-Mizan-Invalidate header of " + String.join(", ", over)
                    + " is longer than the limit of " + limit + " bytes: raise the limit or affect fewer contexts");
        }
    }

    /** Any failure as a protocol error: the adapter's translator first, then {@link Failures}. */
    public MizanException normalize(Throwable failure, String where, RequestHandle request) {
        return Failures.normalize(failure, where, options.translator(), request);
    }

    /** The error envelope for a failure found outside the pipeline (oversize body, CSRF, framework errors). */
    public DispatchResult failure(MizanException e) {
        return DispatchResult.failure(e.code(), bodies.error(e));
    }
}
