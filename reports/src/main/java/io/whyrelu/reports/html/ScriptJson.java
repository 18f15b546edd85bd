package io.whyrelu.reports.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.whyrelu.resultmodel.json.Json;

/**
 * JSON that is safe inside an HTML {@code <script type="application/json">} element: '<', '>',
 * '&' and the JavaScript line separators are written as \\u escapes, so no string taken from a
 * results file (a benchmark called {@code </script><script>…}) can end the element early.
 */
final class ScriptJson {

    private static final CharacterEscapes ESCAPES = new CharacterEscapes() {
        private static final long serialVersionUID = 1L;
        private final int[] table;

        {
            table = CharacterEscapes.standardAsciiEscapesForJSON();
            table['<'] = CharacterEscapes.ESCAPE_STANDARD;
            table['>'] = CharacterEscapes.ESCAPE_STANDARD;
            table['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch)) : null;
        }
    };

    private static final ObjectWriter WRITER;

    static {
        var factory = Json.MAPPER.getFactory().copy().setCharacterEscapes(ESCAPES);
        WRITER = new com.fasterxml.jackson.databind.ObjectMapper(factory).writer();
    }

    private ScriptJson() {}

    static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
