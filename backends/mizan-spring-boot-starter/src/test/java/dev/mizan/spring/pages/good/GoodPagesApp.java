package dev.mizan.spring.pages.good;

import dev.mizan.core.Cached;
import dev.mizan.core.Client;
import dev.mizan.core.ContextScope;
import dev.mizan.core.Page;
import dev.mizan.core.RenderStrategy;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** An application whose page class is found by the starter's scan of its packages. */
@SpringBootApplication
public class GoodPagesApp {

    /** A shared read and a per-user one. */
    public static class Reads {
        @Client(context = "team", cache = @Cached(ttl = "45s"))
        public List<String> teamDirectory() {
            return List.of("ada", "ben");
        }

        @Client(context = "me", scope = ContextScope.USER)
        public String myName() {
            return "";
        }
    }

    @Bean
    Reads reads() {
        return new Reads();
    }

    /** Not a bean: found by the scan. */
    @Page(path = "/team", render = RenderStrategy.EDGE, embeds = "team")
    @Page(path = "/me", render = RenderStrategy.SSR, embeds = "me")
    static final class AppPages {}
}
