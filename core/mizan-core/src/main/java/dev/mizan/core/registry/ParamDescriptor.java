package dev.mizan.core.registry;

import java.lang.reflect.Type;

/**
 * One parameter of a server function.
 *
 * @param name the Java parameter name as written: the wire argument name and the context param name
 * @param index position in the Java method's parameter list
 * @param type the generic parameter type
 * @param optional whether the argument may be omitted ({@code @Nullable} or {@code Optional<T>})
 * @param injected whether the adapter supplies it (request handle, servlet request, principal); an
 *     injected parameter is not part of the function's input
 */
public record ParamDescriptor(String name, int index, Type type, boolean optional, boolean injected) {}
