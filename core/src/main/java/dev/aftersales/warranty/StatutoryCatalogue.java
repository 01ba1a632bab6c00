package dev.aftersales.warranty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of components with their statutory minimum terms (rules WA-1, WA-5), loaded from
 * data. The built-in one ({@link #builtIn()}) is the resource {@code statutory-terms.txt} of this
 * package, drawn from docs/regulations.md. Its entries are presets: the 1998 clause that longer
 * state periods prevail and the scope of "other parts" are unconfirmed, so an estate can add
 * longer grants and components of its own ({@link WarrantySettings}), and a user can load a
 * catalogue of their own with {@link #parse(String, String)}.
 *
 * <p>Format: one component per line, {@code key | owner's minimum | contractor's minimum | rule |
 * English name | Chinese name}; {@code #} starts a comment; periods as {@link WarrantyPeriod#parse}.
 */
public final class StatutoryCatalogue {

    private static final String RESOURCE = "statutory-terms.txt";

    private final Map<String, StatutoryTerm> terms;

    private StatutoryCatalogue(Map<String, StatutoryTerm> terms) {
        this.terms = terms;
    }

    /**
     * Loads the built-in catalogue.
     *
     * @return the catalogue
     */
    public static StatutoryCatalogue builtIn() {
        try (InputStream in = StatutoryCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a catalogue.
     *
     * @param source the source name used in error messages
     * @param text   the catalogue text
     * @return the catalogue
     * @throws WarrantyCatalogueFormatException naming the line, if a line is malformed or a key repeats
     */
    public static StatutoryCatalogue parse(String source, String text) {
        Map<String, StatutoryTerm> terms = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length != 6) {
                throw new WarrantyCatalogueFormatException(source, i + 1,
                        "expected 6 fields separated by '|', got " + f.length,
                        "应有以 '|' 分隔的 6 个字段，实际为 " + f.length + " 个");
            }
            StatutoryTerm term;
            try {
                Component c = Component.of(f[0].strip(), f[4].strip(), f[5].strip());
                String rule = f[3].strip();
                if (!rule.matches("WA-[0-9]+")) {
                    throw new IllegalArgumentException("rule: a WA rule id, got '" + rule + "'");
                }
                term = new StatutoryTerm(c, WarrantyPeriod.parse(f[1]), WarrantyPeriod.parse(f[2]), rule);
            } catch (IllegalArgumentException e) {
                throw new WarrantyCatalogueFormatException(source, i + 1, e.getMessage());
            }
            if (terms.putIfAbsent(term.component().key(), term) != null) {
                throw new WarrantyCatalogueFormatException(source, i + 1,
                        "component " + term.component().key() + " is listed twice",
                        "部位 " + term.component().key() + " 重复列出");
            }
        }
        return new StatutoryCatalogue(Map.copyOf(terms));
    }

    /**
     * Finds a component's statutory term.
     *
     * @param key the component key
     * @return the term, or empty if the catalogue does not list the component
     */
    public Optional<StatutoryTerm> find(String key) {
        return Optional.ofNullable(terms.get(key));
    }

    /**
     * Gets a component's statutory term.
     *
     * @param key the component key
     * @return the term
     * @throws IllegalArgumentException if the catalogue does not list the component
     */
    public StatutoryTerm get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("component: not in the catalogue: " + key));
    }

    /**
     * Lists the entries.
     *
     * @return the entries, sorted by key
     */
    public List<StatutoryTerm> terms() {
        List<StatutoryTerm> all = new ArrayList<>(terms.values());
        all.sort(java.util.Comparator.comparing(t -> t.component().key()));
        return List.copyOf(all);
    }
}
