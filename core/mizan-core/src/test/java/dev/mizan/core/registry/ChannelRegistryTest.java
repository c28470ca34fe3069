package dev.mizan.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.core.Auth;
import dev.mizan.core.Channel;
import dev.mizan.core.Client;
import dev.mizan.core.RequestHandle;
import org.junit.jupiter.api.Test;

class ChannelRegistryTest {

    public record Typing(String who, boolean typing) {}

    static class Board {
        @Channel(auth = Auth.REQUIRED, clientPublish = true)
        public Typing boardTyping(long projectId, Typing message, RequestHandle caller) {
            return message;
        }

        @Channel(name = "news")
        public String announcements(String message) {
            return message;
        }

        @Client
        public String ping() {
            return "pong";
        }
    }

    static class Broken {
        @Channel
        public String noMessage(long roomId) {
            return "";
        }

        @Channel
        public Typing otherReturn(String message) {
            return null;
        }

        @Channel
        @Client
        public String both(String message) {
            return message;
        }

        @Channel(name = "bad name")
        public String badName(String message) {
            return message;
        }
    }

    static class Clash {
        @Channel(name = "news")
        public String one(String message) {
            return message;
        }

        @Channel(name = "news")
        public String two(String message) {
            return message;
        }
    }

    @Test
    void reads_channels_with_their_params_message_auth_and_publish_rule() {
        Registry registry =
                Registry.builder().defaultAuth(Auth.REQUIRED).add(Board.class).build();
        assertThat(registry.channels()).extracting(ChannelDescriptor::name).containsExactly("board_typing", "news");
        assertThat(registry.functions()).extracting(FunctionDescriptor::name).containsExactly("ping");
        ChannelDescriptor typing = registry.channel("board_typing");
        assertThat(typing.channelParams()).extracting(ParamDescriptor::name).containsExactly("projectId");
        assertThat(typing.message()).isEqualTo(Typing.class);
        assertThat(typing.clientPublish()).isTrue();
        assertThat(typing.auth()).isEqualTo(Auth.REQUIRED);
        ChannelDescriptor news = registry.channel("news");
        assertThat(news.clientPublish()).isFalse();
        assertThat(news.auth()).isEqualTo(Auth.REQUIRED);
        assertThat(news.channelParams()).isEmpty();
    }

    @Test
    void rejects_channels_without_a_message_with_another_return_or_also_a_function() {
        assertThatThrownBy(() -> Registry.builder().add(Broken.class).build())
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining(
                        "Broken#noMessage: a channel declares its message type with a parameter named 'message'")
                .hasMessageContaining("Broken#otherReturn: returns")
                .hasMessageContaining("Broken#both: is annotated both @Client and @Channel")
                .hasMessageContaining("Broken#badName: channel name 'bad name' is not an identifier");
        assertThatThrownBy(() -> Registry.builder().add(Clash.class).build())
                .hasMessageContaining("duplicate channel name 'news'");
    }
}
