package dev.aftersales.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What the build publishes, read from the poms of the checkout (the tests run in the examples
 * module's directory): the BOM pins every published artifact and only those, at the project's
 * version; programs are not installed or deployed; the licence is stated once and the same
 * everywhere.
 */
class PublishedArtifactsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    @DisplayName("the BOM manages exactly the published modules, at the project's version")
    void bomManagesEveryPublishedArtifact() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        String version = text(parent.getDocumentElement(), "version");
        TreeSet<String> published = new TreeSet<>();
        for (String module : children(child(parent.getDocumentElement(), "modules"), "module")) {
            Document pom = read(ROOT.resolve(module).resolve("pom.xml"));
            Element project = pom.getDocumentElement();
            boolean skipped = "true".equals(property(project, "maven.deploy.skip"));
            if (!module.equals("bom") && !skipped) {
                published.add(text(project, "artifactId"));
            }
        }
        assertEquals(new TreeSet<>(List.of("aftersales-core", "aftersales-storage-jdbc", "aftersales-storage-memory",
                "aftersales-testkit")), published);

        Element bom = read(ROOT.resolve("bom/pom.xml")).getDocumentElement();
        assertEquals("aftersales-bom", text(bom, "artifactId"));
        assertEquals("pom", text(bom, "packaging"));
        assertEquals(version, text(bom, "version"), "the BOM's version is the project's");
        assertEquals(null, child(bom, "parent"), "the BOM imports no versions of the build's own dependencies");
        TreeSet<String> managed = new TreeSet<>();
        Element dependencies = child(child(bom, "dependencyManagement"), "dependencies");
        for (Element dependency : elements(dependencies, "dependency")) {
            assertEquals("dev.aftersales", text(dependency, "groupId"));
            assertEquals("${project.version}", text(dependency, "version"));
            managed.add(text(dependency, "artifactId"));
        }
        assertEquals(published, managed);
    }

    @Test
    @DisplayName("examples and benchmarks are neither installed nor deployed")
    void programsAreNotPublished() throws Exception {
        for (String module : List.of("examples", "benchmarks")) {
            Element project = read(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement();
            assertEquals("true", property(project, "maven.install.skip"), module);
            assertEquals("true", property(project, "maven.deploy.skip"), module);
        }
    }

    @Test
    @DisplayName("Apache License 2.0: the LICENSE file, and the same licence, url and scm in the parent and the BOM")
    void licence() throws Exception {
        String licence = Files.readString(ROOT.resolve("LICENSE"));
        assertTrue(licence.contains("Apache License") && licence.contains("Version 2.0, January 2004"));
        assertTrue(Files.exists(ROOT.resolve("NOTICE")));
        for (Path pom : List.of(ROOT.resolve("pom.xml"), ROOT.resolve("bom/pom.xml"))) {
            Element project = read(pom).getDocumentElement();
            Element license = child(child(project, "licenses"), "license");
            assertEquals("Apache-2.0", text(license, "name"), pom.toString());
            assertEquals("https://www.apache.org/licenses/LICENSE-2.0.txt", text(license, "url"));
            assertEquals("https://github.com/aftersales-dev/aftersales", text(project, "url"));
            assertEquals("https://github.com/aftersales-dev/aftersales", text(child(project, "scm"), "url"));
            assertTrue(child(project, "developers") != null, pom.toString());
        }
        Document parent = read(ROOT.resolve("pom.xml"));
        String footer = parent.getElementsByTagName("bottom").item(0).getTextContent();
        assertTrue(footer.contains("Licensed under the Apache License, Version 2.0") && !footer.contains("All rights reserved"),
                "the Javadoc footer replaces the default's 'All rights reserved': " + footer);
    }

    private static Document read(Path pom) throws Exception {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read " + pom + " (the tests run in the examples module's directory)", e);
        }
    }

    private static String property(Element project, String name) {
        Element properties = child(project, "properties");
        return properties == null ? null : text(properties, name);
    }

    private static Element child(Element parent, String name) {
        List<Element> found = elements(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> elements(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> children(Element parent, String name) {
        return elements(parent, name).stream().map(e -> e.getTextContent().trim()).toList();
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }
}
