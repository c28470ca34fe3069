package dev.mizan.core.registry;

import dev.mizan.core.Auth;
import dev.mizan.core.Channel;
import dev.mizan.core.Client;
import dev.mizan.core.types.TypeModel;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/**
 * Collects {@code @Client} methods and builds a validated {@link Registry}. {@link #build()}
 * checks everything and throws one {@link RegistryException} listing every problem, each naming
 * {@code Class#method}.
 */
public final class RegistryBuilder {

    private final Set<Method> methods = new LinkedHashSet<>();
    private final Set<Class<?>> pageClasses = new LinkedHashSet<>();
    private Auth defaultAuth = Auth.PUBLIC;
    private String defaultAuthReason = "";
    private @Nullable ObjectMapper typeMapper;

    RegistryBuilder() {}

    /** The level {@link Auth#DEFAULT} stands for: {@code PUBLIC} (default) or {@code REQUIRED}. */
    public RegistryBuilder defaultAuth(Auth auth) {
        if (auth == Auth.DEFAULT) {
            throw new IllegalArgumentException("the default auth level must be a concrete level");
        }
        this.defaultAuth = auth;
        return this;
    }

    /**
     * As {@link #defaultAuth(Auth)}, with why this level applies (e.g. {@code "Spring Security is
     * present; mizan.default-auth overrides"}), which {@link Registry#summary()} repeats.
     */
    public RegistryBuilder defaultAuth(Auth auth, String reason) {
        defaultAuth(auth);
        this.defaultAuthReason = reason;
        return this;
    }

    /**
     * Checks parameter and return types with the wire type model of this mapper ({@link
     * TypeModel}: what the IR exporter describes) instead of the mapper-free built-in rules.
     */
    public RegistryBuilder checkTypes(ObjectMapper mapper) {
        this.typeMapper = mapper;
        return this;
    }

    /**
     * Adds every {@code @Client} method declared on the class or its superclasses, and the class's
     * {@code @Page} declarations.
     */
    public RegistryBuilder add(Class<?> type) {
        methods.addAll(clientMethods(type));
        if (PageReader.declaresPages(type)) {
            pageClasses.add(type);
        }
        return this;
    }

    /** Adds the {@code @Page} declarations of a page class (docs/pages.md). */
    public RegistryBuilder pages(Class<?> pageClass) {
        pageClasses.add(pageClass);
        return this;
    }

    /** Whether a class carries {@code @Page} declarations. */
    public static boolean declaresPages(Class<?> type) {
        return PageReader.declaresPages(type);
    }

    /** Adds one {@code @Client} method. */
    public RegistryBuilder add(Method method) {
        methods.add(method);
        return this;
    }

    /** Adds every class under the packages that declares {@code @Client} methods (see {@link Discovery}). */
    public RegistryBuilder scan(ClassLoader loader, String... packages) {
        Discovery.clientClasses(loader, packages).forEach(this::add);
        return this;
    }

    /** Adds classes and methods: each element is a {@link Class} or a {@link Method}. */
    public RegistryBuilder addAll(Iterable<?> classesOrMethods) {
        for (Object o : classesOrMethods) {
            switch (o) {
                case Class<?> c -> add(c);
                case Method m -> add(m);
                default -> throw new IllegalArgumentException("not a Class or Method: " + o);
            }
        }
        return this;
    }

    /**
     * The {@code @Client} and {@code @Channel} methods declared on a class or its superclasses, in a
     * stable order.
     */
    public static List<Method> clientMethods(Class<?> type) {
        List<Method> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if ((m.isAnnotationPresent(Client.class) || m.isAnnotationPresent(Channel.class))
                        && !m.isBridge()
                        && !m.isSynthetic()) {
                    out.add(m);
                }
            }
        }
        out.sort(Comparator.comparing((Method m) -> m.getName()).thenComparing(Method::toGenericString));
        return out;
    }

    /** Validates and builds; throws {@link RegistryException} listing every problem found. */
    public Registry build() {
        List<Problem> problems = new ArrayList<>();
        MethodReader reader =
                new MethodReader(defaultAuth, typeMapper == null ? null : new TypeModel(typeMapper), problems::add);
        Map<String, Declared> byName = new LinkedHashMap<>();
        List<Declared> all = new ArrayList<>();
        ChannelReader channelReader =
                new ChannelReader(defaultAuth, typeMapper == null ? null : new TypeModel(typeMapper), problems::add);
        Map<String, ChannelDescriptor> channels = new LinkedHashMap<>();
        for (Method method : methods) {
            if (method.isAnnotationPresent(Channel.class)) {
                if (method.isAnnotationPresent(Client.class)) {
                    problems.add(new Problem(
                            Problem.source(method),
                            "is annotated both @Client and @Channel: a method is one or the other"));
                    continue;
                }
                ChannelDescriptor channel = channelReader.read(method);
                if (channel != null) {
                    ChannelDescriptor clash = channels.putIfAbsent(channel.name(), channel);
                    if (clash != null) {
                        problems.add(new Problem(
                                channel.source(),
                                "duplicate channel name '" + channel.name() + "', also used by " + clash.source()));
                    }
                }
                continue;
            }
            Declared declared = reader.read(method);
            if (declared == null) {
                continue;
            }
            all.add(declared);
            Declared clash = byName.putIfAbsent(declared.name(), declared);
            if (clash != null) {
                problems.add(new Problem(
                        declared.source(),
                        "duplicate function name '" + declared.name() + "', also used by " + clash.source()));
            }
        }
        Assembly assembly = new Assembly(byName, all, problems::add);
        List<ContextDescriptor> contexts = assembly.contexts();
        List<FunctionDescriptor> functions = assembly.functions(contexts);
        Map<String, FunctionDescriptor> functionsByName = new LinkedHashMap<>();
        functions.forEach(f -> functionsByName.put(f.name(), f));
        List<PageDescriptor> pages = PageReader.read(pageClasses, contexts, functionsByName, problems::add);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing((Problem p) -> p.source()).thenComparing(Problem::message));
            throw new RegistryException(problems);
        }
        return new Registry(functions, contexts, channels.values(), pages, defaultAuth, defaultAuthReason);
    }
}
