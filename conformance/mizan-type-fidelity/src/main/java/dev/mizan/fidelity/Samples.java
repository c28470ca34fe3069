package dev.mizan.fidelity;

import dev.mizan.fidelity.Shapes.Address;
import dev.mizan.fidelity.Shapes.Bag;
import dev.mizan.fidelity.Shapes.Calendar;
import dev.mizan.fidelity.Shapes.Circle;
import dev.mizan.fidelity.Shapes.Collections;
import dev.mizan.fidelity.Shapes.Color;
import dev.mizan.fidelity.Shapes.Contact;
import dev.mizan.fidelity.Shapes.Email;
import dev.mizan.fidelity.Shapes.Failed;
import dev.mizan.fidelity.Shapes.LongIds;
import dev.mizan.fidelity.Shapes.Money;
import dev.mizan.fidelity.Shapes.Nullables;
import dev.mizan.fidelity.Shapes.Ok;
import dev.mizan.fidelity.Shapes.OrderId;
import dev.mizan.fidelity.Shapes.Page;
import dev.mizan.fidelity.Shapes.RawJson;
import dev.mizan.fidelity.Shapes.Renamed;
import dev.mizan.fidelity.Shapes.Result;
import dev.mizan.fidelity.Shapes.Scalars;
import dev.mizan.fidelity.Shapes.Shape;
import dev.mizan.fidelity.Shapes.Sms;
import dev.mizan.fidelity.Shapes.Square;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The one sample value of each shape: what the sample functions return and the accept functions expect. */
final class Samples {

    private Samples() {}

    static final Scalars SCALARS = new Scalars(
            "text",
            true,
            42,
            (short) 7,
            9_007_199_254_740_000L,
            0.25,
            1.5f,
            'x',
            new UUID(0x1234L, 0x5678L),
            LocalDate.of(2024, 2, 29),
            LocalTime.of(23, 59, 58),
            LocalDateTime.of(2024, 2, 29, 12, 30, 15),
            Instant.parse("2024-02-29T12:30:15Z"),
            // UTC: Jackson reads an OffsetDateTime adjusted to UTC, so another offset would come back changed.
            OffsetDateTime.of(2024, 2, 29, 12, 30, 15, 0, ZoneOffset.UTC),
            Duration.ofMinutes(90),
            new byte[] {1, 2, 3, (byte) 0xff});

    static final Circle CIRCLE = new Circle(1.5);

    static final Page<Shape> PAGE = new Page<>(List.of(CIRCLE, new Square(2.0, Color.DARK_BLUE)), 2);

    static final Nullables NULLABLES = new Nullables(null, Optional.empty(), Arrays.asList("a", null, "c"), 3);

    static final Renamed RENAMED = new Renamed("Ada", null, new Address("Main St 1", "12345"), "admin");

    static final Collections COLLECTIONS = new Collections(
            ordered(Map.of("odd", List.of(1, 3), "even", List.of(2))),
            new LinkedHashSet<>(List.of("a", "b")),
            Map.of(new UUID(1, 2), "one"),
            Map.of(Color.RED, 1),
            List.of(new OrderId(77)));

    /** An id beyond 2^53, which a JSON number would silently change in JavaScript. */
    static final LongIds LONG_IDS = new LongIds(9_007_199_254_740_993L, List.of(1L, Long.MAX_VALUE), 12);

    /** Beyond 2^53, with trailing zeros that must survive. */
    static final Money MONEY = new Money(
            new BigDecimal("12345678901234567890.1200"),
            new BigInteger("123456789012345678901234567890"),
            List.of(new BigDecimal("0.10"), new BigDecimal("1E+3")));

    static final RawJson RAW = new RawJson("r1", "{\"nested\":[1,true,null]}");

    static final Bag BAG = bag();

    static final List<Result<String>> RESULTS = List.of(new Ok<>("done"), new Failed<>("timeout"));

    static final List<Contact> CONTACTS = List.of(new Email("a@example.invalid"), new Sms("+100"));

    static final Calendar CALENDAR =
            new Calendar(Map.of(LocalDate.of(2024, 1, 2), 5), Map.of(Instant.parse("2024-01-02T03:04:05Z"), "stamp"));

    private static Bag bag() {
        Bag bag = new Bag();
        bag.setName("bag");
        bag.put("apples", 3);
        bag.put("pears", 0);
        return bag;
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        Map<String, V> out = new LinkedHashMap<>();
        map.keySet().stream().sorted().forEach(k -> out.put(k, map.get(k)));
        return out;
    }
}
