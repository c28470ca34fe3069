package dev.mizan.core.edge;

import dev.mizan.core.ContextScope;
import dev.mizan.core.RenderStrategy;
import dev.mizan.core.registry.ContextDescriptor;
import dev.mizan.core.registry.ContextParam;
import dev.mizan.core.registry.FunctionDescriptor;
import dev.mizan.core.registry.Registry;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The edge manifest (MIZAN.md §5 "edge manifest", docs/edge.md): which context answers an edge
 * may keep, with their TTL, key params, rev and permission scope, so that {@code @mizan/edge} keys
 * them exactly as the origin does. Built from the registry (served at {@code {base}/edge/manifest/})
 * or from the IR (the CLI and the Maven goal); both give the same bytes. Its format is the JSON
 * Schema {@code docs/edge-manifest.schema.json}.
 *
 * <p>A context is edge-cacheable when every member is kept by the origin cache ({@code @Cached}:
 * its TTL is the shortest of theirs), its scope is {@code class} or {@code public} (an MWT carries
 * a class, never a user), no member needs roles or a predicate (a class does not decide those),
 * and every param has a type the edge can bind as the origin does ({@code int}, {@code long},
 * {@code string}, {@code boolean}, or an enum, keyed as its string). The others are listed under
 * {@code not_cached} with the reason, and the edge forwards their fetches.
 *
 * @param basePath the protocol's base path, e.g. {@code /api/mizan}
 * @param withoutMwt what the edge does with a context fetch that carries no valid MWT: {@code anon}
 *     (serve the anonymous answer) or {@code pass} (forward it)
 * @param contexts the edge-cacheable contexts, sorted by name
 * @param notCached the other contexts and why, sorted by name
 * @param pages every declared page with its render strategy and the contexts it embeds, sorted by path
 */
public record EdgeManifest(
        String basePath,
        String withoutMwt,
        List<CacheableContext> contexts,
        Map<String, String> notCached,
        List<PageRoute> pages) {

    /** The manifest format version. */
    public static final int VERSION = 1;

    /** The param kinds the edge binds. */
    public static final List<String> PARAM_TYPES = List.of("boolean", "int", "long", "string");

    public EdgeManifest {
        if (!withoutMwt.equals("anon") && !withoutMwt.equals("pass")) {
            throw new IllegalArgumentException("without_mwt must be anon or pass, got '" + withoutMwt + "'");
        }
        contexts = contexts.stream()
                .sorted(Comparator.comparing(CacheableContext::name))
                .toList();
        notCached = java.util.Collections.unmodifiableMap(new TreeMap<>(notCached));
        pages = pages.stream().sorted(Comparator.comparing(PageRoute::path)).toList();
    }

    /** A manifest without pages. */
    public EdgeManifest(
            String basePath, String withoutMwt, List<CacheableContext> contexts, Map<String, String> notCached) {
        this(basePath, withoutMwt, contexts, notCached, List.of());
    }

    /**
     * A page route (PSR): an edge keeps an {@code edge} page per permission class for {@code ttl}
     * seconds and purges it when a context it embeds is invalidated; it forwards the others.
     *
     * @param path the page path, e.g. {@code /teams/{teamId}}
     * @param renderStrategy {@code ssr}, {@code csr}, {@code static} or {@code edge}
     * @param contexts the contexts the page embeds, sorted
     * @param ttl seconds an edge may keep an {@code edge} page; 0 for the others
     */
    public record PageRoute(String path, RenderStrategy renderStrategy, List<String> contexts, long ttl) {
        public PageRoute {
            contexts = contexts.stream().sorted().toList();
            if (renderStrategy == RenderStrategy.EDGE && ttl <= 0) {
                throw new IllegalArgumentException("the TTL of an edge page must be positive");
            }
        }
    }

    /**
     * An edge-cacheable context.
     *
     * @param name the context name
     * @param rev its rev (the sum of its members' revs), part of every key
     * @param scope {@code class} or {@code public}
     * @param ttl seconds an answer may be kept: the shortest member TTL
     * @param params its params, sorted by name
     */
    public record CacheableContext(String name, int rev, String scope, long ttl, List<KeyParam> params) {
        public CacheableContext {
            if (!scope.equals("class") && !scope.equals("public")) {
                throw new IllegalArgumentException("an edge-cacheable context is class or public, not " + scope);
            }
            if (ttl <= 0) {
                throw new IllegalArgumentException("the TTL of an edge-cacheable context must be positive");
            }
            params =
                    params.stream().sorted(Comparator.comparing(KeyParam::name)).toList();
        }
    }

    /**
     * A key param: how the edge binds the query value before keying it.
     *
     * @param name the param name
     * @param type {@code int}, {@code long}, {@code string} or {@code boolean}
     * @param required whether a fetch must carry it
     */
    public record KeyParam(String name, String type, boolean required) {
        public KeyParam {
            if (!PARAM_TYPES.contains(type)) {
                throw new IllegalArgumentException("the edge cannot bind a param of type " + type);
            }
        }
    }

    /** The manifest of a registry's contexts. */
    public static EdgeManifest of(Registry registry, String basePath, String withoutMwt) {
        List<CacheableContext> cacheable = new ArrayList<>();
        Map<String, String> skipped = new TreeMap<>();
        for (ContextDescriptor context : registry.contexts()) {
            List<FunctionDescriptor> members = registry.members(context);
            String why = null;
            long ttl = Long.MAX_VALUE;
            for (FunctionDescriptor m : members) {
                Duration memberTtl = m.cacheTtl();
                if (memberTtl == null) {
                    why = "member " + m.name() + " is not @Cached";
                    break;
                }
                if (m.predicate() != null || !m.roles().isEmpty()) {
                    why = "member " + m.name()
                            + " needs roles or a predicate, which a permission class does not decide";
                    break;
                }
                ttl = Math.min(ttl, memberTtl.toSeconds());
            }
            if (why == null && context.scope() == ContextScope.USER) {
                why = "scope user: answers are per user, an MWT carries a permission class";
            }
            List<KeyParam> params = new ArrayList<>();
            if (why == null) {
                for (ContextParam p : context.params()) {
                    String type = paramType(p.type());
                    if (type == null) {
                        why = "param " + p.name() + " has a type the edge does not bind";
                        break;
                    }
                    params.add(new KeyParam(p.name(), type, p.required()));
                }
            }
            if (why != null || members.isEmpty()) {
                skipped.put(context.name(), why == null ? "no members" : why);
            } else {
                cacheable.add(new CacheableContext(
                        context.name(), context.rev(), context.scope().wireName(), ttl, params));
            }
        }
        List<PageRoute> pages = registry.pages().stream()
                .map(p -> new PageRoute(p.path(), p.render(), p.embeds(), p.ttl()))
                .toList();
        return new EdgeManifest(basePath, withoutMwt, cacheable, skipped, pages);
    }

    private static @Nullable String paramType(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            return paramType(p.getActualTypeArguments()[0]);
        }
        if (type == int.class
                || type == Integer.class
                || type == short.class
                || type == Short.class
                || type == byte.class
                || type == Byte.class) {
            return "int";
        }
        if (type == long.class || type == Long.class) {
            return "long";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == String.class
                || type == CharSequence.class
                || type == char.class
                || type == Character.class
                || (type instanceof Class<?> c && c.isEnum())) {
            return "string";
        }
        return null;
    }

    /** The page of that declared path, or {@code null}. */
    public @Nullable PageRoute page(String path) {
        return pages.stream().filter(p -> p.path().equals(path)).findFirst().orElse(null);
    }

    /** The context of that name, when edge-cacheable. */
    public @Nullable CacheableContext context(String name) {
        return contexts.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** The manifest as a JSON tree, in the schema's member order. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("version", VERSION);
        root.put("base_path", basePath);
        root.put("mwt_cookie", Mwt.COOKIE);
        root.put("without_mwt", withoutMwt);
        ArrayNode list = root.putArray("contexts");
        for (CacheableContext c : contexts) {
            ObjectNode node = list.addObject();
            node.put("name", c.name());
            node.put("rev", c.rev());
            node.put("scope", c.scope());
            node.put("ttl", c.ttl());
            ArrayNode params = node.putArray("params");
            for (KeyParam p : c.params()) {
                params.addObject().put("name", p.name()).put("type", p.type()).put("required", p.required());
            }
        }
        ObjectNode skipped = root.putObject("not_cached");
        notCached.forEach(skipped::put);
        ArrayNode routes = root.putArray("pages");
        for (PageRoute p : pages) {
            ObjectNode node = routes.addObject();
            node.put("path", p.path());
            node.put("render_strategy", p.renderStrategy().wireName());
            ArrayNode embeds = node.putArray("contexts");
            p.contexts().forEach(embeds::add);
            if (p.renderStrategy() == RenderStrategy.EDGE) {
                node.put("ttl", p.ttl());
            }
        }
        return root;
    }

    /** The manifest as pretty-printed JSON text with a final newline: the exported file's bytes. */
    public String toJsonText() {
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(toJson()) + "\n";
    }
}
