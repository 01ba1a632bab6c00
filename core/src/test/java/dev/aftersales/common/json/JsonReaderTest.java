package dev.aftersales.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shared strict JSON reader names every syntax error in English and Chinese (rules SL-1,
 * SL-13: calendar years and policies as JSON).
 */
class JsonReaderTest {

    private static JsonSyntaxException fails(String text) {
        return assertThrows(JsonSyntaxException.class, () -> JsonReader.read(text, false));
    }

    @Test
    @DisplayName("SL-1, SL-13 a syntax error is named at its line and column, in English and in Chinese")
    void errorsInBothLanguages() {
        JsonSyntaxException e = fails("{\n  \"a\": 1,\n  \"a\": 2\n}");
        assertEquals(List.of(3, 3), List.of(e.line(), e.column()));
        assertEquals("duplicate member 'a' (also at line 2, column 3)", e.english());
        assertEquals("成员 'a' 重复（另见第 2 行第 3 列）", e.chinese());
        e = fails("[1, 2,]");
        assertEquals("trailing ',' before ']'", e.english());
        assertEquals("']' 之前多了一个 ','", e.chinese());
        e = fails("{\"a\": tru}");
        assertEquals("unexpected 't': did you mean 'true'?", e.english());
        assertEquals("意外的 't'：是否应为 'true'？", e.chinese());
    }

    @Test
    @DisplayName("SL-13 an escaped unpaired surrogate is refused strictly, and read where a format must carry any string")
    void loneSurrogateEscapes() {
        assertEquals("unpaired surrogate escape \\uD800", fails("\"a\\uD800b\"").english());
        assertEquals("unpaired surrogate escape \\uDC00", fails("\"\\uDC00\"").english());
        assertEquals(new JsonValue.Str("a\uD800b", 1, 1), JsonReader.read("\"a\\uD800b\"", true));
        assertEquals(new JsonValue.Str("\uDC00\uD800", 1, 1), JsonReader.read("\"\\uDC00\\uD800\"", true));
        assertEquals(new JsonValue.Str("\uD800\uD83D\uDE00", 1, 1), JsonReader.read("\"\\uD800\\uD83D\\uDE00\"", true));
        assertEquals(new JsonValue.Str("\uD83D\uDE00", 1, 1), JsonReader.read("\"\\uD83D\\uDE00\"", false));
        assertEquals("unpaired surrogate character inside a string",
                assertThrows(JsonSyntaxException.class, () -> JsonReader.read("\"\uD800\"", true)).english());
    }
}
