package dev.mizan.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import org.junit.jupiter.api.Test;

class EndpointTest {

    @Test
    void names_every_endpoint_with_or_without_its_trailing_slash() {
        assertThat(Endpoint.route("POST", "/call/")).isEqualTo(new Endpoint.Call());
        assertThat(Endpoint.route("GET", "/session")).isEqualTo(new Endpoint.Session());
        assertThat(Endpoint.route("GET", "/ctx/board/")).isEqualTo(new Endpoint.Context("board"));
        assertThat(Endpoint.route("GET", "/health/")).isEqualTo(new Endpoint.Health());
        assertThat(Endpoint.route("GET", "/edge/manifest")).isEqualTo(new Endpoint.EdgeManifest());
    }

    @Test
    void refuses_a_wrong_method_with_the_allowed_one_and_an_unknown_path_with_404() {
        assertThatThrownBy(() -> Endpoint.route("POST", "/edge/manifest/"))
                .isInstanceOfSatisfying(MizanException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST);
                    assertThat(e.details()).containsEntry("allowed", "GET");
                });
        assertThatThrownBy(() -> Endpoint.route("GET", "/call/"))
                .isInstanceOfSatisfying(
                        MizanException.class, e -> assertThat(e.details()).containsEntry("allowed", "POST"));
        for (String path : new String[] {"/", "", "/ctx/", "/ctx/a/b/", "/edge/", "/nothing/"}) {
            assertThatThrownBy(() -> Endpoint.route("GET", path))
                    .as(path)
                    .isInstanceOfSatisfying(
                            MizanException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        }
    }
}
