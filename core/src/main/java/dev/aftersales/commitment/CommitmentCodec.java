package dev.aftersales.commitment;

import dev.aftersales.calendar.CalendarRef;
import dev.aftersales.common.Actor;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.WaitingReason;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text form of a commitment's history and firings, for storage adapters that keep them in one
 * column (the in-memory store keeps the values themselves). One entry per line, fields separated by
 * {@code |}, instants in ISO-8601, absent values empty; {@code %}, {@code |} and line breaks inside
 * a field are written {@code %25}, {@code %7C}, {@code %0A} and {@code %0D}. Decoding what was
 * encoded gives equal values. Holds identifiers, enums and instants only (rule EU-4).
 *
 * <pre>
 * started|2025-01-26T06:00:00Z|ASSIGN|cp5-dispatch-24h||
 * paused|2025-01-27T02:00:00Z|FOR_OWNER
 * resumed|2025-02-06T05:30:00Z
 * agreed|2025-02-06T07:00:00Z|2025-02-12T10:00:00Z|staff:S-7|AGREE_NEW_TIME|7
 * agreed-after-breach|...|...|staff:S-7|AGREE_NEW_TIME|C-9|7
 * stopped|2025-02-11T03:00:00Z|RETURN_RESULT
 * recomputed|...|cn-office@v1|cn-office@v2|before|after
 * re-evaluated|...|p@1|p@2|staff:lead|before|after
 * </pre>
 * and for firings {@code WARNING|1|scheduled|recorded}. The last field of an agreement is the
 * ticket timeline entry holding its reason (rule SL-11); it is left out when unknown, and lines
 * written before it was kept (without it) still decode, with entry 0.
 */
public final class CommitmentCodec {

    private CommitmentCodec() {
    }

    /**
     * Encodes a history.
     *
     * @param history the entries
     * @return the text, one line per entry
     * @throws NullPointerException if {@code history} or an entry is null
     */
    public static String encodeHistory(List<CommitmentInput> history) {
        StringBuilder b = new StringBuilder();
        for (CommitmentInput in : history) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(line(Objects.requireNonNull(in, "entry")));
        }
        return b.toString();
    }

    private static String line(CommitmentInput in) {
        if (in instanceof CommitmentInput.Started s) {
            return join("started", s.at(), s.step(), s.afterTerm(), s.agreedFrom(), s.agreedDeadline());
        }
        if (in instanceof CommitmentInput.Paused p) {
            return join("paused", p.at(), p.reason());
        }
        if (in instanceof CommitmentInput.Resumed r) {
            return join("resumed", r.at());
        }
        if (in instanceof CommitmentInput.DeadlineAgreed g) {
            return g.entry() == 0 ? join("agreed", g.at(), g.agreed(), g.by(), g.step())
                    : join("agreed", g.at(), g.agreed(), g.by(), g.step(), g.entry());
        }
        if (in instanceof CommitmentInput.AgreedAfterBreach g) {
            return g.entry() == 0 ? join("agreed-after-breach", g.at(), g.agreed(), g.by(), g.step(), g.successor())
                    : join("agreed-after-breach", g.at(), g.agreed(), g.by(), g.step(), g.successor(), g.entry());
        }
        if (in instanceof CommitmentInput.Stopped x) {
            return join("stopped", x.at(), x.step());
        }
        if (in instanceof CommitmentInput.Recomputed r) {
            return join("recomputed", r.at(), r.from(), r.to(), r.deadlineBefore(), r.deadlineAfter());
        }
        CommitmentInput.ReEvaluated r = (CommitmentInput.ReEvaluated) in;
        return join("re-evaluated", r.at(), r.from(), r.to(), r.by(), r.deadlineBefore(), r.deadlineAfter());
    }

    /**
     * Decodes a history.
     *
     * @param text the text of {@link #encodeHistory}
     * @return the entries
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if a line is malformed, naming the line
     */
    public static List<CommitmentInput> decodeHistory(String text) {
        List<CommitmentInput> out = new ArrayList<>();
        if (Objects.requireNonNull(text, "text").isEmpty()) {
            return out;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            try {
                out.add(entry(fields(lines[i])));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("history line " + (i + 1) + " is malformed: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static CommitmentInput entry(String[] f) {
        switch (f[0]) {
            case "started":
                arity(f, 6);
                return new CommitmentInput.Started(instant(f[1]), step(f[2]), f[3].isEmpty() ? null : f[3],
                        commitment(f[4]), instant(f[5]));
            case "paused":
                arity(f, 3);
                return new CommitmentInput.Paused(instant(f[1]), WaitingReason.valueOf(f[2]));
            case "resumed":
                arity(f, 2);
                return new CommitmentInput.Resumed(instant(f[1]));
            case "agreed":
                arity(f, 5, 6);
                return new CommitmentInput.DeadlineAgreed(instant(f[1]), instant(f[2]), actor(f[3]), step(f[4]),
                        entry(f, 5));
            case "agreed-after-breach":
                arity(f, 6, 7);
                return new CommitmentInput.AgreedAfterBreach(instant(f[1]), instant(f[2]), actor(f[3]), step(f[4]),
                        commitment(f[5]), entry(f, 6));
            case "stopped":
                arity(f, 3);
                return new CommitmentInput.Stopped(instant(f[1]), step(f[2]));
            case "recomputed":
                arity(f, 6);
                return new CommitmentInput.Recomputed(instant(f[1]), calendar(f[2]), calendar(f[3]), instant(f[4]),
                        instant(f[5]));
            case "re-evaluated":
                arity(f, 7);
                return new CommitmentInput.ReEvaluated(instant(f[1]), PolicyRef.parse(f[2]), PolicyRef.parse(f[3]),
                        actor(f[4]), instant(f[5]), instant(f[6]));
            default:
                throw new IllegalArgumentException("unknown entry '" + f[0] + "'");
        }
    }

    /**
     * Encodes firings.
     *
     * @param firings the firings
     * @return the text, one line per firing
     * @throws NullPointerException if {@code firings} or a firing is null
     */
    public static String encodeFirings(List<Firing> firings) {
        StringBuilder b = new StringBuilder();
        for (Firing f : firings) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(join(f.kind().name(), f.level(), f.scheduledAt(), f.recordedAt()));
        }
        return b.toString();
    }

    /**
     * Decodes firings.
     *
     * @param text the text of {@link #encodeFirings}
     * @return the firings
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if a line is malformed, naming the line
     */
    public static List<Firing> decodeFirings(String text) {
        List<Firing> out = new ArrayList<>();
        if (Objects.requireNonNull(text, "text").isEmpty()) {
            return out;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            try {
                String[] f = fields(lines[i]);
                arity(f, 4);
                out.add(new Firing(FiringKind.valueOf(f[0]), Integer.parseInt(f[1]), instant(f[2]), instant(f[3])));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("firing line " + (i + 1) + " is malformed: " + e.getMessage(), e);
            }
        }
        return out;
    }

    // ---- fields --------------------------------------------------------------------------------

    private static String join(Object... values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append('|');
            }
            b.append(escape(text(values[i])));
        }
        return b.toString();
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Actor a) {
            return a.kind().name().toLowerCase(Locale.ROOT) + ":" + a.id();
        }
        return v.toString();
    }

    private static String escape(String s) {
        return s.replace("%", "%25").replace("|", "%7C").replace("\n", "%0A").replace("\r", "%0D");
    }

    private static String unescape(String s) {
        return s.replace("%0D", "\r").replace("%0A", "\n").replace("%7C", "|").replace("%25", "%");
    }

    private static String[] fields(String line) {
        String[] raw = line.split("\\|", -1);
        for (int i = 0; i < raw.length; i++) {
            raw[i] = unescape(raw[i]);
        }
        return raw;
    }

    private static void arity(String[] f, int n) {
        if (f.length != n) {
            throw new IllegalArgumentException("'" + f[0] + "' has " + n + " fields, got " + f.length);
        }
    }

    private static void arity(String[] f, int n, int orN) {
        if (f.length != n && f.length != orN) {
            throw new IllegalArgumentException("'" + f[0] + "' has " + n + " or " + orN + " fields, got " + f.length);
        }
    }

    private static int entry(String[] f, int at) {
        if (f.length <= at) {
            return 0;
        }
        int entry = Integer.parseInt(f[at]);
        if (entry < 1) {
            throw new IllegalArgumentException("timeline entry is 1 or more, got " + entry);
        }
        return entry;
    }

    private static Instant instant(String s) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an instant: " + s, e);
        }
    }

    private static TicketStep step(String s) {
        return TicketStep.valueOf(s);
    }

    private static CommitmentId commitment(String s) {
        return s.isEmpty() ? null : CommitmentId.of(s);
    }

    private static Actor actor(String s) {
        int colon = s.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("an actor is kind:id, got " + s);
        }
        return new Actor(Actor.Kind.valueOf(s.substring(0, colon).toUpperCase(Locale.ROOT)), s.substring(colon + 1));
    }

    private static CalendarRef calendar(String s) {
        int at = s.indexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("a calendar reference is id@version, got " + s);
        }
        return new CalendarRef(s.substring(0, at), s.substring(at + 1));
    }
}
