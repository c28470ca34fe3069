package dev.mizan.core.dispatch;

import dev.mizan.core.Auth;
import dev.mizan.core.Client;
import java.util.Collections;
import java.util.List;

/** Functions for the hardening tests: a string-keyed context, long answers, guarded names. */
public class Notes {

    @Client(context = "note")
    public String note(String key) {
        return "note " + key.length();
    }

    @Client(affects = "note")
    public String writeNote(String key, String text) {
        return text;
    }

    @Client
    public List<String> copies(int count) {
        return Collections.nCopies(count, "0123456789abcdefghijklmnopqrstuvwxyz");
    }

    @Client(affects = "note")
    public List<String> writeMany(String key, int count) {
        return Collections.nCopies(count, key);
    }

    @Client(context = "vault", auth = Auth.STAFF)
    public String vaultKey() {
        return "k";
    }

    @Client(auth = Auth.REQUIRED)
    public String mine() {
        return "mine";
    }

    @Client(auth = Auth.SUPERUSER)
    public String rootOnly() {
        return "root";
    }
}
