package dev.mizan.core.dispatch;

import dev.mizan.core.MizanException;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Writes response bodies: call results with their effects, context bundles and error envelopes. */
final class Bodies {

    /** Writes one answer's JSON to a generator. */
    @FunctionalInterface
    private interface Content {
        void write(JsonGenerator gen);
    }

    private final JsonMapper mapper;
    private final long answerLimit;

    Bodies(JsonMapper mapper, long answerLimit) {
        this.mapper = mapper;
        this.answerLimit = answerLimit;
    }

    long answerLimit() {
        return answerLimit;
    }

    /**
     * Serializes an answer within the limit: held in memory when small, else counted and later
     * serialized again straight into the transport's output.
     *
     * @throws BoundedSink.TooLarge when the answer is over the limit
     */
    private AnswerBody bounded(Content content) {
        BoundedSink sink = new BoundedSink(answerLimit);
        try (JsonGenerator gen = mapper.createGenerator(sink)) {
            content.write(gen);
        } catch (RuntimeException e) {
            if (sink.overflowed()) {
                throw new BoundedSink.TooLarge();
            }
            throw e;
        }
        byte[] bytes = sink.bytesOrNull();
        if (bytes != null) {
            return AnswerBody.of(bytes);
        }
        return AnswerBody.streamed(sink.count(), out -> {
            try (JsonGenerator gen = mapper.createGenerator(new NonClosing(out))) {
                content.write(gen);
            }
        });
    }

    AnswerBody success(ObjectWriter output, @Nullable Object result, Effects.Computed effects) {
        return bounded(gen -> {
            gen.writeStartObject();
            gen.writeName("result");
            if (effects.resultTree() != null) {
                gen.writeTree(effects.resultTree());
            } else {
                output.writeValue(gen, result);
            }
            if (!effects.invalidate().isEmpty()) {
                gen.writeName("invalidate");
                gen.writeStartArray();
                for (InvalidateEntry e : effects.invalidate()) {
                    gen.writeStartObject();
                    gen.writeStringProperty("context", e.context());
                    writeParams(gen, e.params());
                    if (e.slot() != null) {
                        gen.writeStringProperty("slot", e.slot());
                    }
                    gen.writeEndObject();
                }
                gen.writeEndArray();
            }
            if (!effects.merge().isEmpty()) {
                gen.writeName("merge");
                gen.writeStartArray();
                for (MergeEntry m : effects.merge()) {
                    gen.writeStartObject();
                    gen.writeStringProperty("context", m.context());
                    gen.writeStringProperty("slot", m.slot());
                    gen.writeName("value");
                    gen.writeTree(m.value());
                    writeParams(gen, m.params());
                    gen.writeEndObject();
                }
                gen.writeEndArray();
            }
            gen.writeEndObject();
        });
    }

    private static void writeParams(JsonGenerator gen, @Nullable Map<String, JsonNode> params) {
        if (params == null) {
            return;
        }
        gen.writeName("params");
        gen.writeStartObject();
        for (Map.Entry<String, JsonNode> p : new TreeMap<>(params).entrySet()) {
            gen.writeName(p.getKey());
            gen.writeTree(p.getValue());
        }
        gen.writeEndObject();
    }

    /** {@code {MEMBER: VALUE, …}}, members in the given (sorted) order. */
    AnswerBody bundle(List<FunctionPlan> members, @Nullable Object[] results) {
        return bounded(gen -> {
            gen.writeStartObject();
            for (int i = 0; i < members.size(); i++) {
                gen.writeName(members.get(i).name());
                if (results[i] instanceof CachedMembers.Raw raw) {
                    gen.writeRawValue(new String(raw.json(), StandardCharsets.UTF_8));
                } else {
                    members.get(i).writer().writeValue(gen, results[i]);
                }
            }
            gen.writeEndObject();
        });
    }

    /** The transport closes its own output; the generator must not. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** {@code {"error": {"code", "message", "details"}}}: never the cause. */
    byte[] error(MizanException e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator gen = mapper.createGenerator(out)) {
            gen.writeStartObject();
            gen.writeName("error");
            gen.writeStartObject();
            gen.writeStringProperty("code", e.code().name());
            gen.writeStringProperty("message", e.getMessage() == null ? e.code().name() : e.getMessage());
            gen.writeName("details");
            gen.writePOJO(e.details());
            gen.writeEndObject();
            gen.writeEndObject();
        }
        return out.toByteArray();
    }
}
