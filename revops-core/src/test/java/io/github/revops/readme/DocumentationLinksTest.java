package io.github.revops.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project's documentation resolves: every {@code docs/<file>.md#<heading>} that Javadoc, comments or Markdown
 * point to names a heading of that file, and every relative Markdown link names a file (and heading) of the project.
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern DOC_ANCHOR = Pattern.compile("docs/([\\w./-]+\\.md)#([\\w-]+)");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s#]+\\.md)(?:#([\\w-]+))?\\)");
    private static final Pattern NUMBERED_SECTION = Pattern.compile("METRICS\\.md( sections?)? \\d");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} +(.+?) *$");

    @Test
    void theSlugOfAHeadingIsGitHubs() {
        assertThat(slug("Customer acquisition cost (CAC)")).isEqualTo("customer-acquisition-cost-cac");
        assertThat(slug("CAC payback, magic number, LTV:CAC")).isEqualTo("cac-payback-magic-number-ltvcac");
    }

    @Test
    void everyReferenceToAHeadingOfTheDocsNamesOne() {
        List<String> broken = new ArrayList<>();
        List<Path> files = projectFiles();
        for (Path file : files) {
            Matcher matcher = DOC_ANCHOR.matcher(read(file));
            while (matcher.find()) {
                Path target = ROOT.resolve("docs").resolve(matcher.group(1));
                if (!Files.isRegularFile(target) || !headings(target).contains(matcher.group(2))) {
                    broken.add(ROOT.relativize(file) + ": " + matcher.group());
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(broken).isEmpty();
    }

    @Test
    void everyRelativeMarkdownLinkNamesAFileAndHeadingOfTheProject() {
        List<String> broken = new ArrayList<>();
        for (Path file : projectFiles()) {
            if (!file.toString().endsWith(".md")) {
                continue;
            }
            Matcher matcher = MARKDOWN_LINK.matcher(read(file));
            while (matcher.find()) {
                String link = matcher.group(1);
                if (link.contains("://")) {
                    continue;
                }
                Path target = file.getParent().resolve(link).normalize();
                boolean resolves = Files.isRegularFile(target)
                        && (matcher.group(2) == null || headings(target).contains(matcher.group(2)));
                if (!resolves) {
                    broken.add(ROOT.relativize(file) + ": " + matcher.group());
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void noSourceFilePointsToNumberedSectionsOfAFileOutsideTheProject() {
        List<String> numbered = projectFiles().stream()
                .filter(file -> file.toString().endsWith(".java"))
                .filter(file -> NUMBERED_SECTION.matcher(read(file)).find())
                .map(file -> ROOT.relativize(file).toString())
                .toList();
        assertThat(numbered).isEmpty();
    }

    private static List<Path> projectFiles() {
        try (Stream<Path> paths = Files.walk(ROOT)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> !ROOT.relativize(path).toString().matches("(.*/)?(target|\\.git|\\.mvn)/.*"))
                    .filter(path -> path.toString().endsWith(".java") || path.toString().endsWith(".md"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> headings(Path markdown) {
        Matcher matcher = HEADING.matcher(read(markdown));
        List<String> slugs = new ArrayList<>();
        while (matcher.find()) {
            slugs.add(slug(matcher.group(1)));
        }
        return slugs.stream().collect(Collectors.toSet());
    }

    private static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
