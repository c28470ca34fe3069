package dev.mizan.bench.vertx;

import dev.mizan.bench.Echo;
import dev.mizan.bench.EchoArgs;
import dev.mizan.bench.EchoFunctions;
import dev.mizan.bench.TrivialContext;
import dev.mizan.vertx.Mizan;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code bench/run} loads on Vert.x: one HTTP server per event loop (a verticle instance per
 * core, sharing the port), each with a router carrying {@code POST /plain/echo} (the raw handler:
 * Jackson in, the same record out) and the Mizan endpoints under {@code /api/mizan}. Prints
 * {@code started on port N} once listening. Arguments: {@code [port]} (0 or none: a free port).
 */
public final class VertxBenchApplication {

    private VertxBenchApplication() {}

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        if (port == 0) {
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
        }
        JsonMapper mapper = JsonMapper.builder().build();
        Mizan mizan = Mizan.builder()
                .register(new EchoFunctions(), new TrivialContext())
                .mapper(mapper)
                .build();
        Vertx vertx = Vertx.vertx();
        int listenPort = port;
        int instances = Runtime.getRuntime().availableProcessors();
        vertx.deployVerticle(
                        () -> new Server(mizan, mapper, listenPort), new DeploymentOptions().setInstances(instances))
                .toCompletionStage()
                .toCompletableFuture()
                .get(60, TimeUnit.SECONDS);
        System.out.println("Mizan bench app on Vert.x started on port " + port + " (" + instances + " event loops)");
    }

    /** One server on one event loop. */
    private static final class Server extends VerticleBase {

        private final Mizan mizan;
        private final JsonMapper mapper;
        private final int port;

        Server(Mizan mizan, JsonMapper mapper, int port) {
            this.mizan = mizan;
            this.mapper = mapper;
            this.port = port;
        }

        @Override
        public Future<?> start() {
            Router router = Router.router(vertx);
            router.post("/plain/echo").handler(BodyHandler.create(false)).handler(context -> {
                EchoArgs args;
                try {
                    args = mapper.readValue(context.body().buffer().getBytes(), EchoArgs.class);
                } catch (RuntimeException e) {
                    context.response().setStatusCode(400).end();
                    return;
                }
                context.response()
                        .putHeader("Content-Type", "application/json")
                        .end(Buffer.buffer(mapper.writeValueAsBytes(Echo.of(args.message()))));
            });
            mizan.mount(router, "/api/mizan");
            return vertx.createHttpServer().requestHandler(router).listen(port, "127.0.0.1");
        }
    }
}
