package dev.mizan.core.registry;

import java.lang.reflect.Type;
import java.util.List;

/**
 * A context param: the union of the members' parameters of that name.
 *
 * @param name the param name (the Java parameter name)
 * @param type the generic type, identical in every member that takes it
 * @param required whether every member takes it and none marks it optional
 * @param sharedBy the members that take it, sorted
 */
public record ContextParam(String name, Type type, boolean required, List<String> sharedBy) {
    public ContextParam {
        sharedBy = List.copyOf(sharedBy);
    }
}
