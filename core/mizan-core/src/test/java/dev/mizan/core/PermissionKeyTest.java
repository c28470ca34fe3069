package dev.mizan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionKeyTest {

    private static final MizanUser MEMBER = new MizanUser("7", "member", false, false, Set.of());
    private static final MizanUser STAFF = new MizanUser("8", "staff", true, false, Set.of());
    private static final MizanUser ROOT = new MizanUser("9", "root", false, true, Set.of());
    private static final MizanUser STAFF_ROOT = new MizanUser("10", "both", true, true, Set.of("admin"));

    @Test
    void class_scope_keys_by_the_highest_class_the_caller_holds() {
        assertThat(PermissionKey.of(ContextScope.CLASS, null).value()).isEqualTo("anon");
        assertThat(PermissionKey.of(ContextScope.CLASS, MEMBER).value()).isEqualTo("auth");
        assertThat(PermissionKey.of(ContextScope.CLASS, STAFF).value()).isEqualTo("staff");
        assertThat(PermissionKey.of(ContextScope.CLASS, ROOT).value()).isEqualTo("superuser");
        assertThat(PermissionKey.of(ContextScope.CLASS, STAFF_ROOT).value()).isEqualTo("superuser");
    }

    @Test
    void public_scope_keys_every_caller_as_anonymous() {
        for (MizanUser user : new MizanUser[] {null, MEMBER, STAFF, ROOT}) {
            assertThat(PermissionKey.of(ContextScope.PUBLIC, user)).isEqualTo(PermissionKey.ANON);
        }
    }

    @Test
    void user_scope_keys_by_the_user_id_and_anonymous_callers_as_anon() {
        assertThat(PermissionKey.of(ContextScope.USER, MEMBER).value()).isEqualTo("user:7");
        assertThat(PermissionKey.of(ContextScope.USER, ROOT).value()).isEqualTo("user:9");
        assertThat(PermissionKey.of(ContextScope.USER, ROOT).perUser()).isTrue();
        assertThat(PermissionKey.of(ContextScope.USER, null)).isEqualTo(PermissionKey.ANON);
        assertThat(PermissionKey.ANON.perUser()).isFalse();
    }

    @Test
    void refuses_strings_that_are_no_permission_key() {
        assertThatThrownBy(() -> new PermissionKey("admin")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PermissionKey("user:")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PermissionKey("user:abc").toString()).isEqualTo("user:abc");
    }
}
