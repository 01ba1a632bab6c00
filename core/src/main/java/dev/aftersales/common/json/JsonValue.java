package dev.aftersales.common.json;

import java.util.List;
import java.util.Optional;

/**
 * A JSON value read by {@link JsonReader}, with the line and column (from 1) where it starts, so
 * that a loader can name the place of every problem it finds in the data. Internal: not part of
 * the library's API.
 */
public sealed interface JsonValue permits JsonValue.Obj, JsonValue.Arr, JsonValue.Str, JsonValue.Num, JsonValue.Bool,
        JsonValue.Null {

    /**
     * Gets the line the value starts on.
     *
     * @return the line, from 1
     */
    int line();

    /**
     * Gets the column the value starts at.
     *
     * @return the column, from 1
     */
    int column();

    /**
     * Names the kind of value for messages: {@code an object}, {@code a string} ...
     *
     * @return the kind with its article
     */
    String kind();

    /**
     * Names the kind of value for Chinese messages: {@code 对象}, {@code 字符串} ...
     *
     * @return the kind
     */
    String kindZh();

    /**
     * A member of an object: its name, where the name starts, and its value.
     *
     * @param name   the name, unescaped
     * @param line   the line of the name
     * @param column the column of the name
     * @param value  the value
     */
    record Member(String name, int line, int column, JsonValue value) {
    }

    /**
     * An object; members in the order written, names unique.
     *
     * @param members the members
     * @param line    the line of its '{'
     * @param column  the column of its '{'
     */
    record Obj(List<Member> members, int line, int column) implements JsonValue {
        /**
         * Finds a member by name.
         *
         * @param name the name
         * @return the member, or empty
         */
        public Optional<Member> member(String name) {
            return members.stream().filter(m -> m.name().equals(name)).findFirst();
        }

        @Override
        public String kind() {
            return "an object";
        }

        @Override
        public String kindZh() {
            return "对象";
        }
    }

    /**
     * An array.
     *
     * @param items  the items, in order
     * @param line   the line of its '['
     * @param column the column of its '['
     */
    record Arr(List<JsonValue> items, int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "an array";
        }

        @Override
        public String kindZh() {
            return "数组";
        }
    }

    /**
     * A string, unescaped.
     *
     * @param value  the text
     * @param line   the line of its opening quote
     * @param column the column of its opening quote
     */
    record Str(String value, int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "a string";
        }

        @Override
        public String kindZh() {
            return "字符串";
        }
    }

    /**
     * A number, as written (valid JSON number syntax).
     *
     * @param text   the number's text
     * @param line   its line
     * @param column its column
     */
    record Num(String text, int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "a number";
        }

        @Override
        public String kindZh() {
            return "数字";
        }
    }

    /**
     * {@code true} or {@code false}.
     *
     * @param value  the value
     * @param line   its line
     * @param column its column
     */
    record Bool(boolean value, int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "a boolean";
        }

        @Override
        public String kindZh() {
            return "布尔值";
        }
    }

    /**
     * {@code null}.
     *
     * @param line   its line
     * @param column its column
     */
    record Null(int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "null";
        }

        @Override
        public String kindZh() {
            return "null";
        }
    }
}
