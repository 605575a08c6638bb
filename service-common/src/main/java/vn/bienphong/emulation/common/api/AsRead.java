package vn.bienphong.emulation.common.api;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A PUT takes back what its GET answered: where a request names an item by one text (a unit code, a tie-break
 * rule) and the read representation gives the item as an object ({@code {"unitCode": …, "unitName": …}}), the
 * request accepts either, and keeps the object's naming field. So a client may read a resource, change it and
 * send it back with {@code If-Match}, without rebuilding it in another shape. Used on a list's items with
 * {@code @JsonDeserialize(contentUsing = …)}; a subclass names the field.
 */
public abstract class AsRead extends StdDeserializer<String> {

    private final String field;

    protected AsRead(String field) {
        super(String.class);
        this.field = field;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return StringDeserializer.instance.deserialize(parser, context);
        }
        JsonNode value = context.readTree(parser).get(field);
        if (value == null || !value.isTextual()) {
            throw MismatchedInputException.from(parser, String.class, "an object given here needs its text field " + field);
        }
        return value.textValue();
    }

    /** A member as cluster-service reads it ({@code {"unitCode": "BDBP-LANG-SON", "unitName": …}}) or its unit code. */
    public static final class UnitCode extends AsRead {
        public UnitCode() {
            super("unitCode");
        }
    }

    /** A tie-break as award-service reads it ({@code {"rule": "TOTAL_SCORE", "explanation": …}}) or its rule. */
    public static final class Rule extends AsRead {
        public Rule() {
            super("rule");
        }
    }
}
