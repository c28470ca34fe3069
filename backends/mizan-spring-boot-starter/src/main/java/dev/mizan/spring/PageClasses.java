package dev.mizan.spring;

import dev.mizan.core.Page;
import dev.mizan.core.Pages;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The application's page classes (docs/pages.md): classes carrying {@code @Page} in the packages
 * of its {@code @SpringBootApplication}, found by the same kind of scan as its components, whether
 * or not they are beans (a bean whose class carries {@code @Page} is one too, wherever it lives).
 */
final class PageClasses {

    private PageClasses() {}

    static List<Class<?>> find(BeanFactory beans, ClassLoader loader) {
        if (!AutoConfigurationPackages.has(beans)) {
            return List.of();
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.setResourceLoader(new DefaultResourceLoader(loader));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Page.class, false));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Pages.class, false));
        Set<String> names = new LinkedHashSet<>();
        for (String pkg : AutoConfigurationPackages.get(beans)) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
                names.add(candidate.getBeanClassName());
            }
        }
        return names.stream()
                .sorted()
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, loader))
                .toList();
    }
}
