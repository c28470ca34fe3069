package dev.mizan.jpa;

import dev.mizan.core.shape.Shape;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot: a {@link Shapes} bean over the application's {@code EntityManagerFactory}, with every
 * {@code @Shape} record of the application's packages validated at startup (a bad one stops the app,
 * naming the record and the component).
 */
@AutoConfiguration(afterName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass(EntityManagerFactory.class)
@ConditionalOnBean(EntityManagerFactory.class)
public class ShapesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Shapes mizanShapes(EntityManagerFactory emf, BeanFactory beans) {
        Shapes shapes = new Shapes(emf);
        List<String> packages = AutoConfigurationPackages.has(beans) ? AutoConfigurationPackages.get(beans) : List.of();
        if (!packages.isEmpty()) {
            shapes.validate(scan(packages, emf.getClass().getClassLoader()));
        }
        return shapes;
    }

    /** The {@code @Shape} records under the packages, sorted by name. */
    static List<Class<?>> scan(List<String> packages, ClassLoader loader) {
        try (ScanResult scan = new ClassGraph()
                .enableAnnotationInfo()
                .acceptPackages(packages.toArray(String[]::new))
                .overrideClassLoaders(Thread.currentThread().getContextClassLoader())
                .scan()) {
            return scan.getClassesWithAnnotation(Shape.class).stream()
                    .filter(c -> c.isRecord())
                    .map(c -> c.loadClass())
                    .<Class<?>>map(c -> c)
                    .sorted(java.util.Comparator.comparing(Class::getName))
                    .toList();
        }
    }
}
