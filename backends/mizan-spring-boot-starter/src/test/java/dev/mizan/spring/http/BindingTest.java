package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Arguments bind records, enums, lists, maps, nullable fields, java.time, UUID and BigDecimal (exactly). */
class BindingTest extends ServerTest {

    @Test
    void round_trips_a_record_of_every_supported_kind() {
        String echo = """
                {"id": "6f1c0a52-0000-4000-8000-000000000001", "day": "2026-02-28", "at": "2026-02-28T10:15:30Z",
                 "amount": 12345678901234567890.123456789, "count": null, "kinds": ["BOOK", "GAME"],
                 "totals": {"a": 1, "b": 2},
                 "item": {"shopId": 1, "name": "Dune", "kind": "BOOK", "price": 9.5}}""";
        Browser.Answer answer = anonymous().call("echo", "{\"echo\": " + echo + "}");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        // BigDecimal is read exactly from a JSON number and written back as a string (WireDefaults).
        String written = echo.replace("12345678901234567890.123456789", "\"12345678901234567890.123456789\"")
                .replace("9.5", "\"9.5\"");
        assertThat(answer.result()).isEqualTo(Browser.JSON.readTree(written));
    }

    @Test
    void binds_and_validates_through_a_proxied_bean() {
        assertThat(anonymous().call("open_to_all", "{}").result().asString()).isEqualTo("open");
        Browser.Answer invalid = anonymous()
                .call("add_item", "{\"shopId\": 1, \"item\": {\"name\": \"\", \"kind\": \"BOOK\", \"price\": 1}}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().at("/error/details/fields").propertyNames()).containsExactly("item.name");
        assertThat(anonymous()
                        .call("rename", "{\"title\": \"ok title\"}")
                        .result()
                        .asString())
                .isEqualTo("ok title");
    }
}
