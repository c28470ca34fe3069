package dev.mizan.core.http;

import dev.mizan.core.MizanUser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of {@code GET {base}/session/}: {@code {csrf_token, user}}, the user {@code null} when
 * anonymous, and {@code mwt} (the caller's edge token) when the edge support is on.
 */
public final class SessionAnswer {

    private SessionAnswer() {}

    /** The JSON body for a token and the caller. */
    public static byte[] body(JsonMapper mapper, String csrfToken, @Nullable MizanUser user) {
        return body(mapper, csrfToken, user, null);
    }

    /** The JSON body for a token, the caller and the caller's MWT ({@code null}: no {@code mwt} member). */
    public static byte[] body(JsonMapper mapper, String csrfToken, @Nullable MizanUser user, @Nullable String mwt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("csrf_token", csrfToken);
        body.put("user", user == null ? null : user(user));
        if (mwt != null) {
            body.put("mwt", mwt);
        }
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
