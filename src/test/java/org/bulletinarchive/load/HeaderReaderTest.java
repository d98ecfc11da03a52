package org.bulletinarchive.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.bulletinarchive.Samples;
import org.jbake.app.Parser;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's own header reader reads every content file as JBake's parser does, or leaves the file to it. */
class HeaderReaderTest {

    @TempDir
    Path tmp;

    JBakeConfiguration config;

    @BeforeEach
    void configure() {
        DefaultJBakeConfiguration c = (DefaultJBakeConfiguration) new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(Samples.PROJECT.toFile(), tmp.resolve("out").toFile(), false);
        config = c;
        HeaderOnlyEngine.register();
    }

    /** Reads {@code file} both ways and checks they agree; returns whether the reader read it itself. */
    static boolean readsAsJBake(JBakeConfiguration config, Path file) throws IOException {
        List<String> lines = ContentText.lines(Files.readAllBytes(file), file.toString());
        DocumentModel ours = new HeaderReader(config).read(lines);
        DocumentModel jbake = new Parser(config).processFile(file.toFile());
        if (ours == null) {
            return false;
        }
        assertThat(jbake).as("JBake reads %s", file).isNotNull();
        Map<String, Object> expected = comparable(jbake);
        expected.remove("body");
        assertThat(comparable(ours)).as("the header of %s", file).isEqualTo(expected);
        return true;
    }

    /** The values with arrays (the tags) as lists, so that equal contents compare equal. */
    private static Map<String, Object> comparable(Map<String, Object> doc) {
        Map<String, Object> out = new TreeMap<>();
        doc.forEach((k, v) -> out.put(k, v instanceof Object[] array ? List.of(array) : v));
        return out;
    }

    @Test
    void everyCommittedContentFileIsReadAsJBakeReadsIt() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Samples.CONTENT)) {
            files = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            // every imported file has the plain form: none is left to JBake's slower parser
            assertThat(readsAsJBake(config, file)).as("read without JBake's parser: %s", file).isTrue();
        }
    }

    @Test
    void everyOtherFormOfHeaderIsReadAsJBakeReadsItOrLeftToJBake() throws IOException {
        Path entry;
        try (Stream<Path> walk = Files.walk(Samples.CONTENT)) {
            entry = walk.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("index.md")).sorted().findFirst()
                    .orElseThrow();
        }
        String text = Files.readString(entry);
        List<UnaryOperator<String>> forms = List.of(
                t -> t.replace("\n", "\r\n"),
                t -> "\uFEFF" + t,
                t -> t.replace("status=published", "status = published"),
                t -> t.replace("status=published", "  status=published  "),
                t -> t.replace("type=entry", "type = entry"),
                t -> t.replace("type=entry", "type="),
                t -> t.replace("status=published\n", ""),
                t -> t.replace("status=published", "status=draft"),
                t -> t.replaceFirst("date=", "Date="),
                t -> t.replaceFirst("date=", "date=not a date\nx="),
                t -> t.replaceFirst("date=[^\n]*\n", ""),
                t -> t.replaceFirst("date=([0-9-]+)", "date=$1 extra"),
                t -> t.replace("type=entry", "type=entry\n\ntitle=again\ntitle=twice"),
                t -> t.replace("type=entry", "type=entry\nnote={\"a\":1}"),
                t -> t.replace("type=entry", "type=entry\ntags=a, b c"),
                t -> t.replace("type=entry", "type=entry\ncached=true"),
                t -> t.replace("type=entry", "type=entry\na line without an equals sign"),
                t -> t.replace("type=entry", "type=entry\n=no key\nkey=a=b"),
                t -> t.replace("~~~~~~", "~~~~~~  "),
                t -> t.replace("~~~~~~", "  ~~~~~~"),
                t -> t.replace("~~~~~~", "type=entry\n ~~~~~~ \n~~~~~~"),
                t -> t.replace("~~~~~~", ""),
                t -> t.replace("~~~~~~", "~~~~~~\n~~~~~~"));
        int own = 0;
        for (int i = 0; i < forms.size(); i++) {
            Path file = tmp.resolve("form-" + i + ".md");
            String form = forms.get(i).apply(text);
            assertThat(form).as("form %d changes the file", i).isNotEqualTo(text);
            Files.writeString(file, form, StandardCharsets.UTF_8);
            if (readsAsJBake(config, file)) {
                own++;
            }
        }
        // the forms an editor's hand makes of a plain header are read here too, not all left to JBake
        assertThat(own).isGreaterThanOrEqualTo(8);
    }
}
