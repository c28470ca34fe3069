package dev.mizan.jpa;

import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Constructor;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The validated plan of one shape record over one entity: its constructor and one slot per
 * record component, in component order.
 */
record ShapeNode(Class<?> record, Constructor<?> constructor, EntityType<?> entity, String idName, List<Slot> slots) {

    ShapeNode {
        slots = List.copyOf(slots);
    }

    /** One attribute of a path: a relation is joined, an embeddable or a basic attribute is read. */
    record Step(String name, boolean association) {}

    /** What one record component reads. */
    sealed interface Slot {
        /** The component's name. */
        String name();
    }

    /** A basic attribute at the end of a path through to-one relations and embeddables. */
    record Column(String name, List<Step> path, Class<?> type) implements Slot {}

    /** The size of a to-many relation at the end of a path. */
    record Count(String name, List<Step> path, Class<?> type) implements Slot {}

    /** A nested shape of a to-one relation, read in the same statement. */
    record ToOne(String name, List<Step> path, ShapeNode child) implements Slot {}

    /** A collection of a nested shape of a to-many relation, read by one further statement. */
    record ToMany(String name, List<Step> path, Class<?> collection, ShapeNode child) implements Slot {}

    /** A recursive relation below its depth bound: {@code null}, never read. */
    record Cut(String name) implements Slot {}

    /** The slot of the component with this name, or {@code null}. */
    @Nullable
    Slot slot(String name) {
        for (Slot slot : slots) {
            if (slot.name().equals(name)) {
                return slot;
            }
        }
        return null;
    }
}
