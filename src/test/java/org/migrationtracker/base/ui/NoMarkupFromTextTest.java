package org.migrationtracker.base.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No screen puts text into the page as HTML: Vaadin's components write text as text, and the ways around that
 * (Html, innerHTML, Lit or template renderers, Markdown) are not used anywhere in the application's code.
 */
class NoMarkupFromTextTest {

    private static final Pattern MARKUP_SINK = Pattern.compile(
            "new Html\\(|import com\\.vaadin\\.flow\\.component\\.Html;|innerHTML|LitRenderer|TemplateRenderer"
                    + "|import com\\.vaadin\\.flow\\.component\\.markdown|setHtmlContent|insertAdjacentHTML|outerHTML|unsafeHTML");

    /**
     * The one reviewed exception: the dashboard's batch rows are Flow elements written out by Flow's own serialisation
     * (every text and attribute escaped) and set as one property, so 50 batches cost a screen one node (docs/adr/0043;
     * BatchTableTest proves that markup in a batch name arrives as text). Any other file is still refused.
     */
    private static final Path REVIEWED = Path.of("src/main/java/org/migrationtracker/dashboard/ui/BatchTable.java");

    @Test
    void no_application_class_puts_text_into_the_page_as_html() throws IOException {
        List<String> found;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            found = files.filter(file -> file.toString().endsWith(".java")).filter(file -> !file.equals(REVIEWED))
                    .flatMap(NoMarkupFromTextTest::sinks).toList();
        }
        assertThat(found).isEmpty();
    }

    @Test
    void the_applications_own_frontend_code_sets_no_html_from_strings() throws IOException {
        List<String> found;
        try (Stream<Path> files = Files.walk(Path.of("frontend/components"))) {
            found = files.filter(file -> file.toString().endsWith(".ts") || file.toString().endsWith(".js"))
                    .flatMap(NoMarkupFromTextTest::sinks).toList();
        }
        assertThat(found).isEmpty();
    }

    private static Stream<String> sinks(Path file) {
        try {
            var lines = Files.readAllLines(file);
            return IntStream.range(0, lines.size())
                    .filter(i -> MARKUP_SINK.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
