package dev.mizan.core.registry;

import dev.mizan.core.Auth;
import dev.mizan.core.Cached;
import dev.mizan.core.Client;
import dev.mizan.core.ContextScope;
import dev.mizan.core.RequestHandle;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Classes with {@code @Client} methods, valid and invalid, for registry tests. */
final class Fixtures {

    private Fixtures() {}

    record Task(long id, String title) {}

    record TaskView(long id, String title) {}

    record Project(long id, String name) {}

    static final class Board {
        @Client(context = "project")
        public Project projectDetails(long projectId) {
            return new Project(projectId, "p");
        }

        @Client(context = "project", rev = 2)
        public List<Task> projectTasks(long projectId, @Nullable String filter, RequestHandle request) {
            return List.of();
        }

        @Client(context = "project")
        public Task latestTask(long projectId) {
            return new Task(1, "t");
        }

        @Client(
                affects = {"project", "project_tasks"},
                merge = "project")
        public TaskView createTask(long projectId, String title) {
            return new TaskView(1, title);
        }

        @Client(name = "whoami", context = "global", auth = Auth.REQUIRED)
        public String currentUser(RequestHandle request) {
            return "me";
        }

        @Client
        public Optional<Task> findTask(Optional<Long> id) {
            return Optional.empty();
        }
    }

    static final class Duplicates {
        @Client(name = "project_details")
        public String clash() {
            return "";
        }
    }

    static final class Broken {
        @Client(affects = "nowhere")
        public void unknownAffects() {}

        @Client(merge = "missing")
        public Task unknownMerge() {
            return new Task(1, "");
        }

        @Client(merge = "project")
        public String noSlot() {
            return "";
        }

        @Client(context = "global")
        public String globalWithParams(int page) {
            return "";
        }

        @Client
        public void takesStream(Stream<String> lines) {}

        @Client
        public void takesSupplier(Supplier<String> value) {}

        @Client
        public void takesInterface(Runnable runnable) {}

        @Client
        public CompletableFuture<String> returnsFuture() {
            return CompletableFuture.completedFuture("");
        }

        @Client
        public <T> void takesTypeVariable(T value) {}
    }

    static final class TwoSlots {
        @Client(context = "pair")
        public Task first(long id) {
            return new Task(id, "");
        }

        @Client(context = "pair")
        public TaskView second(long id) {
            return new TaskView(id, "");
        }

        @Client(merge = "pair")
        public Task save(long id) {
            return new Task(id, "");
        }
    }

    static final class ConflictingParams {
        @Client(context = "mixed")
        public String one(long id) {
            return "";
        }

        @Client(context = "mixed")
        public String two(String id) {
            return "";
        }
    }

    static final class Scoped {
        @Client(context = "me", scope = ContextScope.USER)
        public String profile() {
            return "";
        }

        @Client(context = "me")
        public String settings() {
            return "";
        }

        @Client(context = "site", scope = ContextScope.PUBLIC)
        public String banner() {
            return "";
        }

        @Client(context = "site", scope = ContextScope.PUBLIC)
        public String footer() {
            return "";
        }

        @Client(context = "board")
        public String columns() {
            return "";
        }
    }

    static final class DisagreeingScopes {
        @Client(context = "mixed", scope = ContextScope.USER)
        public String mine() {
            return "";
        }

        @Client(context = "mixed", scope = ContextScope.PUBLIC)
        public String everyones() {
            return "";
        }

        @Client(context = "mixed")
        public String unsaid() {
            return "";
        }

        @Client(scope = ContextScope.USER)
        public String loose() {
            return "";
        }

        @Client(
                context = "twice",
                scope = {ContextScope.USER, ContextScope.CLASS})
        public String twice() {
            return "";
        }
    }

    /** A live context (one member declares it), a context that is not, and a misplaced marker. */
    static final class Live {
        @Client(context = "board", live = true)
        public String columns() {
            return "";
        }

        @Client(context = "board")
        public String cards() {
            return "";
        }

        @Client(context = "archive")
        public String archived() {
            return "";
        }
    }

    static final class LooseLive {
        @Client(live = true)
        public String ping() {
            return "";
        }
    }

    /** One context of one member. */
    static final class Single {
        @Client(context = "only")
        public String onlyValue() {
            return "v";
        }
    }

    static final class CachedMembers {
        @Client(context = "catalog", cache = @Cached(ttl = "5m"))
        public String item(long id) {
            return "";
        }

        @Client(context = "catalog", cache = @Cached(ttl = "PT90S"))
        public String price(long id) {
            return "";
        }

        @Client(context = "catalog")
        public String note(long id) {
            return "";
        }
    }

    static final class BadCache {
        @Client(context = "bad", cache = @Cached(ttl = "5 minutes"))
        public String words() {
            return "";
        }

        @Client(context = "bad", cache = @Cached(ttl = "0s"))
        public String zero() {
            return "";
        }

        @Client(cache = @Cached(ttl = "1h"))
        public String outside() {
            return "";
        }
    }
}
