package dev.mizan.core.dispatch;

import dev.mizan.core.PermissionKey;
import dev.mizan.core.RequestHandle;
import dev.mizan.core.cache.CacheReport;
import dev.mizan.core.cache.OriginCache;
import dev.mizan.core.registry.ContextDescriptor;
import dev.mizan.core.registry.ParamDescriptor;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Serves cached members of one bundle fetch through the origin cache, after auth: arguments are
 * bound, re-serialized as the key's params (so {@code ?id=07} and {@code ?id=7} share a key), and
 * the member runs only on a miss. Collects the bundle's {@link CacheReport}.
 */
final class CachedMembers {

    /** A member's answer already written as JSON (from the cache or computed for it). */
    record Raw(byte[] json) {}

    private static final BigInteger SAFE = BigInteger.TWO.pow(53);

    private final OriginCache cache;
    private final ContextDescriptor context;
    private final PermissionKey perm;
    private final JsonMapper mapper;
    private final long answerLimit;
    private final AtomicBoolean allHit = new AtomicBoolean(true);
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    CachedMembers(
            OriginCache cache, ContextDescriptor context, RequestHandle request, JsonMapper mapper, long answerLimit) {
        this.cache = cache;
        this.answerLimit = answerLimit;
        this.context = context;
        this.perm = PermissionKey.of(context.scope(), request.user());
        this.mapper = mapper;
    }

    Raw run(FunctionPlan member, ObjectNode args, RequestHandle request) throws Throwable {
        Object[] bound = member.bind(args, request);
        OriginCache.Request key = new OriginCache.Request(
                context.name(),
                member.name(),
                keyParams(member, bound),
                member.descriptor().rev(),
                perm,
                Objects.requireNonNull(member.descriptor().cacheTtl()));
        OriginCache.Answer answer = cache.fetch(key, () -> written(member, member.runBound(bound)));
        if (!answer.hit()) {
            allHit.set(false);
        }
        if (cache.reportsKeys()) {
            keys.put(member.name(), answer.key());
        }
        return new Raw(answer.json());
    }

    /**
     * The member's JSON, at most the answer limit: a bigger value fails with {@link
     * BoundedSink.TooLarge} (the bundle's 413) and is neither held whole nor stored.
     */
    private byte[] written(FunctionPlan member, @Nullable Object value) {
        LimitedBytes out = new LimitedBytes(answerLimit);
        try {
            member.writer().writeValue(out, value);
        } catch (RuntimeException e) {
            if (out.overflowed) {
                throw new BoundedSink.TooLarge();
            }
            throw e;
        }
        return out.toByteArray();
    }

    /** Bytes that fail past a limit. */
    private static final class LimitedBytes extends ByteArrayOutputStream {
        private final long limit;
        private boolean overflowed;

        LimitedBytes(long limit) {
            super(256);
            this.limit = limit;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            if ((long) count + len > limit) {
                overflowed = true;
                throw new BoundedSink.TooLarge();
            }
            super.write(b, off, len);
        }

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }

    CacheReport report() {
        return new CacheReport(allHit.get(), keys);
    }

    private ObjectNode keyParams(FunctionPlan member, Object[] bound) {
        ObjectNode params = mapper.createObjectNode();
        for (ParamDescriptor p : member.descriptor().inputs()) {
            Object value = bound[p.index()];
            if (value instanceof Optional<?> o) {
                value = o.orElse(null);
            }
            if (value != null) {
                params.set(p.name(), exact(mapper.valueToTree(value)));
            }
        }
        return params;
    }

    /**
     * Numbers a double cannot hold exactly (ids beyond 2^53, long decimals) are keyed as their
     * decimal text: RFC 8785 would round them, and two ids must never share a key.
     */
    private static JsonNode exact(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            copy.properties().forEach(e -> e.setValue(exact(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).deepCopy();
            for (int i = 0; i < copy.size(); i++) {
                copy.set(i, exact(copy.get(i)));
            }
            return copy;
        }
        if (node.isIntegralNumber() && node.bigIntegerValue().abs().compareTo(SAFE) > 0) {
            return StringNode.valueOf(node.bigIntegerValue().toString());
        }
        if (node.isBigDecimal() && !isExactDouble(node.decimalValue())) {
            return StringNode.valueOf(node.decimalValue().toPlainString());
        }
        return node;
    }

    private static boolean isExactDouble(BigDecimal d) {
        double asDouble = d.doubleValue();
        return Double.isFinite(asDouble) && new BigDecimal(asDouble).compareTo(d) == 0;
    }

    static @Nullable CachedMembers forFetch(
            @Nullable OriginCache cache,
            ContextDescriptor context,
            boolean anyCached,
            RequestHandle request,
            JsonMapper mapper,
            long answerLimit) {
        return cache == null || !anyCached ? null : new CachedMembers(cache, context, request, mapper, answerLimit);
    }
}
