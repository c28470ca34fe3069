package dev.mizan.jpa;

import dev.mizan.core.shape.Shape;
import dev.mizan.core.shape.ShapeCount;
import dev.mizan.core.shape.ShapeDepth;
import dev.mizan.core.shape.ShapePath;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks a shape record against the JPA metamodel and builds its {@link ShapeNode} plan,
 * collecting every problem (with record and component named) before failing.
 */
final class ShapePlanner {

    private final Metamodel metamodel;
    private final List<String> problems = new ArrayList<>();

    private ShapePlanner(Metamodel metamodel) {
        this.metamodel = metamodel;
    }

    /** The plan of {@code record}, or a {@link ShapeException} naming each bad component. */
    static ShapeNode plan(Metamodel metamodel, Class<?> record) {
        ShapePlanner planner = new ShapePlanner(metamodel);
        ShapeNode node = planner.node(record, List.of());
        if (!planner.problems.isEmpty() || node == null) {
            throw new ShapeException(planner.problems);
        }
        return node;
    }

    /** One frame of the path from the root shape: which record, through which component. */
    private record Frame(Class<?> record, String component) {}

    private @Nullable ShapeNode node(Class<?> record, List<Frame> stack) {
        Shape shape = record.getAnnotation(Shape.class);
        if (shape == null || !record.isRecord()) {
            problems.add(record.getSimpleName() + ": a shape must be a record annotated @Shape(Entity.class)");
            return null;
        }
        EntityType<?> entity;
        try {
            entity = metamodel.entity(shape.value());
        } catch (IllegalArgumentException notEntity) {
            problems.add(record.getSimpleName() + ": " + shape.value().getName() + " is not a JPA entity");
            return null;
        }
        RecordComponent[] components = record.getRecordComponents();
        List<ShapeNode.Slot> slots = new ArrayList<>();
        for (RecordComponent component : components) {
            ShapeNode.Slot slot = slot(record, entity, component, stack);
            if (slot != null) {
                slots.add(slot);
            }
        }
        if (slots.size() != components.length) {
            return null;
        }
        Constructor<?> constructor;
        try {
            constructor = record.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            problems.add(record.getSimpleName() + ": its canonical constructor cannot be called: " + e.getMessage());
            return null;
        }
        return new ShapeNode(record, constructor, entity, idName(entity), slots);
    }

    private ShapeNode.@Nullable Slot slot(
            Class<?> record, EntityType<?> entity, RecordComponent component, List<Frame> stack) {
        String where = record.getSimpleName() + "." + component.getName();
        ShapeCount count = component.getAnnotation(ShapeCount.class);
        ShapePath path = component.getAnnotation(ShapePath.class);
        String pathText = count != null ? count.value() : path != null ? path.value() : component.getName();
        List<String> segments = List.of(pathText.split("\\.", -1));
        Resolved resolved = resolve(where, entity, segments);
        if (resolved == null) {
            return null;
        }
        Class<?> type = component.getType();
        if (count != null) {
            return count(where, component, segments, resolved);
        }
        Class<?> nested = nestedShape(component.getGenericType());
        if (nested != null) {
            return nested(where, record, component, segments, resolved, nested, stack);
        }
        if (resolved.last().getPersistentAttributeType() != Attribute.PersistentAttributeType.BASIC) {
            problems.add(where + ": '" + pathText + "' is " + kind(resolved.last())
                    + "; read it as a nested @Shape record (or a collection of one)");
            return null;
        }
        Class<?> attributeType = resolved.last().getJavaType();
        if (!Values.assignable(attributeType, type)) {
            problems.add(where + ": type " + type.getSimpleName() + " cannot hold '" + pathText + "' of type "
                    + attributeType.getSimpleName());
            return null;
        }
        if (type.isPrimitive() && resolved.nullable()) {
            problems.add(where + ": '" + pathText + "' may be null; use "
                    + Values.boxed(type).getSimpleName() + " instead of " + type.getName());
            return null;
        }
        return new ShapeNode.Column(component.getName(), resolved.steps(), type);
    }

    private ShapeNode.@Nullable Slot count(
            String where, RecordComponent component, List<String> segments, Resolved resolved) {
        Class<?> type = Values.boxed(component.getType());
        if (!(resolved.last() instanceof PluralAttribute<?, ?, ?>)) {
            problems.add(where + ": @ShapeCount needs a to-many relation, '" + String.join(".", segments) + "' is "
                    + kind(resolved.last()));
            return null;
        }
        if (type != Long.class && type != Integer.class) {
            problems.add(where + ": a count is a long or an int, not "
                    + component.getType().getSimpleName());
            return null;
        }
        return new ShapeNode.Count(component.getName(), resolved.steps(), component.getType());
    }

    private ShapeNode.@Nullable Slot nested(
            String where,
            Class<?> record,
            RecordComponent component,
            List<String> segments,
            Resolved resolved,
            Class<?> nested,
            List<Frame> stack) {
        Attribute<?, ?> last = resolved.last();
        boolean many = Collection.class.isAssignableFrom(component.getType());
        Class<?> target = last instanceof PluralAttribute<?, ?, ?> plural
                ? plural.getElementType().getJavaType()
                : last.getJavaType();
        if (many != last.isCollection() || !last.isAssociation()) {
            problems.add(where + ": '" + String.join(".", segments) + "' is " + kind(last) + "; "
                    + (many
                            ? "a collection of shapes needs a to-many relation"
                            : "a nested shape needs a to-one relation"));
            return null;
        }
        Class<?> nestedEntity = nested.getAnnotation(Shape.class).value();
        if (!nestedEntity.isAssignableFrom(target)) {
            problems.add(where + ": " + nested.getSimpleName() + " is a shape of " + nestedEntity.getSimpleName()
                    + ", but '" + String.join(".", segments) + "' leads to " + target.getSimpleName());
            return null;
        }
        if (many
                && component.getType() != List.class
                && component.getType() != Collection.class
                && component.getType() != Set.class) {
            problems.add(where + ": a collection of shapes is a List, Set or Collection");
            return null;
        }
        long depth = stack.stream()
                .filter(f -> f.record() == record && f.component().equals(component.getName()))
                .count();
        boolean cycle = nested == record || stack.stream().anyMatch(f -> f.record() == nested);
        ShapeDepth bound = component.getAnnotation(ShapeDepth.class);
        if (cycle && bound == null) {
            problems.add(where + ": " + nested.getSimpleName() + " contains itself through '" + component.getName()
                    + "'; bound the recursion with @ShapeDepth(n)");
            return null;
        }
        if (bound != null && bound.value() < 1) {
            problems.add(where + ": @ShapeDepth must be at least 1");
            return null;
        }
        if (bound != null && depth >= bound.value()) {
            return new ShapeNode.Cut(component.getName());
        }
        List<Frame> deeper = new ArrayList<>(stack);
        deeper.add(new Frame(record, component.getName()));
        ShapeNode child = node(nested, deeper);
        if (child == null) {
            return null;
        }
        return many
                ? new ShapeNode.ToMany(component.getName(), resolved.steps(), component.getType(), child)
                : new ShapeNode.ToOne(component.getName(), resolved.steps(), child);
    }

    /** The last attribute of a path, and whether a null may appear along it. */
    private record Resolved(Attribute<?, ?> last, boolean nullable, List<ShapeNode.Step> steps) {}

    private @Nullable Resolved resolve(String where, EntityType<?> entity, List<String> segments) {
        ManagedType<?> type = entity;
        Attribute<?, ?> attribute = null;
        boolean nullable = false;
        List<ShapeNode.Step> steps = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String name = segments.get(i);
            if (type == null) {
                problems.add(where + ": '" + String.join(".", segments) + "' goes on past " + kind(attribute) + " '"
                        + segments.get(i - 1) + "'");
                return null;
            }
            try {
                attribute = type.getAttribute(name);
            } catch (IllegalArgumentException unknown) {
                problems.add(where + ": '" + name + "' names no attribute of "
                        + type.getJavaType().getSimpleName() + " (path '" + String.join(".", segments) + "')");
                return null;
            }
            steps.add(new ShapeNode.Step(name, attribute.isAssociation()));
            nullable |= !(attribute instanceof SingularAttribute<?, ?> singular) || singular.isOptional();
            type = attribute instanceof SingularAttribute<?, ?> singular
                            && singular.getType() instanceof ManagedType<?> managed
                    ? managed
                    : null;
            if (attribute.isCollection() && i < segments.size() - 1) {
                problems.add(where + ": '" + String.join(".", segments) + "' goes through the to-many '" + name
                        + "'; use a nested collection of shapes");
                return null;
            }
        }
        return new Resolved(attribute, nullable, steps);
    }

    private static String kind(@Nullable Attribute<?, ?> attribute) {
        if (attribute == null) {
            return "nothing";
        }
        return switch (attribute.getPersistentAttributeType()) {
            case BASIC -> "a basic attribute";
            case EMBEDDED -> "an embedded value";
            case MANY_TO_ONE, ONE_TO_ONE -> "a to-one relation";
            case ONE_TO_MANY, MANY_TO_MANY -> "a to-many relation";
            case ELEMENT_COLLECTION -> "an element collection";
        };
    }

    /** The shape record a component nests (itself, or the element of its collection), or null. */
    static @Nullable Class<?> nestedShape(Type type) {
        if (type instanceof Class<?> c) {
            return c.isAnnotationPresent(Shape.class) ? c : null;
        }
        if (type instanceof ParameterizedType p
                && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)
                && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isAnnotationPresent(Shape.class)) {
            return element;
        }
        return null;
    }

    private static String idName(EntityType<?> entity) {
        return entity.getId(entity.getIdType().getJavaType()).getName();
    }
}
