package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.client.BadRequestException;
import dev.mizan.client.ContextCache;
import dev.mizan.client.FileUpload;
import dev.mizan.client.InternalErrorException;
import dev.mizan.client.MizanClient;
import dev.mizan.client.NotFoundException;
import dev.mizan.client.NotImplementedException;
import dev.mizan.client.PayloadTooLargeException;
import dev.mizan.client.UnauthorizedException;
import dev.mizan.client.ValidationFailedException;
import dev.mizan.conformance.javaclient.AdminContext;
import dev.mizan.conformance.javaclient.CatalogContext;
import dev.mizan.conformance.javaclient.CatalogItem;
import dev.mizan.conformance.javaclient.Echo;
import dev.mizan.conformance.javaclient.GlobalContext;
import dev.mizan.conformance.javaclient.MizanApi;
import dev.mizan.conformance.javaclient.NewTask;
import dev.mizan.conformance.javaclient.ProjectContext;
import dev.mizan.conformance.javaclient.ProjectDto;
import dev.mizan.conformance.javaclient.RendezvousContext;
import dev.mizan.conformance.javaclient.SearchContext;
import dev.mizan.conformance.javaclient.Signup;
import dev.mizan.conformance.javaclient.StoredFile;
import dev.mizan.conformance.javaclient.TaskDto;
import dev.mizan.conformance.javaclient.TaskStatus;
import dev.mizan.conformance.javaclient.TokenPair;
import dev.mizan.conformance.javaclient.WhoAmI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The Java client target: the client generated from the golden IR (by {@code mizan:generate},
 * target {@code java}, compiled with this suite) drives every fixture function and context over
 * the wire, in session mode (CSRF token, HTTP Basic sign-in) and bearer mode (login, refresh,
 * logout), uploads as multipart calls, with failures as typed exceptions and its context cache applying the answers'
 * invalidate and merge entries.
 */
@ExtendWith(ConformanceServer.class)
class JavaClientProbe {

    @Test
    void plain_functions_answer_with_typed_results(Wire wire) {
        MizanApi api = new MizanApi(MizanClient.builder(wire.base())
                .header("X-Fixture-Probe", "from-java")
                .build());
        assertThat(api.add(2, 40)).isEqualTo(42L);
        Echo echo = api.echo(2, "hi");
        assertThat(echo).isEqualTo(new Echo("hi", 2, List.of("hi", "hi")));
        assertThat(api.greet("Ada")).isEqualTo("Hello, Ada");
        assertThat(api.greet()).isEqualTo("Hello, stranger");
        api.ping();
        assertThat(api.reverseWords("one two three")).isEqualTo("three two one");
        assertThat(api.renamedCall()).isEqualTo("renamed");
        assertThat(api.probeHeader()).isEqualTo("from-java");
        assertThat(api.reserveName("free-" + UUID.randomUUID())).isNotBlank();
        assertThat(api.signup("abc", new Signup("ada", "ada@example.com", 30))).isNotBlank();
        ProjectDto project = api.createProject("java " + UUID.randomUUID());
        assertThat(project.openTasks()).isZero();
        assertThat(api.adminMotd()).isNotBlank();
        assertThat(api.siteInfo().apiLevel()).isPositive();
        assertThat(api.featureFlags()).isNotNull();
        assertThat(api.catalogItem(7).itemId()).isEqualTo(7L);
        assertThat(api.catalogPrice(7)).isNotNull();
        assertThat(api.projectDetails(project.id())).isEqualTo(project);
        assertThat(api.projectTasks(project.id())).isEmpty();
        assertThat(api.searchResults("nothing-" + UUID.randomUUID())).isEmpty();
        // The two members called at once, each on its own: they meet (each waits for the other).
        String token = "calls-" + UUID.randomUUID();
        CompletableFuture<Boolean> left = CompletableFuture.supplyAsync(() -> api.rendezvousLeft(token));
        assertThat(api.rendezvousRight(token)).isTrue();
        assertThat(left.join()).isTrue();
    }

    @Test
    void mutations_answer_with_typed_results(Wire wire) {
        MizanApi api = new MizanApi(MizanClient.builder(wire.base()).build());
        ProjectDto project = api.createProject("mutations " + UUID.randomUUID());
        TaskDto task = api.createTask(project.id(), new NewTask("write the client"));
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.projectId()).isEqualTo(project.id());
        assertThat(api.projectTasks(project.id(), TaskStatus.OPEN)).containsExactly(task);
        TaskDto done = api.completeTask(task.id());
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(api.projectTasks(project.id(), TaskStatus.DONE)).containsExactly(done);
        assertThat(api.reindexProjects().projects()).isPositive();
        assertThat(api.reorderTasks(List.of(task.id()), project.id())).isEqualTo(1);
        assertThat(api.touchProject(project.id()).id()).isEqualTo(project.id());
        assertThat(api.renameProject("renamed", project.id()).name()).isEqualTo("renamed");
        assertThat(api.saveSearch("needle")).isEqualTo(6);
        CatalogItem item = api.renameCatalogItem(11, "gadget");
        assertThat(item.name()).isEqualTo("gadget");
        assertThat(api.renameCatalog("java-")).isNotNull();
    }

    @Test
    void failures_are_typed_exceptions_by_error_code(Wire wire) {
        MizanApi api = new MizanApi(MizanClient.builder(wire.base()).build());
        ValidationFailedException invalid =
                catchType(ValidationFailedException.class, () -> api.signup("x", new Signup("", "not-an-email", 5)));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.fieldErrors()).containsKeys("signup.username", "signup.email", "signup.age", "inviteCode");
        ValidationFailedException taken = catchType(ValidationFailedException.class, () -> api.reserveName("taken"));
        assertThat(taken.fieldErrors()).containsEntry("name", List.of("is already taken"));
        InternalErrorException exploded = catchType(InternalErrorException.class, api::explode);
        assertThat(exploded.status()).isEqualTo(500);
        assertThat(exploded.getMessage()).doesNotContain("fixture-secret-7f3a");
        assertThat(catchType(NotImplementedException.class, api::futureFeature).status())
                .isEqualTo(501);
        assertThat(catchType(PayloadTooLargeException.class, () -> api.echo(1, "x".repeat(70 * 1024)))
                        .status())
                .isEqualTo(413);
        assertThat(api.echo(1, "x".repeat(63 * 1024)).message()).hasSize(63 * 1024);
        assertThat(catchType(UnauthorizedException.class, api::whoami).status()).isEqualTo(401);
        MizanClient raw = api.client();
        // Anonymous: an unknown name answers as a guarded one (docs/protocol.md, Guarded names).
        assertThat(catchType(UnauthorizedException.class, () -> raw.callJson("no_such_function", Map.of()))
                        .status())
                .isEqualTo(401);
        assertThat(catchType(BadRequestException.class, () -> raw.callJson("add", Map.of("left", "x", "right", 1)))
                        .status())
                .isEqualTo(400);
        assertThat(catchType(UnauthorizedException.class, () -> raw.contextJson("no_such_context", 1, Map.of()))
                        .status())
                .isEqualTo(401);
        MizanClient signedIn = sessionAs(wire, wire.target().user()).client();
        assertThat(catchType(NotFoundException.class, () -> signedIn.callJson("no_such_function", Map.of()))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void context_bundles_arrive_as_typed_records(Wire wire) {
        MizanApi api = new MizanApi(MizanClient.builder(wire.base()).build());
        ProjectDto project = api.createProject("contexts " + UUID.randomUUID());
        TaskDto task = api.createTask(project.id(), new NewTask("needle " + project.id()));
        ProjectContext bundle = api.projectContext(project.id());
        assertThat(bundle.projectDetails().id()).isEqualTo(project.id());
        assertThat(bundle.projectTasks()).containsExactly(task);
        assertThat(api.projectContext(project.id(), TaskStatus.DONE).projectTasks())
                .isEmpty();
        GlobalContext global = api.globalContext();
        assertThat(global.siteInfo()).isEqualTo(api.siteInfo());
        assertThat(global.featureFlags()).isEqualTo(api.featureFlags());
        SearchContext search = api.searchContext("needle " + project.id());
        assertThat(search.searchResults()).containsExactly(task.title());
        RendezvousContext rendezvous = api.rendezvousContext("java-" + UUID.randomUUID());
        assertThat(rendezvous.rendezvousLeft()).isTrue();
        assertThat(rendezvous.rendezvousRight()).isTrue();
        CatalogContext catalog = api.catalogContext(5);
        assertThat(catalog.catalogItem().seenAs()).isEqualTo("anon");
        assertThat(catalog.catalogPrice()).isEqualTo(api.catalogPrice(5));
        assertThat(catchType(UnauthorizedException.class, api::adminContext).status())
                .isEqualTo(401);
        MizanApi staff = sessionAs(wire, wire.target().staff());
        AdminContext admin = staff.adminContext();
        assertThat(admin.adminMotd()).isEqualTo(staff.adminMotd());
        assertThat(admin.adminStats()).isEqualTo(staff.adminStats());
        // A guarded context the caller may not use answers as an unknown one.
        assertThat(catchType(
                                NotFoundException.class,
                                () -> sessionAs(wire, wire.target().user()).adminContext())
                        .status())
                .isEqualTo(404);
        assertThat(sessionAs(wire, wire.target().user()).cartContext().myCart())
                .isEqualTo(sessionAs(wire, wire.target().user()).myCart())
                .contains(wire.target().user().username());
    }

    @Test
    void session_mode_signs_in_and_sends_the_csrf_token(Wire wire) {
        MizanApi user = sessionAs(wire, wire.target().user());
        WhoAmI me = user.whoami();
        assertThat(me.username()).isEqualTo(wire.target().user().username());
        assertThat(me.staff()).isFalse();
        assertThat(user.client().session().csrfToken()).isNotBlank();
        // Guarded functions the user may not use answer as unknown names (docs/protocol.md, Guarded names).
        assertThat(catchType(NotFoundException.class, user::staffReport).status())
                .isEqualTo(404);
        assertThat(catchType(NotFoundException.class, user::superuserAudit).status())
                .isEqualTo(404);
        assertThat(catchType(NotFoundException.class, user::auditorLog).status())
                .isEqualTo(404);
        assertThat(catchType(NotFoundException.class, user::clearedSecret).status())
                .isEqualTo(404);
        MizanApi staff = sessionAs(wire, wire.target().staff());
        assertThat(staff.staffReport()).isEqualTo("staff report");
        assertThat(staff.auditorLog()).isNotBlank();
        assertThat(staff.adminStats().users()).isNotNegative();
        assertThat(sessionAs(wire, wire.target().superuser()).superuserAudit()).isNotBlank();
        MizanApi cleared = new MizanApi(MizanClient.builder(wire.base())
                .header("X-Fixture-Clearance", "granted")
                .build());
        assertThat(cleared.clearedSecret()).isNotBlank();
        // A mutation over a session: the CSRF token is fetched and sent unseen.
        assertThat(user.createProject("csrf " + UUID.randomUUID()).name()).startsWith("csrf ");
    }

    @Test
    void bearer_mode_logs_in_refreshes_and_logs_out(Wire wire) {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        List<TokenPair> issued = Collections.synchronizedList(new ArrayList<>());
        MizanClient client = MizanClient.builder(wire.base())
                .bearer()
                .onTokens(pair -> {
                    events.add("tokens");
                    issued.add(
                            new TokenPair(pair.accessToken(), pair.refreshToken(), pair.tokenType(), pair.expiresIn()));
                })
                .onSignOut(() -> events.add("signed out"))
                .build();
        MizanApi api = new MizanApi(client);
        UnauthorizedException refused = catchType(
                UnauthorizedException.class,
                () -> client.bearer().login(wire.target().staff().username(), "not-the-password"));
        assertThat(refused.reason()).isEqualTo("bad_credentials");
        assertThat(client.bearer().signedIn()).isFalse();
        client.bearer()
                .login(wire.target().staff().username(), wire.target().staff().password());
        assertThat(client.bearer().signedIn()).isTrue();
        assertThat(api.whoami().staff()).isTrue();
        assertThat(api.staffReport()).isEqualTo("staff report");
        assertThat(api.adminContext().adminStats()).isEqualTo(api.adminStats());
        // Bearer requests carry no cookie and no CSRF token, also for mutations.
        assertThat(api.createProject("bearer " + UUID.randomUUID()).name()).startsWith("bearer ");
        client.bearer().logout();
        assertThat(client.bearer().signedIn()).isFalse();
        assertThat(events).containsExactly("tokens", "signed out");
        // Signed out, the client calls the session way: anonymous, so whoami is refused.
        assertThat(catchType(UnauthorizedException.class, api::whoami).status()).isEqualTo(401);
        assertThat(api.greet("again")).isEqualTo("Hello, again");
        // The server revoked the token family: the old access token is refused.
        MizanApi replay = new MizanApi(MizanClient.builder(wire.base())
                .header("Authorization", "Bearer " + issued.getFirst().accessToken())
                .build());
        assertThat(catchType(UnauthorizedException.class, replay::whoami).reason())
                .isEqualTo("token_revoked");

        // The built-in functions through their typed methods, as any other function.
        MizanApi plain = new MizanApi(MizanClient.builder(wire.base()).bearer().build());
        TokenPair first = plain.login(
                wire.target().user().password(), wire.target().user().username());
        assertThat(first.tokenType()).isEqualTo("Bearer");
        assertThat(first.expiresIn()).isPositive();
        TokenPair second = plain.refresh(first.refreshToken());
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        UnauthorizedException reused =
                catchType(UnauthorizedException.class, () -> plain.refresh(first.refreshToken()));
        assertThat(reused.reason()).isEqualTo("refresh_token_reused");
        TokenPair third = plain.login(
                wire.target().user().password(), wire.target().user().username());
        plain.logout(third.refreshToken());
        plain.logout();
        assertThat(catchType(UnauthorizedException.class, () -> plain.refresh(third.refreshToken()))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void uploads_travel_as_multipart_calls_in_session_and_bearer_mode(Wire wire) throws Exception {
        MizanApi api = new MizanApi(MizanClient.builder(wire.base()).build());
        byte[] hello = "hello from java".getBytes(StandardCharsets.UTF_8);
        StoredFile one = api.storeFile(FileUpload.of(hello, "hello.txt", "text/plain"), "greeting");
        assertThat(one.label()).isEqualTo("greeting");
        assertThat(one.filename()).isEqualTo("hello.txt");
        assertThat(one.size()).isEqualTo(hello.length);
        assertThat(one.sha256()).isEqualTo(sha256(hello));
        List<StoredFile> many = api.storeFiles(List.of(
                FileUpload.of(new byte[0], "empty.bin", FileUpload.OCTET_STREAM),
                FileUpload.of(new byte[] {7}, "one.bin", FileUpload.OCTET_STREAM)));
        assertThat(many).extracting(StoredFile::filename).containsExactly("empty.bin", "one.bin");
        assertThat(many).extracting(StoredFile::size).containsExactly(0L, 1L);
        assertThat(catchType(
                                UnauthorizedException.class,
                                () -> api.storePrivate(FileUpload.of(hello, "x.txt", "text/plain")))
                        .status())
                .isEqualTo(401);
        MizanClient bearer = MizanClient.builder(wire.base()).bearer().build();
        bearer.bearer()
                .login(wire.target().user().username(), wire.target().user().password());
        StoredFile mine = new MizanApi(bearer).storePrivate(FileUpload.of(hello, "mine.txt", "text/plain"));
        assertThat(mine.size()).isEqualTo(hello.length);
        assertThat(mine.sha256()).isEqualTo(sha256(hello));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void the_context_cache_applies_invalidate_and_merge(Wire wire) {
        AtomicInteger fetches = new AtomicInteger();
        MizanClient client = MizanClient.builder(wire.base())
                .contextCache(true)
                .onRequest(request -> countBundles(request, fetches))
                .build();
        MizanApi api = new MizanApi(client);
        ContextCache cache = client.cache().orElseThrow();
        ProjectDto project = api.createProject("cache " + UUID.randomUUID());
        ProjectDto other = api.createProject("cache other " + UUID.randomUUID());

        // Cached: the second read makes no request.
        api.projectContext(project.id());
        api.projectContext(other.id());
        api.globalContext();
        assertThat(fetches.get()).isEqualTo(3);
        assertThat(api.projectContext(project.id()).projectDetails()).isEqualTo(project);
        assertThat(fetches.get()).isEqualTo(3);

        // Merge: the renamed project is spliced into its slot, fresh, with no request.
        api.renameProject("merged name", project.id());
        assertThat(stale(cache, project.id())).isFalse();
        assertThat(api.projectContext(project.id()).projectDetails().name()).isEqualTo("merged name");
        assertThat(fetches.get()).isEqualTo(3);

        // Tier 1 (argument): only that instance is stale, and the next read fetches it.
        TaskDto task = api.createTask(project.id(), new NewTask("cached task"));
        assertThat(stale(cache, project.id())).isTrue();
        assertThat(stale(cache, other.id())).isFalse();
        assertThat(api.projectContext(project.id()).projectTasks()).containsExactly(task);
        assertThat(fetches.get()).isEqualTo(4);

        // Tier 2 (result): projectId read from the result.
        api.completeTask(task.id());
        assertThat(stale(cache, project.id())).isTrue();
        assertThat(stale(cache, other.id())).isFalse();
        assertThat(api.projectContext(project.id()).projectTasks().getFirst().status())
                .isEqualTo(TaskStatus.DONE);

        // Slot scope: the instance holding the slot is stale.
        api.reorderTasks(List.of(task.id()), project.id());
        assertThat(stale(cache, project.id())).isTrue();
        assertThat(stale(cache, other.id())).isFalse();
        api.projectContext(project.id());

        // Two targets: the project instance and the global context.
        api.touchProject(project.id());
        assertThat(stale(cache, project.id())).isTrue();
        assertThat(cache.peek(GlobalContext.NAME, GlobalContext.REV, Map.of())
                        .orElseThrow()
                        .stale())
                .isTrue();
        assertThat(stale(cache, other.id())).isFalse();
        api.projectContext(project.id());

        // Tier 3 (unscoped): every project instance.
        api.reindexProjects();
        assertThat(stale(cache, project.id())).isTrue();
        assertThat(stale(cache, other.id())).isTrue();

        // A free-text param, scoped through the header's URL encoding too.
        String query = "a b&c=d,é " + UUID.randomUUID();
        api.searchContext(query);
        api.searchContext("untouched " + UUID.randomUUID());
        api.saveSearch(query);
        List<ContextCache.Snapshot> searches = cache.snapshots().stream()
                .filter(s -> s.context().equals(SearchContext.NAME))
                .toList();
        assertThat(searches).hasSize(2);
        for (ContextCache.Snapshot search : searches) {
            assertThat(search.stale())
                    .as("search instance %s", search.params())
                    .isEqualTo(search.params().get("query").asString().equals(query));
        }

        // Nothing declared: nothing stale.
        api.catalogContext(3);
        api.createProject("declares nothing " + UUID.randomUUID());
        assertThat(cache.snapshots().stream()
                        .filter(s -> s.context().equals(CatalogContext.NAME))
                        .noneMatch(ContextCache.Snapshot::stale))
                .isTrue();
        api.renameCatalogItem(3, "renamed item");
        assertThat(cache.peek(CatalogContext.NAME, CatalogContext.REV, Map.of("itemId", number(3)))
                        .orElseThrow()
                        .stale())
                .isTrue();
        assertThat(api.catalogContext(3).catalogItem().name()).isEqualTo("renamed item");
        api.renameCatalog("all-");
        assertThat(cache.peek(CatalogContext.NAME, CatalogContext.REV, Map.of("itemId", number(3)))
                        .orElseThrow()
                        .stale())
                .isTrue();
    }

    private static boolean stale(ContextCache cache, long projectId) {
        return cache.peek(ProjectContext.NAME, ProjectContext.REV, Map.of("projectId", number(projectId)))
                .orElseThrow()
                .stale();
    }

    private static JsonNode number(long value) {
        return JsonNodeFactory.instance.numberNode(value);
    }

    private static void countBundles(HttpRequest request, AtomicInteger fetches) {
        if (request.uri().getPath().contains("/ctx/")) {
            fetches.incrementAndGet();
        }
    }

    private static MizanApi sessionAs(Wire wire, Account account) {
        String basic = Base64.getEncoder()
                .encodeToString((account.username() + ":" + account.password()).getBytes(StandardCharsets.UTF_8));
        return new MizanApi(MizanClient.builder(wire.base())
                .header("Authorization", "Basic " + basic)
                .build());
    }

    private static <E extends Throwable> E catchType(Class<E> type, Runnable action) {
        Throwable[] caught = new Throwable[1];
        assertThatThrownBy(() -> {
                    try {
                        action.run();
                    } catch (Throwable t) {
                        caught[0] = t;
                        throw t;
                    }
                })
                .isInstanceOf(type);
        return type.cast(caught[0]);
    }
}
