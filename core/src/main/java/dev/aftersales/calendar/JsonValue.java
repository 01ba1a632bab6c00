package dev.aftersales.calendar;

import java.util.List;
import java.util.Optional;

/**
 * A JSON value read by {@link JsonReader}, with the line and column (from 1) where it starts, so
 * that a loader can name the place of every problem it finds in the data.
 */
sealed interface JsonValue permits JsonValue.Obj, JsonValue.Arr, JsonValue.Str, JsonValue.Num, JsonValue.Bool,
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

    /** A member of an object: its name, where the name starts, and its value. */
    record Member(String name, int line, int column, JsonValue value) {
    }

    /** An object; members in the order written, names unique. */
    record Obj(List<Member> members, int line, int column) implements JsonValue {
        Optional<Member> member(String name) {
            return members.stream().filter(m -> m.name().equals(name)).findFirst();
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    /** An array. */
    record Arr(List<JsonValue> items, int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "an array";
        }
    }

    /** A string, unescaped. */
    record Str(String value, int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "a string";
        }
    }

    /** A number, as written (valid JSON number syntax). */
    record Num(String text, int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "a number";
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value, int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "a boolean";
        }
    }

    /** {@code null}. */
    record Null(int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "null";
        }
    }
}
