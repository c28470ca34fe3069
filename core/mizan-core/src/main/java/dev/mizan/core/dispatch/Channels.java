package dev.mizan.core.dispatch;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.RequestHandle;
import dev.mizan.core.registry.ChannelDescriptor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The channels of a registry (MIZAN.md §4 "Channels"), prepared like functions: who may join a
 * channel instance, binding its params, and a client's publish (guard, bind, validate and run the
 * channel's method, whose result is the message). The live hub fans the messages out.
 */
public final class Channels {

    private record Param(String name, ObjectReader reader, boolean optional) {}

    private record Plan(ChannelDescriptor descriptor, FunctionPlan function, List<Param> params) {}

    private final Dispatcher dispatcher;
    private final JsonMapper mapper;
    private final Map<String, Plan> plans;
    private final boolean hasGuarded;

    public Channels(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
        DispatchOptions options = dispatcher.options();
        this.mapper = options.mapper();
        Map<String, Plan> p = new HashMap<>();
        for (ChannelDescriptor c : dispatcher.registry().channels()) {
            List<Param> params = c.channelParams().stream()
                    .map(d -> new Param(d.name(), ArgBinder.reader(mapper, d.type()), d.optional()))
                    .toList();
            p.put(c.name(), new Plan(c, FunctionPlan.prepare(c.asFunction(), dispatcher.registry(), options), params));
        }
        this.plans = Map.copyOf(p);
        this.hasGuarded = dispatcher.registry().functions().stream().anyMatch(f -> f.isGuarded())
                || dispatcher.registry().channels().stream().anyMatch(ChannelDescriptor::isGuarded);
    }

    /** Whether the registry declares any channel. */
    public boolean isEmpty() {
        return plans.isEmpty();
    }

    /**
     * Checks that the caller may join an instance of the channel; returns its params bound and
     * re-serialized (so that {@code "7"} and {@code 7} for a {@code long} param are one instance).
     *
     * @throws MizanException NOT_FOUND (unknown or hidden), UNAUTHORIZED, FORBIDDEN or BAD_REQUEST
     */
    public Map<String, JsonNode> join(String channel, @Nullable JsonNode params, RequestHandle caller) {
        Plan plan = guarded(channel, caller);
        return bind(plan, params);
    }

    /**
     * A client's publish: the caller must be allowed to join, the channel must take client
     * messages, the params and message must bind and validate, and the channel's method must accept
     * it; returns the message it returned.
     */
    public ChannelMessage publish(
            String channel, @Nullable JsonNode params, @Nullable JsonNode message, RequestHandle caller) {
        Plan plan = guarded(channel, caller);
        if (!plan.descriptor().clientPublish()) {
            throw new MizanException(
                    ErrorCode.FORBIDDEN,
                    "Only the server publishes on channel '" + channel + "'",
                    Map.of("channel", channel, "reason", "server_only"));
        }
        Map<String, JsonNode> bound = bind(plan, params);
        if (message == null || message.isNull() || message.isMissingNode()) {
            throw new MizanException(
                    ErrorCode.BAD_REQUEST,
                    "A 'publish' frame needs a 'message'",
                    Map.of("channel", channel, "missing", List.of(ChannelDescriptor.MESSAGE)));
        }
        ObjectNode args = mapper.createObjectNode();
        bound.forEach(args::set);
        args.set(ChannelDescriptor.MESSAGE, message);
        Object result;
        try {
            result = plan.function().run(args, caller);
        } catch (Throwable t) {
            throw dispatcher.normalize(t, channel, caller);
        }
        if (result == null) {
            throw new MizanException(
                    ErrorCode.INTERNAL_ERROR, "The channel '" + channel + "' returned no message", Map.of());
        }
        return new ChannelMessage(channel, bound, mapper.valueToTree(result));
    }

    /**
     * A message from server code: the channel must exist, the params bind like a client's and the
     * message is written with the wire mapper. Throws {@link IllegalArgumentException} otherwise.
     */
    public ChannelMessage fromServer(String channel, Map<String, ?> params, Object message) {
        Plan plan = plans.get(channel);
        if (plan == null) {
            throw new IllegalArgumentException("No @Channel named '" + channel + "'; declared: " + plans.keySet());
        }
        Class<?> declared = mapper.constructType(plan.descriptor().message()).getRawClass();
        if (!declared.isInstance(message)) {
            throw new IllegalArgumentException("Channel '" + channel + "' carries " + declared.getName() + ", not "
                    + message.getClass().getName());
        }
        Map<String, JsonNode> bound;
        try {
            bound = bind(plan, mapper.valueToTree(params));
        } catch (MizanException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return new ChannelMessage(channel, bound, mapper.valueToTree(message));
    }

    private Plan guarded(String channel, RequestHandle caller) {
        Plan plan = plans.get(channel);
        boolean hides = !dispatcher.options().policy().revealGuardedNames() && hasGuarded && caller.user() == null;
        if (plan == null) {
            throw GuardedNames.unknown("channel", channel, hides);
        }
        try {
            plan.function().guard().check(caller);
        } catch (MizanException e) {
            if (dispatcher.options().policy().revealGuardedNames() || !GuardedNames.isRefusal(e)) {
                throw e;
            }
            throw GuardedNames.unknown("channel", channel, hides);
        }
        return plan;
    }

    private Map<String, JsonNode> bind(Plan plan, @Nullable JsonNode params) {
        String channel = plan.descriptor().name();
        if (params != null && !params.isNull() && !params.isObject()) {
            throw new MizanException(
                    ErrorCode.BAD_REQUEST, "'params' must be a JSON object", Map.of("channel", channel));
        }
        TreeSet<String> unknown = new TreeSet<>();
        if (params != null && params.isObject()) {
            for (String name : params.propertyNames()) {
                if (plan.params().stream().noneMatch(p -> p.name().equals(name))) {
                    unknown.add(name);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new MizanException(
                    ErrorCode.BAD_REQUEST,
                    "Unknown params " + String.join(", ", unknown) + " for channel '" + channel + "'",
                    Map.of("unknown", List.copyOf(unknown)));
        }
        Map<String, JsonNode> bound = new TreeMap<>();
        List<String> missing = new java.util.ArrayList<>();
        for (Param p : plan.params()) {
            JsonNode value = params == null ? null : params.get(p.name());
            if (value == null || value.isNull()) {
                if (!p.optional()) {
                    missing.add(p.name());
                }
                continue;
            }
            try {
                bound.put(p.name(), mapper.valueToTree(p.reader().readValue(value)));
            } catch (JacksonException e) {
                throw new MizanException(
                        ErrorCode.BAD_REQUEST,
                        "Param '" + p.name() + "' of channel '" + channel + "' has the wrong type",
                        Map.of("param", p.name()));
            }
        }
        if (!missing.isEmpty()) {
            throw new MizanException(
                    ErrorCode.BAD_REQUEST,
                    "Missing params " + String.join(", ", missing) + " for channel '" + channel + "'",
                    Map.of("missing", List.copyOf(missing)));
        }
        return bound;
    }
}
