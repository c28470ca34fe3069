package dev.mizan.jpa.spring.good;

import dev.mizan.core.shape.Shape;
import dev.mizan.core.shape.ShapePath;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application whose shapes are all valid. */
@SpringBootApplication
public class GoodApp {

    @Entity(name = "Owner")
    public static class Owner {
        @Id
        Long id;

        String name;
    }

    @Entity(name = "Pet")
    public static class Pet {
        @Id
        Long id;

        String name;

        @ManyToOne
        Owner owner;
    }

    @Shape(Pet.class)
    public record PetCard(
            Long id,
            String name,
            @ShapePath("owner.name") @Nullable String ownerName) {}
}
