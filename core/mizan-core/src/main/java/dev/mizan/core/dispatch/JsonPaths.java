package dev.mizan.core.dispatch;

import tools.jackson.core.JacksonException;

/** The JSON path of a binding failure, from Jackson's reference chain: {@code task.items[0].title}. */
final class JsonPaths {

    private JsonPaths() {}

    static String of(String root, JacksonException e) {
        StringBuilder out = new StringBuilder(root);
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                out.append('.').append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
