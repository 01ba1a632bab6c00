package dev.aftersales.storage.jdbc.outbox;

import dev.aftersales.common.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The payload text of an outbox event: {@code name=value} lines, absent values left out, lists
 * space-separated, {@code %} and line breaks written {@code %25}, {@code %0A}, {@code %0D}.
 */
final class Payload {

    private Payload() {
    }

    /** Writes the fields of one payload, in order. */
    static final class Writer {
        private final StringBuilder text = new StringBuilder();

        /** Adds a field unless its value is null; an empty list is left out too. */
        Writer put(String name, Object value) {
            if (value instanceof List<?> list) {
                if (list.isEmpty()) {
                    return this;
                }
                List<String> parts = new ArrayList<>();
                list.forEach(v -> parts.add(v.toString()));
                value = String.join(" ", parts);
            } else if (value instanceof Actor a) {
                value = a.kind().name() + ":" + a.id();
            }
            if (value != null) {
                text.append(name).append('=').append(escape(value.toString())).append('\n');
            }
            return this;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Reads the fields of one payload by name. */
    static final class Reader {
        private final Map<String, String> values = new LinkedHashMap<>();

        Reader(String payload) {
            for (String line : payload.split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException("a payload line is name=value");
                }
                values.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
            }
        }

        String required(String name) {
            String v = values.get(name);
            if (v == null) {
                throw new IllegalArgumentException("the payload lacks " + name);
            }
            return v;
        }

        <T> T required(String name, Function<String, T> parse) {
            return parse.apply(required(name));
        }

        <T> T optional(String name, Function<String, T> parse) {
            String v = values.get(name);
            return v == null ? null : parse.apply(v);
        }

        <T> List<T> list(String name, Function<String, T> parse) {
            List<T> out = new ArrayList<>();
            String v = values.get(name);
            if (v != null) {
                for (String part : v.split(" ")) {
                    out.add(parse.apply(part));
                }
            }
            return out;
        }

        int integer(String name) {
            return Integer.parseInt(required(name));
        }

        Instant instant(String name) {
            return parse(required(name), Instant::parse);
        }

        Instant optionalInstant(String name) {
            String v = values.get(name);
            return v == null ? null : parse(v, Instant::parse);
        }

        LocalDate date(String name) {
            return parse(required(name), LocalDate::parse);
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type) {
            String v = values.get(name);
            return v == null ? null : Enum.valueOf(type, v);
        }

        Actor actor(String name) {
            String v = required(name);
            int colon = v.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("an actor is KIND:id, got " + v);
            }
            return new Actor(Actor.Kind.valueOf(v.substring(0, colon)), v.substring(colon + 1));
        }

        private static <T> T parse(String text, Function<String, T> parse) {
            try {
                return parse.apply(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("a date or instant of the payload is malformed", e);
            }
        }
    }

    private static String escape(String s) {
        return s.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
    }

    private static String unescape(String s) {
        return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
    }
}
