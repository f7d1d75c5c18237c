package io.offerline.core.network;

import io.offerline.core.common.Notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.common.InvalidInputException;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AffiliateNetworkDraftTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void toNetwork_refusesAnAttributionWindowOutsideOneToThirtyDays() {
        for (int days : new int[] {0, 31}) {
            AffiliateNetworkDraft draft = new AffiliateNetworkDraft("ws", null, "Network", null, null, null, null, null, days,
                    null, null, null);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> build(draft))
                    .isInstanceOf(io.offerline.core.common.InvalidInputException.class)
                    .satisfies(error -> assertThat(((io.offerline.core.common.InvalidInputException) error).field()).isEqualTo("attributionWindowDays"));
        }
    }

    @Test
    void toNetwork_fromATemplate_fillsOnlyTheParametersTheDraftLeavesOut() {
        AffiliateNetworkDraft draft = draft("everflow", null, "amount", null, null, List.of(), null, null);

        AffiliateNetwork network = build(draft);

        assertThat(network.clickIdParam()).isEqualTo("sub1");
        assertThat(network.payoutParam()).isEqualTo("amount");
        assertThat(network.txidParam()).isEqualTo("transaction_id");
        assertThat(network.templateKey()).isEqualTo("everflow");
    }

    @Test
    void toNetwork_keepsEverySetting_typedAndTrimmed() {
        AffiliateNetworkDraft draft = new AffiliateNetworkDraft("ws", null, "  Mega Network ", " aff_sub ", "payout", "txid", "eur",
                true, 7, List.of("203.0.113.0/24", "2001:db8::1"), "supersecret", "Pays weekly.");

        AffiliateNetwork network = build(draft);

        assertThat(network.name()).isEqualTo("Mega Network");
        assertThat(network.clickIdParam()).isEqualTo("aff_sub");
        assertThat(network.currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(network.acceptDuplicatePostbacks()).isTrue();
        assertThat(network.postbackIpAllowlist()).extracting(IpRange::toString).containsExactly("203.0.113.0/24", "2001:db8::1");
        assertThat(network.postbackSecret().matches("supersecret")).isTrue();
        assertThat(network.notes()).isEqualTo("Pays weekly.");
    }

    @Test
    void toNetwork_namesTheIndexOfTheFirstBadAllowlistEntry() {
        AffiliateNetworkDraft draft = draft(null, "aff_sub", null, null, null, List.of("203.0.113.7", "10.0.0.0/8", "nope"), null, null);

        assertRejected(draft, "postbackIpAllowlist.2", "'nope'");
    }

    @Test
    void toNetwork_rejectsAnUnknownCurrency() {
        assertRejected(draft(null, null, null, null, "XYZ", List.of(), null, null), "currency", "'XYZ'");
    }

    @Test
    void toNetwork_rejectsABadParameterName_namingTheField() {
        assertRejected(draft(null, null, "pay out", null, null, List.of(), null, null), "payoutParam", "'pay out'");
        assertRejected(draft(null, null, null, "", null, List.of(), null, null), "txidParam", "parameter name");
    }

    @Test
    void toNetwork_rejectsAnUnknownTemplate() {
        assertRejected(draft("nope", null, null, null, null, List.of(), null, null), "templateKey", "'nope'");
    }

    @Test
    void toNetwork_rejectsNotesOverTheLimit() {
        String notes = "n".repeat(Notes.MAX_LENGTH + 1);

        assertRejected(draft(null, null, null, null, null, List.of(), null, notes), "notes", "10000");
    }

    @Test
    void toNetwork_keepsTheCurrentSecret_whenTheDraftLeavesItOut_andRemovesItWhenBlank() {
        PostbackSecret current = new PostbackSecret("current-secret");

        AffiliateNetwork kept = draft(null, null, null, null, null, List.of(), null, null)
                .toNetwork("id", "acc", current, false, 2, NOW, NOW);
        AffiliateNetwork removed = draft(null, null, null, null, null, List.of(), " ", null)
                .toNetwork("id", "acc", current, false, 2, NOW, NOW);

        assertThat(kept.postbackSecret()).isEqualTo(current);
        assertThat(removed.hasPostbackSecret()).isFalse();
    }

    @Test
    void macros_areTheTemplatesWhileItsParametersAreKept_andBracedOtherwise() {
        AffiliateNetwork cake = build(draft("cake", null, "amount", null, null, List.of(), null, null));
        AffiliateNetwork custom = build(draft(null, "click", null, null, null, List.of(), null, null));

        assertThat(List.of(cake.clickIdMacro(), cake.payoutMacro(), cake.txidMacro())).containsExactly("#s2#", "{amount}", "#leadid#");
        assertThat(custom.clickIdMacro()).isEqualTo("{click}");
        assertThat(custom.payoutMacro()).isNull();
    }

    @Property
    void parameterName_isAccepted_whenItUsesOnlyTheAllowedCharacters(@ForAll("parameterNames") String name) {
        assertThat(build(draft(null, name, null, null, null, List.of(), null, null)).clickIdParam()).isEqualTo(name);
    }

    @Property
    void parameterName_isRejected_whenItHasAnyOtherCharacter(
            @ForAll("parameterNames") String name, @ForAll("forbiddenCharacters") char forbidden) {
        String spoiled = name.substring(0, name.length() / 2) + forbidden + name.substring(name.length() / 2);

        assertThatThrownBy(() -> build(draft(null, spoiled, null, null, null, List.of(), null, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Provide
    Arbitrary<String> parameterNames() {
        return Arbitraries.strings().withChars("abcXYZ019_.-").ofMinLength(1).ofMaxLength(63);
    }

    @Provide
    Arbitrary<Character> forbiddenCharacters() {
        return Arbitraries.chars().filter(character -> !Character.isWhitespace(character)
                && !String.valueOf(character).matches("[A-Za-z0-9_.-]"));
    }

    private static AffiliateNetworkDraft draft(String templateKey, String clickIdParam, String payoutParam, String txidParam,
            String currency, List<String> allowlist, String secret, String notes) {
        return new AffiliateNetworkDraft("ws", templateKey, "Network", clickIdParam, payoutParam, txidParam, currency, null, null,
                allowlist, secret, notes);
    }

    private static AffiliateNetwork build(AffiliateNetworkDraft draft) {
        return draft.toNetwork("id", "acc", null, false, 1, NOW, NOW);
    }

    private static void assertRejected(AffiliateNetworkDraft draft, String field, String messagePart) {
        assertThatThrownBy(() -> build(draft))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(messagePart)
                .satisfies(error -> assertThat(((InvalidInputException) error).field()).isEqualTo(field));
    }
}
