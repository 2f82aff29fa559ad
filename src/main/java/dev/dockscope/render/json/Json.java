package dev.dockscope.render.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.dockscope.model.Fact;
import dev.dockscope.render.prose.Prose;
import java.io.IOException;

/**
 * The one configured Jackson mapper: camelCase records, pretty-printed, nulls kept (they carry meaning). A
 * {@link Fact} is written as the sentence {@link Prose} makes of it, the same words the text view shows, so a
 * documented text field ({@code origin.explanation}, a limit's explanation, a CI rule's message) keeps its name
 * and text while the model holds only the kind and the numbers.
 */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .addModule(new SimpleModule("dockscope-prose").addSerializer(Fact.class, new FactSerializer()))
            .build();

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A fact as its sentence. */
    private static final class FactSerializer extends StdSerializer<Fact> {
        FactSerializer() {
            super(Fact.class);
        }

        @Override
        public void serialize(Fact value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(Prose.of(value));
        }
    }
}
