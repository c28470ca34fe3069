package dev.mizan.spring;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The application's {@link JsonMapperBuilderCustomizer}s, found in its packages without starting
 * it: classes implementing the interface (created with their no-argument constructor), and
 * {@code @Bean} methods returning one that take no arguments (static, or on a class with a
 * no-argument constructor). A customizer that needs other beans cannot be built this way and
 * fails the export, rather than letting the types disagree with the wire.
 */
final class ExportCustomizers {

    private ExportCustomizers() {}

    static List<JsonMapperBuilderCustomizer> find(ClassLoader loader, List<String> packages) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.setResourceLoader(new DefaultResourceLoader(loader));
        scanner.addIncludeFilter(new AssignableTypeFilter(JsonMapperBuilderCustomizer.class));
        scanner.addIncludeFilter(
                (reader, factory) -> reader.getAnnotationMetadata().hasAnnotatedMethods(Bean.class.getName()));
        Set<String> classes = new LinkedHashSet<>();
        for (String pkg : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
                classes.add(candidate.getBeanClassName());
            }
        }
        List<JsonMapperBuilderCustomizer> out = new ArrayList<>();
        for (String name : classes.stream().sorted().toList()) {
            Class<?> type = ClassUtils.resolveClassName(name, loader);
            if (JsonMapperBuilderCustomizer.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                out.add((JsonMapperBuilderCustomizer) instantiate(type, type.getName()));
            }
            for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type)) {
                if (method.isAnnotationPresent(Bean.class)
                        && JsonMapperBuilderCustomizer.class.isAssignableFrom(method.getReturnType())) {
                    out.add(invoke(type, method));
                }
            }
        }
        return out;
    }

    private static JsonMapperBuilderCustomizer invoke(Class<?> type, Method method) {
        String where = type.getName() + "#" + method.getName();
        if (method.getParameterCount() > 0) {
            throw new IllegalStateException(where + " takes arguments: the IR export cannot build this"
                    + " JsonMapperBuilderCustomizer without starting the application; make it take none");
        }
        ReflectionUtils.makeAccessible(method);
        Object target = Modifier.isStatic(method.getModifiers()) ? null : instantiate(type, where);
        Object customizer = ReflectionUtils.invokeMethod(method, target);
        if (customizer == null) {
            throw new IllegalStateException(where + " returned null");
        }
        return (JsonMapperBuilderCustomizer) customizer;
    }

    private static Object instantiate(Class<?> type, String where) {
        try {
            return BeanUtils.instantiateClass(type.getDeclaredConstructor());
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(where + ": " + type.getName() + " has no no-argument constructor, so the"
                    + " IR export cannot build its JsonMapperBuilderCustomizer without starting the application");
        }
    }
}
