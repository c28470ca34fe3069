package dev.mizan.spring;

import dev.mizan.core.Auth;
import dev.mizan.core.AuthPredicate;
import dev.mizan.core.cache.OriginCache;
import dev.mizan.core.dispatch.DispatchOptions;
import dev.mizan.core.dispatch.DispatchPolicy;
import dev.mizan.core.dispatch.Dispatcher;
import dev.mizan.core.dispatch.FailureTranslator;
import dev.mizan.core.registry.FunctionDescriptor;
import dev.mizan.core.registry.Registry;
import dev.mizan.core.registry.RegistryBuilder;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Mizan registry and dispatcher of this application, built once every singleton exists: it
 * discovers the {@code @Client} methods of singleton beans and fails startup, listing every
 * problem, when they are inconsistent.
 */
public final class MizanRuntime
        implements SmartInitializingSingleton, org.springframework.beans.factory.DisposableBean {

    /** The bean Spring Security's web configuration registers (user-defined or Spring Boot's). */
    static final String SPRING_SECURITY_FILTER_CHAIN = "springSecurityFilterChain";

    /**
     * What {@code Auth.DEFAULT} means here and why: {@code mizan.default-auth} when set; else
     * {@code REQUIRED} when Spring Security guards the web application (so a function never opens
     * what {@code anyRequest().authenticated()} closes), {@code PUBLIC} without it.
     */
    record DefaultAuthChoice(Auth level, String reason) {

        static DefaultAuthChoice of(MizanProperties.@Nullable DefaultAuth configured, boolean springSecurity) {
            if (configured != null) {
                return new DefaultAuthChoice(
                        configured == MizanProperties.DefaultAuth.REQUIRED ? Auth.REQUIRED : Auth.PUBLIC,
                        "set by mizan.default-auth");
            }
            return springSecurity
                    ? new DefaultAuthChoice(
                            Auth.REQUIRED, "Spring Security is configured; mizan.default-auth=public overrides")
                    : new DefaultAuthChoice(
                            Auth.PUBLIC, "no Spring Security filter chain; mizan.default-auth=required overrides");
        }
    }

    private final ConfigurableListableBeanFactory beans;
    private final MizanProperties properties;
    private final JsonMapper mapper;
    private final jakarta.validation.@Nullable Validator validator;
    private final Executor contextExecutor;
    private final FailureTranslator translator;
    private volatile @Nullable Dispatcher dispatcher;
    private volatile dev.mizan.core.live.@Nullable LiveHub live;
    private volatile @Nullable OriginCache cache;
    private volatile @Nullable EdgeSupport edge;

    MizanRuntime(
            ConfigurableListableBeanFactory beans,
            MizanProperties properties,
            JsonMapper mapper,
            jakarta.validation.@Nullable Validator validator,
            Executor contextExecutor,
            FailureTranslator translator) {
        this.beans = beans;
        this.properties = properties;
        this.mapper = mapper;
        this.validator = validator;
        this.contextExecutor = contextExecutor;
        this.translator = translator;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<Method, Object> targets = new HashMap<>();
        DefaultAuthChoice defaultAuth =
                DefaultAuthChoice.of(properties.getDefaultAuth(), beans.containsBean(SPRING_SECURITY_FILTER_CHAIN));
        RegistryBuilder builder =
                Registry.builder().checkTypes(mapper).defaultAuth(defaultAuth.level(), defaultAuth.reason());
        java.util.Set<Class<?>> pageClasses =
                new java.util.LinkedHashSet<>(PageClasses.find(beans, beans.getBeanClassLoader()));
        for (String name : beans.getBeanNamesForType(Object.class, false, false)) {
            Class<?> beanType = beans.getType(name, false);
            if (beanType != null && RegistryBuilder.declaresPages(ClassUtils.getUserClass(beanType))) {
                pageClasses.add(ClassUtils.getUserClass(beanType));
            }
            Class<?> type = clientType(name);
            if (type == null) {
                continue;
            }
            Object bean = beans.getBean(name);
            Class<?> userClass = AopUtils.getTargetClass(bean);
            for (Method m : RegistryBuilder.clientMethods(userClass)) {
                builder.add(m);
                targets.put(m, bean);
            }
        }
        pageClasses.forEach(builder::pages);
        Registry registry = builder.build();
        boolean caching = registry.functions().stream().anyMatch(FunctionDescriptor::isCached);
        this.cache = caching ? OriginCache.create(properties.getCache().settings()) : null;
        DispatchOptions options = DispatchOptions.of(mapper)
                .withCache(cache)
                .withValidator(validator)
                .withInstances(fn -> targets.get(fn.method()))
                .withPredicates(this::predicate)
                .withContextExecutor(contextExecutor)
                .withTranslator(translator)
                .withPolicy(DispatchPolicy.defaults()
                        .withAnswerLimit(properties.getAnswerLimit().toBytes())
                        .withInvalidateHeaderLimit((int) Math.min(
                                Integer.MAX_VALUE,
                                properties.getInvalidateHeaderLimit().toBytes()))
                        .withRevealGuardedNames(properties.isRevealGuardedNames()));
        Dispatcher created = Dispatcher.create(registry, options);
        this.dispatcher = created;
        this.edge = EdgeSupport.create(properties, registry);
        if (properties.getLive().isEnabled()) {
            this.live = dev.mizan.core.live.LiveHub.start(
                    created,
                    properties.getLive().limits(),
                    liveLog(properties.getLive(), mapper),
                    dev.mizan.core.live.LivePermissions.scoped(registry));
        }
    }

    /** The edge support, or {@code null} when {@code mizan.edge.enabled} is off. */
    @Nullable
    EdgeSupport edge() {
        return edge;
    }

    private static dev.mizan.core.live.LiveLog liveLog(MizanProperties.Live live, JsonMapper mapper) {
        String url = live.getRedisUrl();
        if (url == null || url.isBlank()) {
            return new dev.mizan.core.live.MemoryLiveLog(live.getRetainedEvents());
        }
        return new dev.mizan.core.live.RedisLiveLog(
                url, live.getRedisKey(), live.getRetainedEvents(), live.getRedisTimeout(), mapper);
    }

    /** The live hub, or {@code null} when live updates are disabled ({@code mizan.live.enabled=false}). */
    public dev.mizan.core.live.@Nullable LiveHub live() {
        return live;
    }

    @Override
    public void destroy() {
        dev.mizan.core.live.LiveHub hub = live;
        if (hub != null) {
            hub.close();
        }
        OriginCache c = cache;
        if (c != null) {
            c.close();
        }
    }

    private AuthPredicate predicate(Class<? extends AuthPredicate> type) {
        AuthPredicate bean = beans.getBeanProvider(type).getIfAvailable();
        return bean != null ? bean : beans.createBean(type);
    }

    private @Nullable Class<?> clientType(String beanName) {
        if (beans.containsBeanDefinition(beanName)) {
            BeanDefinition definition = beans.getBeanDefinition(beanName);
            if (definition.isAbstract() || !definition.isSingleton()) {
                return null;
            }
        }
        Class<?> type = beans.getType(beanName, false);
        if (type == null) {
            return null;
        }
        Class<?> userClass = ClassUtils.getUserClass(type);
        if (java.lang.reflect.Proxy.isProxyClass(type)) {
            return beans.containsSingleton(beanName) ? AopUtils.getTargetClass(beans.getBean(beanName)) : null;
        }
        return RegistryBuilder.clientMethods(userClass).isEmpty() ? null : userClass;
    }

    /** The dispatcher; available once the application context has started. */
    public Dispatcher dispatcher() {
        Dispatcher d = dispatcher;
        if (d == null) {
            throw new IllegalStateException("Mizan is not started yet");
        }
        return d;
    }

    /** The validated registry of this application's server functions. */
    public Registry registry() {
        return dispatcher().registry();
    }

    /** The JSON mapper on the wire. */
    JsonMapper mapper() {
        return mapper;
    }
}
