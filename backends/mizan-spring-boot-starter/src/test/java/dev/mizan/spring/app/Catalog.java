package dev.mizan.spring.app;

import dev.mizan.core.Client;
import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Public reads and mutations over a shop catalog. */
@Service
public class Catalog {

    public enum Kind {
        BOOK,
        GAME
    }

    public record Item(long shopId, String name, Kind kind, BigDecimal price) {}

    public record NewItem(
            @NotBlank String name, Kind kind, @Min(0) BigDecimal price) {}

    public record Removed(long shopId, long itemId) {}

    public record Echo(
            UUID id,
            LocalDate day,
            Instant at,
            BigDecimal amount,
            @Nullable Integer count,
            List<Kind> kinds,
            Map<String, Long> totals,
            Item item) {}

    @Client(context = "shop")
    public List<Item> items(long shopId, @Nullable Kind kind) {
        Kind k = kind == null ? Kind.BOOK : kind;
        return List.of(new Item(shopId, "first", k, new BigDecimal("9.50")));
    }

    @Client(context = "shop", rev = 2)
    public Item featured(long shopId) {
        rendezvous();
        return new Item(shopId, "featured", Kind.GAME, BigDecimal.ONE);
    }

    @Client(context = "shop")
    public String threadName(long shopId) {
        rendezvous();
        return Thread.currentThread().isVirtual() ? "virtual" : "platform";
    }

    @Client(context = "global")
    public String motd() {
        return "welcome";
    }

    @Client(context = "day")
    public String weekday(LocalDate day, UUID ref, Optional<Integer> limit) {
        return day.getDayOfWeek() + " " + ref + " " + limit.orElse(0);
    }

    @Client(context = "failing")
    public String fine() {
        return "ok";
    }

    @Client(context = "failing")
    public String exploding() {
        throw new IllegalStateException("member secret");
    }

    @Client(affects = "shop", merge = "shop")
    public Item addItem(long shopId, @Valid NewItem item) {
        return new Item(shopId, item.name(), item.kind(), item.price());
    }

    @Client(affects = "shop")
    public Removed removeItem(long itemId) {
        return new Removed(itemId / 100, itemId);
    }

    @Client(affects = {"shop", "items", "global"})
    public void clearAll(String reason) {}

    @Client(affects = "motd")
    public void newMotd(String text) {}

    @Client(context = "tag")
    public String tagged(String tag) {
        return "tag of " + tag.length();
    }

    /** Its invalidation entry is scoped by {@code tag}: a long tag makes a long header. */
    @Client(affects = "tag")
    public int retag(String tag) {
        return tag.length();
    }

    /** A small call with an answer as large as asked. */
    @Client
    public List<String> copies(int count) {
        return java.util.Collections.nCopies(count, "0123456789abcdefghijklmnopqrstuvwxyz");
    }

    @Client
    public Echo echo(Echo echo) {
        return echo;
    }

    @Client
    public String rename(@NotBlank @Size(min = 3, message = "Use at least 3 characters") String title) {
        return title;
    }

    /** Method security makes this bean a proxy: binding and validation must work through it. */
    @Client
    @PreAuthorize("permitAll()")
    public String openToAll() {
        return "open";
    }

    @Client
    public void later() {
        throw new UnsupportedOperationException("not yet");
    }

    @Client
    public void broken() {
        throw new IllegalStateException("password=hunter2 at db.internal");
    }

    @Client
    public void closed() {
        throw new MizanException(ErrorCode.FORBIDDEN, "The shop is closed", Map.of("reason", "closed"));
    }

    /**
     * Two members of the shop context wait here for each other: a bundle whose members ran one
     * after the other would fail.
     */
    private final CyclicBarrier together = new CyclicBarrier(2);

    private void rendezvous() {
        try {
            together.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            together.reset();
            throw new IllegalStateException("context members did not run in parallel", e);
        }
    }
}
