package dev.aftersales.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The project is readable without anything outside the repository: every rule id that a source,
 * resource or document cites (EU-4, SL-16 ...) is defined in {@code docs/rules.md}; no file refers
 * to the developers' private notes (a folder named "shared" and its markdown files), only to
 * {@code docs/rules.md} and {@code docs/regulations.md}; and every link to a section of these two
 * documents names a section that exists.
 *
 * <p>Reads the files of the whole repository, from the parent of the module directory (the
 * working directory of the tests), skipping build output, version-control data and binary files.
 *
 * <p>A rule id is two capital letters, a hyphen and a number. An id whose prefix is the prefix of
 * a rule area must be defined wherever it appears. Any other such token is an error in prose
 * (comments, Javadoc, documents, resource files) but allowed inside a Java string literal, where
 * the tests use the identifiers of ownerships, events or staff as data.
 */
class RuleIdsAreDefinedTest {

    /** A definition in docs/rules.md: a heading made of the id alone. */
    private static final Pattern DEFINITION = Pattern.compile("^#{2,4} ([A-Z]{2}-[0-9]+)\\s*$", Pattern.MULTILINE);
    /** Something shaped like a rule id, not part of a longer token (S-CS-1, UTF-8, SL-10 for SL-1). */
    private static final Pattern RULE_ID = Pattern.compile("(?<![\\w-])([A-Z]{2})-([0-9]+)(?![\\w])");
    /** A reference to the private notes: the folder, or one of the four file names. */
    private static final Pattern PRIVATE_NOTES = Pattern.compile(
            "\\bshared[/\\\\]|\\b(?:DOMAIN|REGULATIONS|DESIGN|SERVICES)\\.md\\b");
    /** A link to a section of one of the two documents, e.g. docs/regulations.md#holidays-2025. */
    private static final Pattern SECTION_LINK = Pattern.compile("\\b(rules|regulations)\\.md#([\\w-]+)");
    /** A link inside a document to one of its own sections. */
    private static final Pattern OWN_SECTION_LINK = Pattern.compile("\\]\\(#([\\w-]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+?)\\s*$", Pattern.MULTILINE);

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(
            "target", ".git", ".idea", ".vscode", ".settings", "node_modules");
    private static final long LARGEST_FILE = 2_000_000;

    private static Path root;
    private static Set<String> defined;
    private static Set<String> areas;
    private static List<ProjectFile> files;

    record ProjectFile(Path path, String text) {
        String name() {
            return root.relativize(path).toString().replace('\\', '/');
        }

        boolean isJava() {
            return path.getFileName().toString().endsWith(".java");
        }
    }

    record Finding(String file, int line, String what) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + what;
        }
    }

    @BeforeAll
    static void readRepository() throws IOException {
        root = Path.of("").toAbsolutePath().getParent();
        Path rules = root.resolve("docs/rules.md");
        assertTrue(Files.isRegularFile(rules) && Files.isRegularFile(root.resolve("pom.xml")),
                "the tests run in a module directory of the repository, found no docs/rules.md under " + root);
        defined = new TreeSet<>();
        Matcher m = DEFINITION.matcher(Files.readString(rules));
        while (m.find()) {
            defined.add(m.group(1));
        }
        areas = defined.stream().map(id -> id.substring(0, 2)).collect(Collectors.toCollection(TreeSet::new));
        files = new ArrayList<>();
        walk(root);
    }

    private static void walk(Path dir) throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.sorted().toList();
        }
        for (Path p : entries) {
            if (Files.isSymbolicLink(p)) {
                continue;
            }
            if (Files.isDirectory(p)) {
                if (!SKIPPED_DIRECTORIES.contains(p.getFileName().toString())) {
                    walk(p);
                }
            } else if (Files.isRegularFile(p) && Files.size(p) <= LARGEST_FILE
                    && !p.getFileName().toString().equals(".git")) {
                text(p).ifPresent(t -> files.add(new ProjectFile(p, t)));
            }
        }
    }

    /** The file as UTF-8 text, or empty for a binary file. */
    private static Optional<String> text(Path p) {
        try {
            byte[] bytes = Files.readAllBytes(p);
            for (byte b : bytes) {
                if (b == 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("docs/rules.md defines the rules of every area, and the files to check were found")
    void rulesAreDefined() {
        assertTrue(defined.containsAll(Set.of("EU-4", "RP-2", "CP-5", "SL-16")), "definitions found: " + defined);
        Set<String> names = files.stream().map(ProjectFile::name).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("README.md", "core/pom.xml", "docs/regulations.md")),
                "the repository's files are among the " + files.size() + " files read");
        assertTrue(files.stream().filter(ProjectFile::isJava).count() > 100, "the Java sources were read");
    }

    @Test
    @DisplayName("every rule id cited in a source, resource or document is defined in docs/rules.md")
    void everyCitedRuleIsDefined() {
        List<Finding> undefined = new ArrayList<>();
        for (ProjectFile f : files) {
            String prose = f.isJava() ? withoutStringLiterals(f.text()) : f.text();
            Matcher m = RULE_ID.matcher(f.text());
            while (m.find()) {
                String id = m.group(1) + "-" + Integer.parseInt(m.group(2));
                boolean cited = areas.contains(m.group(1)) || prose.charAt(m.start()) != ' ';
                if (cited && !defined.contains(m.group())) {
                    undefined.add(new Finding(f.name(), line(f.text(), m.start()),
                            m.group() + (id.equals(m.group()) ? "" : " (write " + id + ")")
                                    + " is not defined in docs/rules.md"));
                }
            }
        }
        assertTrue(undefined.isEmpty(), "rule ids without a definition:\n" + join(undefined));
    }

    @Test
    @DisplayName("no file refers to notes outside the repository: docs/rules.md and docs/regulations.md instead")
    void noReferenceOutsideTheRepository() {
        List<Finding> found = new ArrayList<>();
        for (ProjectFile f : files) {
            Matcher m = PRIVATE_NOTES.matcher(f.text());
            while (m.find()) {
                found.add(new Finding(f.name(), line(f.text(), m.start()),
                        "'" + m.group() + "' is not in the repository: cite docs/rules.md or docs/regulations.md"));
            }
        }
        assertTrue(found.isEmpty(), "references to files outside the repository:\n" + join(found));
    }

    @Test
    @DisplayName("every link to a section of docs/rules.md or docs/regulations.md names an existing section")
    void sectionLinksResolve() throws IOException {
        Set<String> rulesSections = sections(root.resolve("docs/rules.md"));
        Set<String> regulationsSections = sections(root.resolve("docs/regulations.md"));
        assertFalse(regulationsSections.isEmpty(), "docs/regulations.md has sections");
        List<Finding> broken = new ArrayList<>();
        for (ProjectFile f : files) {
            Matcher m = SECTION_LINK.matcher(f.text());
            while (m.find()) {
                Set<String> sections = m.group(1).equals("rules") ? rulesSections : regulationsSections;
                if (!sections.contains(m.group(2))) {
                    broken.add(new Finding(f.name(), line(f.text(), m.start()),
                            m.group() + ": no such section in docs/" + m.group(1) + ".md"));
                }
            }
        }
        for (ProjectFile f : files) {
            Set<String> own = f.name().equals("docs/rules.md") ? rulesSections
                    : f.name().equals("docs/regulations.md") ? regulationsSections : null;
            Matcher m = own == null ? null : OWN_SECTION_LINK.matcher(f.text());
            while (m != null && m.find()) {
                if (!own.contains(m.group(1))) {
                    broken.add(new Finding(f.name(), line(f.text(), m.start()),
                            "#" + m.group(1) + ": no such section in " + f.name()));
                }
            }
        }
        assertTrue(broken.isEmpty(), "links to missing sections:\n" + join(broken));
    }

    /** The anchors a Markdown renderer gives the headings of a document (GitHub's rule). */
    private static Set<String> sections(Path doc) throws IOException {
        Set<String> anchors = new TreeSet<>();
        Matcher m = HEADING.matcher(Files.readString(doc));
        while (m.find()) {
            anchors.add(m.group(1).toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
                    .replaceAll("\\s", "-"));
        }
        return anchors;
    }

    /**
     * The Java source with the content of its string, text-block and character literals blanked
     * (each character becomes a space, line ends are kept); comments are left as they are.
     */
    static String withoutStringLiterals(String source) {
        StringBuilder out = new StringBuilder(source);
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                int stop = end < 0 ? n : end;
                blank(out, i + 3, stop);
                i = end < 0 ? n : end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                blank(out, i + 1, Math.min(j, n));
                i = j + 1;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int k = from; k < to; k++) {
            if (out.charAt(k) != '\n') {
                out.setCharAt(k, ' ');
            }
        }
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int k = 0; k < offset; k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String join(List<Finding> findings) {
        return findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
    }
}
