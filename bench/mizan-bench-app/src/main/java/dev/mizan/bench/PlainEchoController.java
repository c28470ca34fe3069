package dev.mizan.bench;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The baseline: the same echo as a plain Spring MVC endpoint, {@code POST /plain/echo}. */
@RestController
public class PlainEchoController {

    @PostMapping("/plain/echo")
    public Echo echo(@RequestBody EchoArgs args) {
        return Echo.of(args.message());
    }
}
