package dev.mizan.jpa.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.jpa.Page;
import dev.mizan.jpa.ShapeException;
import dev.mizan.jpa.Shapes;
import dev.mizan.jpa.Sort;
import dev.mizan.jpa.Where;
import dev.mizan.jpa.spring.bad.BadApp;
import dev.mizan.jpa.spring.good.GoodApp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring Boot auto-configuration: a Shapes bean, and a bad shape stops the application. */
class ShapesAutoConfigurationTest {

    private static ConfigurableApplicationContext run(Class<?> app, String db) {
        SpringApplication application = new SpringApplication(app);
        application.setWebApplicationType(WebApplicationType.NONE);
        return application.run(
                "--spring.datasource.url=jdbc:h2:mem:" + db, "--spring.jpa.hibernate.ddl-auto=create-drop");
    }

    @Test
    void an_application_with_valid_shapes_gets_a_shapes_bean() {
        try (ConfigurableApplicationContext context = run(GoodApp.class, "good")) {
            Shapes shapes = context.getBean(Shapes.class);
            assertThat(shapes.list(GoodApp.PetCard.class, Where.none(), Sort.none(), Page.first(5)))
                    .isEmpty();
        }
    }

    @Test
    void a_bad_shape_stops_the_application_naming_record_and_component() {
        assertThatThrownBy(() -> run(BadApp.class, "bad").close())
                .rootCause()
                .isInstanceOf(ShapeException.class)
                .hasMessageContaining("PlantCard.nickname: 'nickname' names no attribute of Plant");
    }
}
