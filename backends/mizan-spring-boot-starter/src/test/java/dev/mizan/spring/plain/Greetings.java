package dev.mizan.spring.plain;

import dev.mizan.core.Auth;
import dev.mizan.core.Client;
import org.springframework.stereotype.Service;

/** Public functions, and one nobody can call without a security framework. */
@Service
public class Greetings {

    @Client
    public String greet(String name) {
        return "hello " + name;
    }

    @Client(context = "global")
    public String motd() {
        return "plain";
    }

    @Client(auth = Auth.REQUIRED)
    public String secret() {
        return "secret";
    }
}
