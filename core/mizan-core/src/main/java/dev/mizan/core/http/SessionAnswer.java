package dev.mizan.core.http;

import dev.mizan.core.MizanUser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** The body of {@code GET {base}/session/}: {@code {csrf_token, user}}, the user {@code null} when anonymous. */
public final class SessionAnswer {

    private SessionAnswer() {}

    /** The JSON body for a token and the caller. */
    public static byte[] body(JsonMapper mapper, String csrfToken, @Nullable MizanUser user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("csrf_token", csrfToken);
        body.put("user", user == null ? null : user(user));
        return mapper.writeValueAsBytes(body);
    }

    private static Map<String, Object> user(MizanUser user) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", user.id());
        out.put("username", user.username());
        out.put("staff", user.staff());
        out.put("superuser", user.superuser());
        out.put("roles", new TreeSet<>(user.roles()));
        return out;
    }
}
