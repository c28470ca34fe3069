package dev.mizan.spring.app;

import dev.mizan.core.Auth;
import dev.mizan.core.AuthPredicate;
import dev.mizan.core.Client;
import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.RequestHandle;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Functions at every auth level, on calls and in contexts. */
@Service
public class Accounts {

    /** Allows requests carrying {@code X-Pass: yes}. */
    public static final class PassHeader implements AuthPredicate {
        @Override
        public boolean allows(RequestHandle request) {
            return "yes".equals(request.header("X-Pass"));
        }
    }

    @Client
    public String ping() {
        return "pong";
    }

    /** Declared public: stays open when the application is secure by default. */
    @Client(auth = Auth.PUBLIC)
    public String health() {
        return "up";
    }

    @Client(auth = Auth.REQUIRED)
    public List<String> whoami(RequestHandle handle, Principal principal, HttpServletRequest request) {
        return List.of(handle.user().username(), principal.getName(), request.getMethod());
    }

    @Client(auth = Auth.STAFF)
    public String staffReport() {
        return "staff";
    }

    @Client(auth = Auth.SUPERUSER)
    public String rootReport() {
        return "root";
    }

    @Client(roles = "OPS")
    public String opsReport() {
        return "ops";
    }

    @Client(predicate = PassHeader.class)
    public String withPass() {
        return "passed";
    }

    @Client(context = "mine", auth = Auth.REQUIRED)
    public String myName(RequestHandle handle) {
        return handle.user().username();
    }

    @Client(context = "staff_area", auth = Auth.STAFF)
    public String staffNotes() {
        return "notes";
    }

    @Client(context = "root_area", auth = Auth.SUPERUSER)
    public String rootNotes() {
        return "root notes";
    }

    @Client(context = "vault")
    public String vaultDoor() {
        return "door";
    }

    @Client(context = "vault", auth = Auth.STAFF)
    public String vaultGold() {
        return "gold";
    }

    /** Guarded by Spring's method security instead of Mizan's auth: the bean is a proxy. */
    @Client
    @PreAuthorize("hasRole('OPS')")
    public String methodSecured() {
        return "method secured";
    }

    @Client(context = "ops_area", roles = "OPS")
    public String opsNotes() {
        return "ops notes";
    }

    @Client(context = "pass_area", predicate = PassHeader.class)
    public String passNotes() {
        return "pass notes";
    }

    @Client(context = "admin_area")
    public String adminNotes() {
        return "admin";
    }

    /** A note of one's own: a per-user context, whose merged values only reach the same user. */
    public record Note(String text) {}

    @Client(context = "notebook", auth = Auth.REQUIRED, scope = dev.mizan.core.ContextScope.USER)
    public Note myNote(RequestHandle handle) {
        return new Note("note of " + handle.user().username());
    }

    @Client(merge = "notebook", auth = Auth.REQUIRED)
    public Note saveNote(String text) {
        return new Note(text);
    }

    /** A shop's ledger: only its keeper reads it, a rule in the function's code (as membership of a project is). */
    public record Ledger(long shopId, String keeper) {}

    @Client(context = "ledger", auth = Auth.REQUIRED)
    public Ledger ledger(long shopId, RequestHandle handle) {
        String keeper = shopId == 1 ? "ann" : "sam";
        if (handle.user() == null || !keeper.equals(handle.user().username())) {
            throw new MizanException(ErrorCode.NOT_FOUND, "No ledger " + shopId, Map.of());
        }
        return new Ledger(shopId, keeper);
    }

    @Client(affects = "ledger", auth = Auth.REQUIRED)
    public void touchLedger(long shopId) {}
}
