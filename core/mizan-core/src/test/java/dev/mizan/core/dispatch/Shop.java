package dev.mizan.core.dispatch;

import dev.mizan.core.Auth;
import dev.mizan.core.Client;
import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.RequestHandle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Server functions for dispatcher tests. */
public class Shop {

    public enum Kind {
        BOOK,
        GAME
    }

    public record Item(long shopId, String name, Kind kind, BigDecimal price) {}

    public record NewItem(
            @NotBlank String name, Kind kind, @Min(0) BigDecimal price) {}

    public record Removed(long shopId, long itemId) {}

    @Client(context = "shop")
    public List<Item> items(long shopId, @Nullable Kind kind) {
        return List.of(new Item(shopId, "Dune", Kind.BOOK, new BigDecimal("9.50")));
    }

    @Client(context = "shop")
    public Item featured(long shopId) {
        return new Item(shopId, "Chess", Kind.GAME, BigDecimal.ONE);
    }

    @Client(context = "global")
    public String motd() {
        return "hello";
    }

    @Client(affects = "shop", merge = "shop")
    public Item addItem(long shopId, @Valid NewItem item) {
        return new Item(shopId, item.name(), item.kind(), item.price());
    }

    @Client(affects = "shop")
    public Removed removeItem(long itemId) {
        return new Removed(7, itemId);
    }

    @Client(affects = {"shop", "items"})
    public void clearAll(String reason) {}

    @Client
    public Map<String, Object> echo(
            UUID id, LocalDate day, Optional<Integer> count, List<Kind> kinds, Map<String, Long> totals) {
        return Map.of("id", id, "day", day, "count", count.orElse(-1), "kinds", kinds, "totals", totals);
    }

    @Client
    public int positive(@Min(1) int n) {
        return n;
    }

    @Client
    public void unfinished() {
        throw new UnsupportedOperationException("later");
    }

    @Client
    public void broken() {
        throw new IllegalStateException("secret database password in message");
    }

    @Client
    public void refuses() {
        throw new MizanException(ErrorCode.FORBIDDEN, "Shop is closed");
    }

    @Client(auth = Auth.STAFF)
    public String staffOnly(RequestHandle request) {
        return request.user().username();
    }
}
