package dev.mizan.spring.pages.bad;

import dev.mizan.core.Client;
import dev.mizan.core.ContextScope;
import dev.mizan.core.Page;
import dev.mizan.core.RenderStrategy;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** An application that declares an edge page embedding a per-user context. */
@SpringBootApplication
public class BadPagesApp {

    /** A per-user read. */
    public static class Reads {
        @Client(context = "me", scope = ContextScope.USER)
        public String myName() {
            return "";
        }
    }

    @Bean
    Reads reads() {
        return new Reads();
    }

    @Page(path = "/profile", render = RenderStrategy.EDGE, embeds = "me")
    static final class ProfilePage {}
}
