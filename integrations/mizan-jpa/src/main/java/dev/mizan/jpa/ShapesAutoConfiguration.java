package dev.mizan.jpa;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.orm.jpa.SharedEntityManagerCreator;

/**
 * Spring Boot: a {@link Shapes} bean over the application's {@code EntityManagerFactory} (on its shared
 * {@code EntityManager}, so a list inside a {@code @Transactional} method sees that transaction's writes), with every
 * {@code @Shape} record of the application's packages validated at startup (a bad one stops the app,
 * naming the record and the component).
 */
@AutoConfiguration(afterName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass({EntityManagerFactory.class, SharedEntityManagerCreator.class})
@ConditionalOnBean(EntityManagerFactory.class)
public class ShapesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Shapes mizanShapes(EntityManagerFactory emf, BeanFactory beans) {
        Shapes shapes = Shapes.shared(SharedEntityManagerCreator.createSharedEntityManager(emf));
        List<String> packages = AutoConfigurationPackages.has(beans) ? AutoConfigurationPackages.get(beans) : List.of();
        if (!packages.isEmpty()) {
            shapes.validatePackages(packages);
        }
        return shapes;
    }
}
