package dev.mizan.jpa.spring.bad;

import dev.mizan.core.shape.Shape;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application with a shape naming an attribute its entity lacks. */
@SpringBootApplication
public class BadApp {

    @Entity(name = "Plant")
    public static class Plant {
        @Id
        Long id;

        String name;
    }

    @Shape(Plant.class)
    public record PlantCard(Long id, String nickname) {}
}
