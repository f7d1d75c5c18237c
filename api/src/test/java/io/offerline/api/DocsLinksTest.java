package io.offerline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every relative link of the README and the guides leads to a file that exists, and to a heading of it. */
class DocsLinksTest {

    private static final Pattern GUIDE_MENTION = Pattern.compile("docs/[A-Za-z0-9_-]+\\.md(#[A-Za-z0-9_-]+)?");

    @Test
    void everyRelativeLink_resolves() {
        List<Path> files = Docs.files();

        assertThat(files).extracting(Docs::name).contains("README.md", "docs/architecture.md", "docs/api.md");
        assertThat(files.stream().flatMap(file -> MarkdownLinks.broken(Docs.ROOT, file).stream())).isEmpty();
    }

    @Test
    void everyGuideTheSchemaNames_exists() {
        Path schema = Docs.ROOT.resolve("schema.graphqls");
        List<String> mentions = GUIDE_MENTION.matcher(Docs.read(schema)).results().map(MatchResult::group).toList();

        assertThat(mentions).hasSizeGreaterThanOrEqualTo(4);
        assertThat(mentions).allSatisfy(target -> assertThat(MarkdownLinks.problem(Docs.ROOT, schema, target)).as(target).isNull());
    }

    @Test
    void brokenLinks_nameAMissingFileAndAMissingHeading(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/guide.md"), "# Guide\n\n## Two words\n");
        Path readme = Files.writeString(root.resolve("README.md"), """
                # Readme

                See [the guide](docs/guide.md#two-words), [a section](#readme) and [the site](https://example.com/x.md).
                A [moved guide](docs/gone.md), a [renamed heading](docs/guide.md#three-words) and [an escape](../x.md).
                ```sh
                echo "[not a link](nowhere.md)"
                ```
                Nor is `[this](nowhere.md)`.
                """);

        assertThat(MarkdownLinks.broken(root, readme)).containsExactly(
                "README.md:4: docs/gone.md: no such file",
                "README.md:4: docs/guide.md#three-words: no heading with anchor #three-words",
                "README.md:4: ../x.md: outside the repository");
    }

    @Test
    void anchors_followGitHubsRules() {
        String markdown = """
                # Walkthrough: one offer, one visit, one conversion
                ## 4. Reports: reading a 30-day report over 100,000 cells
                ## `ReportInput` and [entity](x.md) stats ##
                ## Examples
                ## Examples
                ```sh
                # 1. A comment in a code block is not a heading
                ```
                """;

        assertThat(MarkdownLinks.anchors(markdown)).containsExactly(
                "walkthrough-one-offer-one-visit-one-conversion",
                "4-reports-reading-a-30-day-report-over-100000-cells",
                "reportinput-and-entity-stats",
                "examples",
                "examples-1");
    }
}
