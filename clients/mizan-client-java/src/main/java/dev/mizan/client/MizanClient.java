package dev.mizan.client;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Mizan client over {@code java.net.http.HttpClient}: {@code POST {base}/call/},
 * {@code GET {base}/ctx/{name}/} and {@code GET {base}/session/}, with session and CSRF auth (the
 * default: a cookie jar, the CSRF token fetched once and renewed once on a CSRF refusal) or bearer
 * auth ({@link Builder#bearer()}: see {@link BearerAuth}; while signed out, a bearer client calls the
 * session way, with the CSRF token, so public functions work before a login), every failure a typed
 * {@link MizanException}, and an optional {@link ContextCache} that applies the invalidate and
 * merge entries of every call answer as the browser kernel does. Generated clients wrap it with
 * one typed method per function and per context; it is usable on its own too. Thread-safe.
 */
public final class MizanClient {

    /** The header that carries the CSRF token of cookie-authenticated calls. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    /** The header that carries invalidation entries, co-equal with the body's {@code invalidate}. */
    public static final String INVALIDATE_HEADER = "X-Mizan-Invalidate";

    private final String base;
    private final HttpClient http;
    private final JsonMapper mapper;
    private final Duration timeout;
    private final Map<String, String> headers;
    private final @Nullable Consumer<HttpRequest> onRequest;
    private final @Nullable BearerAuth bearer;
    private final @Nullable ContextCache cache;
    private final Object sessionLock = new Object();
    private volatile @Nullable String csrfToken;

    private MizanClient(Builder builder) {
        String text = builder.baseUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.mapper = builder.mapper != null
                ? builder.mapper
                : JsonMapper.builder()
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .build();
        this.timeout = builder.timeout;
        this.headers = Map.copyOf(builder.headers);
        this.onRequest = builder.onRequest;
        this.bearer = builder.bearer ? new BearerAuth(builder.refreshToken, builder.onTokens, builder.onSignOut) : null;
        this.cache = builder.contextCache ? new ContextCache() : null;
        if (builder.httpClient != null) {
            this.http = builder.httpClient;
        } else {
            // The session and CSRF cookies live in this client's own jar (in bearer mode too, for the
            // calls it makes while signed out, which go the session way).
            this.http = HttpClient.newBuilder()
                    .connectTimeout(builder.timeout)
                    .cookieHandler(new CookieManager())
                    .build();
        }
        if (bearer != null) {
            bearer.attach(
                    this,
                    (function, args) ->
                            post(function, toArgs(args), null, null, null).result());
        }
    }

    /** A builder for a client of the Mizan endpoints at {@code baseUrl} (e.g. {@code http://host/api/mizan}). */
    public static Builder builder(URI baseUrl) {
        return new Builder(baseUrl);
    }

    /** The JSON mapper that writes arguments and reads results. */
    public JsonMapper mapper() {
        return mapper;
    }

    /** The bearer side: {@code login}, {@code logout}; throws when the client uses session auth. */
    public BearerAuth bearer() {
        if (bearer == null) {
            throw new IllegalStateException("this client uses session auth; build it with bearer() for tokens");
        }
        return bearer;
    }

    /** The context cache, when the client was built with one. */
    public Optional<ContextCache> cache() {
        return Optional.ofNullable(cache);
    }

    /**
     * Calls a function and reads its result as {@code type}; applies the answer's invalidate and
     * merge entries to the cache first.
     *
     * @param args the arguments by wire name; a value is written with the client's mapper
     * @throws MizanException the typed error of a failed call
     */
    public <R> R call(String function, Map<String, ? extends @Nullable Object> args, TypeReference<R> type) {
        return convert(callJson(function, args), type);
    }

    /**
     * {@code value} as JSON, written as its declared {@code type}: a union value keeps its tag or
     * wrapper even when its runtime class is a variant that is written plain on its own. Generated
     * clients pass union-typed arguments through it.
     */
    public <T> JsonNode toJson(@Nullable T value, TypeReference<T> type) {
        if (value == null) {
            return NullNode.getInstance();
        }
        return mapper.readTree(mapper.writerFor(type).writeValueAsString(value));
    }

    /** {@link #call} returning the raw JSON result. */
    public JsonNode callJson(String function, Map<String, ? extends @Nullable Object> args) {
        return callJson(function, args, null);
    }

    /**
     * Calls a function that takes uploads: a multipart body (part {@code function}, part
     * {@code args} with the other arguments as JSON, then one file part per upload, named after its
     * parameter, a list parameter's files in order), streamed from the files as it is sent.
     *
     * @param files the uploads by parameter name; an empty list sends no part for that parameter
     * @throws MizanException the typed error of a failed call
     */
    public <R> R call(
            String function,
            Map<String, ? extends @Nullable Object> args,
            Map<String, List<FileUpload>> files,
            TypeReference<R> type) {
        return convert(callJson(function, args, files), type);
    }

    /** {@link #call(String, Map, Map, TypeReference)} returning the raw JSON result. */
    public JsonNode callJson(
            String function,
            Map<String, ? extends @Nullable Object> args,
            @Nullable Map<String, List<FileUpload>> files) {
        ObjectNode body = toArgs(args);
        CallAnswer answer = bearer != null && bearer.signedIn()
                ? withBearer(bearer, header -> post(function, body, files, null, header))
                : withCsrf(token -> post(function, body, files, token, null));
        if (cache != null) {
            cache.merge(answer.merge());
            cache.invalidate(answer.invalidate());
        }
        return answer.result();
    }

    /**
     * Fetches a context bundle (one property per member) and reads it as {@code type}. With the
     * cache on, a fresh cached instance is answered without a request; a stale or missing one is
     * fetched and stored.
     *
     * @param rev the context's revision (part of the cache key)
     * @param params the context params by wire name; null values are left out
     */
    public <T> T context(String name, int rev, Map<String, ? extends @Nullable Object> params, TypeReference<T> type) {
        return convert(contextJson(name, rev, params), type);
    }

    /** {@link #context} returning the raw bundle. */
    public ObjectNode contextJson(String name, int rev, Map<String, ? extends @Nullable Object> params) {
        Map<String, JsonNode> wire = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (v != null) {
                wire.put(k, mapper.valueToTree(v));
            }
        });
        if (cache == null) {
            return fetchBundle(name, wire);
        }
        ObjectNode fresh = cache.fresh(name, rev, wire);
        if (fresh != null) {
            return fresh;
        }
        long epoch = cache.begin(name, rev, wire);
        ObjectNode data = null;
        try {
            data = fetchBundle(name, wire);
        } finally {
            ObjectNode stored = cache.store(name, rev, wire, epoch, data);
            if (data != null) {
                data = stored;
            }
        }
        return data;
    }

    /** {@code GET {base}/session/}: the CSRF token (remembered for calls) and the user. */
    public Session session() {
        Answer answer = send(request("/session/").GET().build());
        JsonNode token = answer.body().path("csrf_token");
        if (!token.isString()) {
            throw new MizanClientException(
                    answer.status(), ErrorCode.INVALID_RESPONSE, "A session answer must carry csrf_token", null);
        }
        csrfToken = token.asString();
        JsonNode user = answer.body().get("user");
        return new Session(token.asString(), user == null ? NullNode.getInstance() : user);
    }

    private ObjectNode fetchBundle(String name, Map<String, JsonNode> params) {
        String query = WireParams.query(params);
        String path = "/ctx/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + "/"
                + (query.isEmpty() ? "" : "?" + query);
        Function<@Nullable String, Answer> get = header -> {
            HttpRequest.Builder request = request(path).GET();
            if (header != null) {
                request.header("Authorization", header);
            }
            return send(request.build());
        };
        Answer answer = bearer != null ? withBearer(bearer, get) : get.apply(null);
        if (!(answer.body() instanceof ObjectNode bundle)) {
            throw new MizanClientException(
                    answer.status(), ErrorCode.INVALID_RESPONSE, "A context answer must be a JSON object", null);
        }
        return bundle;
    }

    /** Sends with the access token; after a 401 token_expired refreshes once (shared) and retries once. */
    private <T> T withBearer(BearerAuth auth, Function<@Nullable String, T> send) {
        String header = auth.header();
        if (header == null && auth.signedIn()) {
            header = auth.renew(null);
        }
        try {
            return send.apply(header);
        } catch (UnauthorizedException e) {
            if (!"token_expired".equals(e.reason())) {
                throw e;
            }
            String renewed = auth.renew(header);
            if (renewed == null) {
                throw e;
            }
            return send.apply(renewed);
        }
    }

    /** Sends with the CSRF token (fetched first when missing); renews it once on a CSRF refusal. */
    private <T> T withCsrf(Function<String, T> send) {
        String token = csrfToken;
        if (token == null) {
            token = renewCsrf(null);
        }
        try {
            return send.apply(token);
        } catch (ForbiddenException e) {
            if (!"csrf".equals(e.reason())) {
                throw e;
            }
            return send.apply(renewCsrf(token));
        }
    }

    private String renewCsrf(@Nullable String failed) {
        synchronized (sessionLock) {
            String current = csrfToken;
            if (current != null && !current.equals(failed)) {
                return current;
            }
            return session().csrfToken();
        }
    }

    private CallAnswer post(
            String function,
            ObjectNode args,
            @Nullable Map<String, List<FileUpload>> files,
            @Nullable String csrf,
            @Nullable String authorization) {
        HttpRequest.Builder request = request("/call/");
        if (files == null) {
            ObjectNode envelope = mapper.createObjectNode();
            envelope.put("function", function);
            envelope.set("args", args);
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(envelope)));
        } else {
            Multipart multipart = new Multipart();
            multipart.text("function", function, null);
            multipart.text("args", mapper.writeValueAsString(args), "application/json");
            files.forEach((name, uploads) -> uploads.forEach(upload -> multipart.file(name, upload)));
            request.header("Content-Type", multipart.contentType()).POST(multipart.publisher());
        }
        if (csrf != null) {
            request.header(CSRF_HEADER, csrf);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        Answer answer = send(request.build());
        JsonNode body = answer.body();
        if (!body.isObject() || !body.has("result")) {
            throw new MizanClientException(
                    answer.status(), ErrorCode.INVALID_RESPONSE, "A call answer must carry result", null);
        }
        List<InvalidateEntry> invalidate = new ArrayList<>(readInvalidate(body.get("invalidate")));
        for (String value : answer.response().headers().allValues(INVALIDATE_HEADER)) {
            invalidate.addAll(InvalidateHeader.parse(value));
        }
        return new CallAnswer(body.get("result"), dedupe(invalidate), readMerge(body.get("merge")));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).header("Accept", "application/json");
        headers.forEach(request::header);
        return request;
    }

    private Answer send(HttpRequest request) {
        if (onRequest != null) {
            onRequest.accept(request);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MizanClientException(0, ErrorCode.ABORTED, "Interrupted while waiting for the server", e);
        } catch (IOException e) {
            throw new MizanClientException(0, ErrorCode.NETWORK_ERROR, "No answer from " + request.uri(), e);
        }
        JsonNode body;
        try {
            body = mapper.readTree(response.body());
        } catch (JacksonException e) {
            throw new MizanClientException(
                    response.statusCode(),
                    ErrorCode.INVALID_RESPONSE,
                    "The answer (HTTP " + response.statusCode() + ") is not JSON",
                    e);
        }
        if (response.statusCode() < 200 || response.statusCode() >= 300) {
            JsonNode error = body.path("error");
            if (!error.isObject() || !error.path("code").isString()) {
                throw new MizanClientException(
                        response.statusCode(),
                        ErrorCode.INVALID_RESPONSE,
                        "The answer (HTTP " + response.statusCode() + ") is not an error envelope",
                        null);
            }
            throw MizanException.of(
                    response.statusCode(),
                    error.get("code").asString(),
                    error.path("message").asString(""),
                    error.get("details"));
        }
        return new Answer(response, body);
    }

    private ObjectNode toArgs(Map<String, ? extends @Nullable Object> args) {
        ObjectNode node = mapper.createObjectNode();
        args.forEach(
                (name, value) -> node.set(name, value == null ? NullNode.getInstance() : mapper.valueToTree(value)));
        return node;
    }

    private <R> R convert(JsonNode node, TypeReference<R> type) {
        try {
            return mapper.readerFor(type).readValue(node);
        } catch (JacksonException e) {
            throw new MizanClientException(
                    200,
                    ErrorCode.INVALID_RESPONSE,
                    "The answer does not fit " + type.getType() + ": " + e.getOriginalMessage(),
                    e);
        }
    }

    private static List<InvalidateEntry> readInvalidate(@Nullable JsonNode list) {
        List<InvalidateEntry> entries = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return entries;
        }
        for (JsonNode item : list) {
            if (!item.path("context").isString()) {
                continue;
            }
            JsonNode slot = item.get("slot");
            entries.add(new InvalidateEntry(
                    item.get("context").asString(),
                    params(item.get("params")),
                    slot != null && slot.isString() ? slot.asString() : null));
        }
        return entries;
    }

    private static List<MergeEntry> readMerge(@Nullable JsonNode list) {
        List<MergeEntry> entries = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return entries;
        }
        for (JsonNode item : list) {
            if (!item.path("context").isString() || !item.path("slot").isString() || !item.has("value")) {
                continue;
            }
            entries.add(new MergeEntry(
                    item.get("context").asString(),
                    item.get("slot").asString(),
                    item.get("value"),
                    params(item.get("params"))));
        }
        return entries;
    }

    private static @Nullable Map<String, JsonNode> params(@Nullable JsonNode params) {
        if (params == null || !params.isObject()) {
            return null;
        }
        Map<String, JsonNode> map = new LinkedHashMap<>();
        params.properties().forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    /** Drops repeated entries (same context, same params on the wire, same slot): body and header. */
    static List<InvalidateEntry> dedupe(List<InvalidateEntry> entries) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<InvalidateEntry> out = new ArrayList<>();
        for (InvalidateEntry entry : entries) {
            String id = entry.context() + '\u0000' + WireParams.pairs(entry.params()) + '\u0000' + entry.slot();
            if (seen.add(id)) {
                out.add(entry);
            }
        }
        return out;
    }

    private record Answer(HttpResponse<String> response, JsonNode body) {
        int status() {
            return response.statusCode();
        }
    }

    /** A successful call: its result and the cache effects the server announced. */
    private record CallAnswer(JsonNode result, List<InvalidateEntry> invalidate, List<MergeEntry> merge) {}

    /** How a {@link MizanClient} reaches its server. */
    public static final class Builder {
        private final URI baseUrl;
        private @Nullable HttpClient httpClient;
        private @Nullable JsonMapper mapper;
        private Duration timeout = Duration.ofSeconds(30);
        private final Map<String, String> headers = new LinkedHashMap<>();
        private @Nullable Consumer<HttpRequest> onRequest;
        private boolean bearer;
        private @Nullable String refreshToken;
        private @Nullable Consumer<TokenPair> onTokens;
        private @Nullable Runnable onSignOut;
        private boolean contextCache;

        private Builder(URI baseUrl) {
            this.baseUrl = baseUrl;
        }

        /**
         * Use this HTTP client (for a proxy, TLS settings or an executor). Session auth needs it to
         * keep cookies ({@code HttpClient.newBuilder().cookieHandler(new CookieManager())}); the
         * default one does.
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /** Use this mapper (the default tolerates unknown properties, so a newer server does not break it). */
        public Builder mapper(JsonMapper mapper) {
            this.mapper = mapper;
            return this;
        }

        /** Connect and request timeout; default 30 s. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** A header sent with every request (e.g. {@code Authorization: Basic …} for a session sign-in). */
        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** Called with every request just before it is sent (logging, metrics, tests). */
        public Builder onRequest(Consumer<HttpRequest> onRequest) {
            this.onRequest = onRequest;
            return this;
        }

        /** Bearer (JWT) auth instead of the session cookie and CSRF token: sign in with {@code bearer().login(…)}. */
        public Builder bearer() {
            this.bearer = true;
            return this;
        }

        /** Bearer auth, starting from a refresh token kept from an earlier run (the first request refreshes). */
        public Builder bearer(String refreshToken) {
            this.bearer = true;
            this.refreshToken = refreshToken;
            return this;
        }

        /** Called after every sign-in and refresh (to keep the refresh token). */
        public Builder onTokens(Consumer<TokenPair> onTokens) {
            this.onTokens = onTokens;
            return this;
        }

        /** Called once when the client is signed out: by {@code logout}, or because a refresh failed. */
        public Builder onSignOut(Runnable onSignOut) {
            this.onSignOut = onSignOut;
            return this;
        }

        /** Keep fetched context bundles in an in-memory {@link ContextCache}; default off. */
        public Builder contextCache(boolean on) {
            this.contextCache = on;
            return this;
        }

        public MizanClient build() {
            return new MizanClient(this);
        }
    }
}
