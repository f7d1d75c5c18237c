package io.offerline.core.lander;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.common.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanderDraftTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String URL = "https://lander.example/quiz?c={campaign_id}&z={trackingField1}";

    @Test
    void toLander_keepsEveryValue_trimmed_withTagsDeduplicatedInTheirOrder() {
        LanderDraft draft = new LanderDraft("ws", "  Quiz DE ", "  " + URL + " ", 3, "Two offers, one quiz.", List.of(" quiz", "de", "quiz"));

        Lander lander = build(draft);

        assertThat(lander.name()).isEqualTo("Quiz DE");
        assertThat(lander.url()).isEqualTo(URL);
        assertThat(lander.callsToAction()).isEqualTo(3);
        assertThat(lander.notes()).isEqualTo("Two offers, one quiz.");
        assertThat(lander.tags()).containsExactly("quiz", "de");
        assertThat(lander.workspaceId()).isEqualTo("ws");
    }

    @Test
    void toLander_hasOneCallToActionAndNoTags_whenTheDraftLeavesThemOut() {
        Lander lander = build(new LanderDraft("ws", "Plain", URL, null, " ", null));

        assertThat(lander.callsToAction()).isEqualTo(1);
        assertThat(lander.tags()).isEmpty();
        assertThat(lander.notes()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 21})
    void toLander_rejectsCallsToActionOutsideOneToTwenty(int callsToAction) {
        assertRejected(new LanderDraft("ws", "Lander", URL, callsToAction, null, List.of()), "callsToAction", "1 to 20");
    }

    @Test
    void toLander_acceptsTwentyCallsToAction() {
        assertThat(build(new LanderDraft("ws", "Lander", URL, 20, null, List.of())).callsToAction()).isEqualTo(20);
    }

    @Test
    void toLander_rejectsAnUnknownToken_andAUrlThatIsNotHttp() {
        assertRejected(new LanderDraft("ws", "Lander", "https://l.example/?x={nope}", 1, null, List.of()), "url", "{nope}");
        assertRejected(new LanderDraft("ws", "Lander", "ftp://l.example/", 1, null, List.of()), "url", "http://");
        assertRejected(new LanderDraft("ws", "Lander", " ", 1, null, List.of()), "url", "must not be empty");
    }

    @Test
    void toLander_rejectsAnEmptyName() {
        assertRejected(new LanderDraft("ws", " ", URL, 1, null, List.of()), "name", "must not be empty");
    }

    @Test
    void toLander_rejectsNotesOverTheLimit() {
        assertRejected(new LanderDraft("ws", "Lander", URL, 1, "n".repeat(10_001), List.of()), "notes", "10000");
    }

    @Test
    void toLander_namesTheIndexOfABadTag_andRejectsMoreThanFiftyTags() {
        assertRejected(new LanderDraft("ws", "Lander", URL, 1, null, List.of("ok", "  ")), "tags.1", "1 to 64");
        assertRejected(new LanderDraft("ws", "Lander", URL, 1, null, List.of("t".repeat(65))), "tags.0", "1 to 64");
        List<String> many = new ArrayList<>(Collections.nCopies(51, "x"));
        assertRejected(new LanderDraft("ws", "Lander", URL, 1, null, many), "tags", "At most 50");
    }

    @Test
    void withArchived_stepsTheVersion_andKeepsEverythingElse() {
        Lander lander = build(new LanderDraft("ws", "Lander", URL, 2, "n", List.of("a")));

        Lander archived = lander.withArchived(true, NOW.plusSeconds(60));

        assertThat(archived.archived()).isTrue();
        assertThat(archived.version()).isEqualTo(2);
        assertThat(archived.updatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(archived.withArchived(false, NOW).name()).isEqualTo(lander.name());
        assertThat(archived.createdAt()).isEqualTo(lander.createdAt());
    }

    private static Lander build(LanderDraft draft) {
        return draft.toLander("id", "acc", false, 1, NOW, NOW);
    }

    private static void assertRejected(LanderDraft draft, String field, String messagePart) {
        assertThatThrownBy(() -> build(draft))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(messagePart)
                .satisfies(error -> assertThat(((InvalidInputException) error).field()).isEqualTo(field));
    }
}
