package dev.mizan.fidelity;

import dev.mizan.core.Client;
import dev.mizan.fidelity.Shapes.Bag;
import dev.mizan.fidelity.Shapes.Calendar;
import dev.mizan.fidelity.Shapes.Circle;
import dev.mizan.fidelity.Shapes.Collections;
import dev.mizan.fidelity.Shapes.Contact;
import dev.mizan.fidelity.Shapes.LongIds;
import dev.mizan.fidelity.Shapes.Money;
import dev.mizan.fidelity.Shapes.Nullables;
import dev.mizan.fidelity.Shapes.Page;
import dev.mizan.fidelity.Shapes.RawJson;
import dev.mizan.fidelity.Shapes.Renamed;
import dev.mizan.fidelity.Shapes.Result;
import dev.mizan.fidelity.Shapes.Scalars;
import dev.mizan.fidelity.Shapes.Shape;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * For each shape, {@code sampleX} returns the sample and {@code acceptX} answers whether the value
 * it was sent is the sample: the same JSON when the server writes it back (so a lost digit, scale,
 * tag or property shows).
 */
@Component
public class FidelityFunctions {

    private final JsonMapper mapper;

    FidelityFunctions(JsonMapper mapper) {
        this.mapper = mapper;
    }

    private boolean same(Object value, Object sample) {
        return mapper.writeValueAsString(value).equals(mapper.writeValueAsString(sample));
    }

    @Client
    public Scalars sampleScalars() {
        return Samples.SCALARS;
    }

    @Client
    public boolean acceptScalars(Scalars value) {
        return same(value, Samples.SCALARS);
    }

    @Client
    public Page<Shape> samplePage() {
        return Samples.PAGE;
    }

    @Client
    public boolean acceptPage(Page<Shape> value) {
        return same(value, Samples.PAGE);
    }

    @Client
    public Circle sampleCircle() {
        return Samples.CIRCLE;
    }

    @Client
    public boolean acceptCircle(Circle value) {
        return same(value, Samples.CIRCLE);
    }

    @Client
    public Nullables sampleNullables() {
        return Samples.NULLABLES;
    }

    @Client
    public boolean acceptNullables(Nullables value) {
        return same(value, Samples.NULLABLES);
    }

    @Client
    public Renamed sampleRenamed() {
        return Samples.RENAMED;
    }

    @Client
    public boolean acceptRenamed(Renamed value) {
        return same(value, Samples.RENAMED);
    }

    @Client
    public Collections sampleCollections() {
        return Samples.COLLECTIONS;
    }

    @Client
    public boolean acceptCollections(Collections value) {
        return same(value, Samples.COLLECTIONS);
    }

    @Client
    public LongIds sampleLongIds() {
        return Samples.LONG_IDS;
    }

    @Client
    public boolean acceptLongIds(LongIds value) {
        return same(value, Samples.LONG_IDS);
    }

    @Client
    public Money sampleMoney() {
        return Samples.MONEY;
    }

    @Client
    public boolean acceptMoney(Money value) {
        return same(value, Samples.MONEY);
    }

    /** Output only: Jackson reads a raw-value property as a string, not as the JSON it writes. */
    @Client
    public RawJson sampleRaw() {
        return Samples.RAW;
    }

    @Client
    public Bag sampleBag() {
        return Samples.BAG;
    }

    @Client
    public boolean acceptBag(Bag value) {
        return same(value, Samples.BAG);
    }

    @Client
    public List<Result<String>> sampleResults() {
        return Samples.RESULTS;
    }

    @Client
    public boolean acceptResults(List<Result<String>> value) {
        return same(value, Samples.RESULTS);
    }

    @Client
    public List<Contact> sampleContacts() {
        return Samples.CONTACTS;
    }

    @Client
    public boolean acceptContacts(List<Contact> value) {
        return same(value, Samples.CONTACTS);
    }

    @Client
    public Calendar sampleCalendar() {
        return Samples.CALENDAR;
    }

    @Client
    public boolean acceptCalendar(Calendar value) {
        return same(value, Samples.CALENDAR);
    }
}
