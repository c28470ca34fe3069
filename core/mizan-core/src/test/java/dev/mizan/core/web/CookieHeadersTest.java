package dev.mizan.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CookieHeadersTest {

    @Test
    void finds_the_named_cookie_among_others_and_nothing_for_a_prefix_or_a_suffix() {
        String header = "XMIZAN-CSRF=no; MIZAN-CSRF-OLD=no;MIZAN-CSRF=abc.def ; other=\"q\"";
        assertThat(CookieHeaders.value(header, "MIZAN-CSRF")).isEqualTo("abc.def");
        assertThat(CookieHeaders.value(header, "other")).isEqualTo("q");
        assertThat(CookieHeaders.value(header, "MIZAN")).isNull();
        assertThat(CookieHeaders.value("MIZAN-CSRF=", "MIZAN-CSRF")).isEmpty();
        assertThat(CookieHeaders.value("", "MIZAN-CSRF")).isNull();
        assertThat(CookieHeaders.value(null, "MIZAN-CSRF")).isNull();
        assertThat(CookieHeaders.value("novalue; MIZAN-CSRF=x", "MIZAN-CSRF")).isEqualTo("x");
    }
}
