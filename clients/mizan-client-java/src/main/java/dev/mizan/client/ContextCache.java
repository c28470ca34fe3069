package dev.mizan.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The in-memory context cache of a {@link MizanClient} (on with {@code Builder.contextCache(true)}):
 * one entry per context instance, keyed by name, rev and the params' wire form as in the browser
 * kernel. A call's {@code invalidate} entries (body and {@code X-Mizan-Invalidate} header, deduped)
 * mark matching instances stale, and the next read of a stale instance fetches it again (a Java
 * client mounts nothing, so nothing is refetched eagerly); its {@code merge} entries splice the
 * returned value into the slot of matching instances that hold data, which stay fresh, with no
 * request. A fetch that was under way while an instance was invalidated stores its answer as
 * stale; merges that arrive during a fetch are applied to its answer too, so a fetch never
 * overwrites newer data. Thread-safe.
 */
public final class ContextCache {

    /**
     * What the cache holds for one instance.
     *
     * @param context the context name
     * @param rev the context's revision
     * @param params the instance's params
     * @param data the bundle, one property per member (a copy: changing it changes nothing)
     * @param stale true when an invalidation reached the instance since it was fetched
     */
    public record Snapshot(String context, int rev, Map<String, JsonNode> params, ObjectNode data, boolean stale) {}

    private static final class Instance {
        final String context;
        final int rev;
        final Map<String, JsonNode> params;

        @Nullable
        ObjectNode data;

        boolean stale;
        /** Bumped by every invalidation: a fetch that started before one stores its answer as stale. */
        long epoch;
        /** Merges received while a fetch was under way, replayed onto its answer. */
        final List<MergeEntry> pendingMerges = new ArrayList<>();

        int fetching;

        Instance(String context, int rev, Map<String, JsonNode> params) {
            this.context = context;
            this.rev = rev;
            this.params = Map.copyOf(params);
        }
    }

    private final Map<String, Instance> instances = new ConcurrentHashMap<>();

    ContextCache() {}

    /** The instance's data, when cached; stale data is returned too (see {@link Snapshot#stale()}). */
    public Optional<Snapshot> peek(String context, int rev, Map<String, JsonNode> params) {
        Instance instance = instances.get(WireParams.key(context, rev, params));
        if (instance == null) {
            return Optional.empty();
        }
        synchronized (instance) {
            return instance.data == null
                    ? Optional.empty()
                    : Optional.of(new Snapshot(
                            instance.context, instance.rev, instance.params, instance.data.deepCopy(), instance.stale));
        }
    }

    /** Every instance that holds data, in no particular order. */
    public List<Snapshot> snapshots() {
        List<Snapshot> all = new ArrayList<>();
        for (Instance instance : instances.values()) {
            synchronized (instance) {
                if (instance.data != null) {
                    all.add(new Snapshot(
                            instance.context, instance.rev, instance.params, instance.data.deepCopy(), instance.stale));
                }
            }
        }
        return all;
    }

    /** Marks the matching instances stale (the next read fetches them again). */
    public void invalidate(Collection<InvalidateEntry> entries) {
        for (InvalidateEntry entry : entries) {
            for (Instance instance : matching(entry.context(), entry.params())) {
                synchronized (instance) {
                    instance.epoch++;
                    instance.stale = true;
                }
            }
        }
    }

    /** Splices each value into its slot of the matching instances; no request. */
    public void merge(Collection<MergeEntry> entries) {
        for (MergeEntry entry : entries) {
            for (Instance instance : matching(entry.context(), entry.params())) {
                synchronized (instance) {
                    if (instance.data != null) {
                        instance.data.set(entry.slot(), entry.value().deepCopy());
                    }
                    if (instance.fetching > 0) {
                        instance.pendingMerges.add(entry);
                    }
                }
            }
        }
    }

    /** Forgets every instance. */
    public void clear() {
        instances.clear();
    }

    /** How many instances hold data. */
    public int size() {
        return (int) instances.values().stream().filter(i -> i.data != null).count();
    }

    private List<Instance> matching(String context, @Nullable Map<String, JsonNode> params) {
        return instances.values().stream()
                .filter(i -> i.context.equals(context) && WireParams.matches(params, i.params))
                .toList();
    }

    /** A fresh bundle, or {@code null} when the instance must be fetched. */
    @Nullable
    ObjectNode fresh(String context, int rev, Map<String, JsonNode> params) {
        Instance instance = instances.get(WireParams.key(context, rev, params));
        if (instance == null) {
            return null;
        }
        synchronized (instance) {
            return instance.data != null && !instance.stale ? instance.data.deepCopy() : null;
        }
    }

    /** Starts a fetch of the instance: the token to hand to {@link #store}. */
    long begin(String context, int rev, Map<String, JsonNode> params) {
        Instance instance = instances.computeIfAbsent(
                WireParams.key(context, rev, params), k -> new Instance(context, rev, params));
        synchronized (instance) {
            instance.fetching++;
            return instance.epoch;
        }
    }

    /** Ends a fetch; with its answer (not {@code null}) stores it, stale when invalidated meanwhile. */
    ObjectNode store(String context, int rev, Map<String, JsonNode> params, long epoch, @Nullable ObjectNode data) {
        Instance instance = instances.computeIfAbsent(
                WireParams.key(context, rev, params), k -> new Instance(context, rev, params));
        synchronized (instance) {
            instance.fetching = Math.max(0, instance.fetching - 1);
            List<MergeEntry> merges = List.copyOf(instance.pendingMerges);
            if (instance.fetching == 0) {
                instance.pendingMerges.clear();
            }
            if (data == null) {
                return instance.data == null ? emptyObject() : instance.data.deepCopy();
            }
            ObjectNode stored = data.deepCopy();
            for (MergeEntry merge : merges) {
                stored.set(merge.slot(), merge.value().deepCopy());
            }
            instance.data = stored;
            instance.stale = instance.epoch != epoch;
            return stored.deepCopy();
        }
    }

    private static ObjectNode emptyObject() {
        return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }
}
