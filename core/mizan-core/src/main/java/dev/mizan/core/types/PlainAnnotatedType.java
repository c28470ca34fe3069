package dev.mizan.core.types;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** An {@link AnnotatedType} without annotations, for describing plain {@link Type}s. */
class PlainAnnotatedType implements AnnotatedType {

    private final Type type;

    PlainAnnotatedType(Type type) {
        this.type = type;
    }

    static AnnotatedType of(Type type) {
        if (type instanceof ParameterizedType p) {
            return new Parameterized(p);
        }
        if (type instanceof GenericArrayType g) {
            return new Array(g, g.getGenericComponentType());
        }
        if (type instanceof Class<?> c && c.isArray()) {
            return new Array(c, c.getComponentType());
        }
        return new PlainAnnotatedType(type);
    }

    @Override
    public Type getType() {
        return type;
    }

    @Override
    public <T extends Annotation> @Nullable T getAnnotation(Class<T> annotationClass) {
        return null;
    }

    @Override
    public Annotation[] getAnnotations() {
        return new Annotation[0];
    }

    @Override
    public Annotation[] getDeclaredAnnotations() {
        return new Annotation[0];
    }

    private static final class Parameterized extends PlainAnnotatedType implements AnnotatedParameterizedType {
        private final ParameterizedType p;

        Parameterized(ParameterizedType p) {
            super(p);
            this.p = p;
        }

        @Override
        public AnnotatedType[] getAnnotatedActualTypeArguments() {
            return Arrays.stream(p.getActualTypeArguments())
                    .map(PlainAnnotatedType::of)
                    .toArray(AnnotatedType[]::new);
        }

        @Override
        public @Nullable AnnotatedType getAnnotatedOwnerType() {
            return null;
        }
    }

    private static final class Array extends PlainAnnotatedType implements AnnotatedArrayType {
        private final Type component;

        Array(Type type, Type component) {
            super(type);
            this.component = component;
        }

        @Override
        public AnnotatedType getAnnotatedGenericComponentType() {
            return PlainAnnotatedType.of(component);
        }

        @Override
        public @Nullable AnnotatedType getAnnotatedOwnerType() {
            return null;
        }
    }
}
