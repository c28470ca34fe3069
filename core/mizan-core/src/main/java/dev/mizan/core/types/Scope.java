package dev.mizan.core.types;

import java.lang.reflect.TypeVariable;
import java.util.List;

/**
 * Where a type is being described: whether unannotated references are non-null there, the type
 * variables in scope (those of the generic type being defined), and a path for error messages.
 */
record Scope(boolean nullMarked, List<TypeVariable<?>> typeVars, String path) {

    Scope {
        typeVars = List.copyOf(typeVars);
    }

    Scope at(String step) {
        return new Scope(nullMarked, typeVars, path + step);
    }

    UnsupportedTypeException error(String problem) {
        return new UnsupportedTypeException(path + ": " + problem);
    }
}
