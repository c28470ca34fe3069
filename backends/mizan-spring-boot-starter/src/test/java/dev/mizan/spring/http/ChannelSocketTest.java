package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Channels over a real socket (MIZAN.md §4): join and publish for every pair of roles on every
 * auth level, server publishes, and bad input answered with error frames.
 */
class ChannelSocketTest extends ServerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration QUIET = Duration.ofMillis(300);

    /** The roles: anonymous, a signed-in user, staff, a superuser, and another user (role OPS). */
    private static final List<@Nullable String> ROLES = java.util.Arrays.asList(null, "ann", "sam", "sue", "oli");

    /** Channel → the roles that may join (and publish), per its declared auth. */
    private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("members", Set.of("ann", "sam", "sue", "oli"));
        ALLOWED.put("staff_room", Set.of("sam", "sue"));
        ALLOWED.put("root_room", Set.of("sue"));
        ALLOWED.put("ops_room", Set.of("oli"));
    }

    private Socket socket(@Nullable String user) {
        return user == null ? anonymous().socket() : as(user).socket();
    }

    private static String name(@Nullable String user) {
        return user == null ? "anon" : user;
    }

    @Test
    void every_pair_of_roles_joins_and_publishes_per_the_channels_auth_and_refused_sockets_receive_nothing() {
        for (Map.Entry<String, Set<String>> channel : ALLOWED.entrySet()) {
            Map<String, Socket> sockets = new LinkedHashMap<>();
            try {
                for (String user : ROLES) {
                    sockets.put(name(user), socket(user));
                }
                for (String user : ROLES) {
                    JsonNode joined =
                            sockets.get(name(user)).request("join", "\"channel\": \"" + channel.getKey() + "\"");
                    boolean allowed = channel.getValue().contains(name(user));
                    if (allowed) {
                        assertThat(joined.get("result").isNull())
                                .as("%s joins %s", name(user), channel.getKey())
                                .isTrue();
                    } else {
                        // A refused channel answers as an unknown one (docs/protocol.md, Guarded names).
                        assertThat(joined.at("/error/code").asString())
                                .as("%s joins %s", name(user), channel.getKey())
                                .isEqualTo(user == null ? "UNAUTHORIZED" : "NOT_FOUND");
                    }
                }
                for (String publisher : ROLES) {
                    Socket from = sockets.get(name(publisher));
                    JsonNode published = from.request(
                            "publish",
                            "\"channel\": \"" + channel.getKey()
                                    + "\", \"message\": {\"from\": \"x\", \"text\": \"hi from " + name(publisher)
                                    + "\"}");
                    if (!channel.getValue().contains(name(publisher))) {
                        assertThat(published.at("/error/code").asString())
                                .as("%s publishes on %s", name(publisher), channel.getKey())
                                .isEqualTo(publisher == null ? "UNAUTHORIZED" : "NOT_FOUND");
                        continue;
                    }
                    assertThat(published.get("result").isNull()).isTrue();
                    for (String receiver : ROLES) {
                        Socket to = sockets.get(name(receiver));
                        if (channel.getValue().contains(name(receiver))) {
                            JsonNode frame = to.next("channel", WAIT);
                            assertThat(frame.get("channel").asString()).isEqualTo(channel.getKey());
                            assertThat(frame.at("/message/text").asString()).isEqualTo("hi from " + name(publisher));
                            // The channel's method stamps the sender: a client cannot pose as another.
                            assertThat(frame.at("/message/from").asString()).isEqualTo(name(publisher));
                            assertThat(frame.get("seq").asLong()).isPositive();
                        }
                    }
                }
                for (String receiver : ROLES) {
                    if (!channel.getValue().contains(name(receiver))) {
                        assertThat(sockets.get(name(receiver)).drain(QUIET))
                                .as("%s, refused on %s", name(receiver), channel.getKey())
                                .noneMatch(f -> f.has("message"));
                    }
                }
            } finally {
                sockets.values().forEach(Socket::close);
            }
        }
    }

    @Test
    void params_name_the_instance_and_a_server_publish_reaches_only_that_instance() {
        try (Socket seven = anonymous().socket();
                Socket eight = as("ann").socket()) {
            assertThat(seven.request("join", "\"channel\": \"announcements\", \"params\": {\"roomId\": \"7\"}")
                            .get("result")
                            .isNull())
                    .isTrue();
            eight.request("join", "\"channel\": \"announcements\", \"params\": {\"roomId\": 8}");
            assertThat(anonymous()
                            .call("announce", "{\"roomId\": 7, \"text\": \"doors open\"}")
                            .status())
                    .isEqualTo(200);
            JsonNode frame = seven.next("channel", WAIT);
            assertThat(frame.toString())
                    .contains("\"channel\":\"announcements\"")
                    .contains("\"params\":{\"roomId\":7}")
                    .contains("\"message\":{\"from\":\"server\",\"text\":\"doors open\"}");
            assertThat(eight.drain(QUIET)).noneMatch(f -> f.has("message"));

            // leave: no more messages for that instance.
            assertThat(seven.request("leave", "\"channel\": \"announcements\", \"params\": {\"roomId\": 7}")
                            .get("result")
                            .isNull())
                    .isTrue();
            anonymous().call("announce", "{\"roomId\": 7, \"text\": \"again\"}");
            assertThat(seven.drain(QUIET)).noneMatch(f -> f.has("message"));
        }
    }

    @Test
    void bad_channel_input_gets_error_frames_and_the_socket_keeps_working() {
        try (Socket ann = as("ann").socket();
                Socket anon = anonymous().socket()) {
            assertThat(code(ann.request("join", "\"channel\": \"nope\""))).isEqualTo("NOT_FOUND");
            assertThat(ann.request("join", "\"channel\": \"nope\"")
                            .at("/error/details/channel")
                            .asString())
                    .isEqualTo("nope");
            assertThat(code(anon.request("join", "\"channel\": \"nope\""))).isEqualTo("UNAUTHORIZED");
            assertThat(code(ann.request("join", "\"channel\": 7"))).isEqualTo("BAD_REQUEST");
            assertThat(code(ann.request("join", "\"channel\": \"lobby\""))).isEqualTo("BAD_REQUEST");
            assertThat(code(ann.request("join", "\"channel\": \"lobby\", \"params\": {\"roomId\": \"x\"}")))
                    .isEqualTo("BAD_REQUEST");
            assertThat(code(ann.request("join", "\"channel\": \"lobby\", \"params\": {\"roomId\": 1, \"zz\": 2}")))
                    .isEqualTo("BAD_REQUEST");
            assertThat(code(ann.request("join", "\"channel\": \"lobby\", \"params\": [1]")))
                    .isEqualTo("BAD_REQUEST");
            // Server-only channel: joining is fine, publishing is refused.
            assertThat(ann.request("join", "\"channel\": \"announcements\", \"params\": {\"roomId\": 1}")
                            .get("result")
                            .isNull())
                    .isTrue();
            JsonNode serverOnly = ann.request(
                    "publish",
                    "\"channel\": \"announcements\", \"params\": {\"roomId\": 1}, \"message\": {\"from\": \"a\", \"text\": \"b\"}");
            assertThat(code(serverOnly)).isEqualTo("FORBIDDEN");
            assertThat(serverOnly.at("/error/details/reason").asString()).isEqualTo("server_only");
            // Message: missing, wrong shape, failing validation, refused by the channel's method.
            assertThat(code(ann.request("publish", "\"channel\": \"members\""))).isEqualTo("BAD_REQUEST");
            assertThat(code(ann.request("publish", "\"channel\": \"members\", \"message\": {\"text\": 5, \"zz\": 1}")))
                    .isEqualTo("BAD_REQUEST");
            JsonNode invalid =
                    ann.request("publish", "\"channel\": \"members\", \"message\": {\"from\": \"a\", \"text\": \"\"}");
            assertThat(code(invalid)).isEqualTo("VALIDATION_FAILED");
            assertThat(invalid.at("/error/details/fields").toString()).contains("text");
            assertThat(code(ann.request(
                            "publish",
                            "\"channel\": \"members\", \"message\": {\"from\": \"a\", \"text\": \"refuse me\"}")))
                    .isEqualTo("FORBIDDEN");
            // Oversized: the frame limit (64 KiB by default) answers PAYLOAD_TOO_LARGE.
            String huge = "x".repeat(70 * 1024);
            ann.sendRaw(
                    "{\"id\": 99, \"type\": \"publish\", \"channel\": \"members\", \"message\": {\"from\": \"a\", \"text\": \""
                            + huge + "\"}}");
            JsonNode tooLarge = ann.next("error", WAIT);
            assertThat(tooLarge.at("/error/code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
            for (JsonNode f : List.of(serverOnly, invalid, tooLarge)) {
                assertThat(f.toString()).doesNotContain("Exception").doesNotContain("at dev.");
            }
            // Still usable after all of it.
            ann.request("join", "\"channel\": \"members\"");
            assertThat(ann.request(
                                    "publish",
                                    "\"channel\": \"members\", \"message\": {\"from\": \"a\", \"text\": \"ok\"}")
                            .get("result")
                            .isNull())
                    .isTrue();
            assertThat(ann.next("channel", WAIT).at("/message/text").asString()).isEqualTo("ok");
        }
    }

    private static String code(JsonNode answer) {
        return answer.at("/error/code").asString();
    }
}
