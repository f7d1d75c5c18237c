package io.offerline.core.trafficsource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.campaign.CostModel;
import io.offerline.core.campaign.CostType;
import io.offerline.core.common.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TrafficSourceDraftTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final CostModel NOT_TRACKED = CostModel.notTracked(Currency.getInstance("USD"));
    private static final TrafficSourceParameter CLICK_ID = new TrafficSourceParameter("clickid", "{clickid}");
    private static final TrafficSourceParameter COST = new TrafficSourceParameter("cost", "{cost}");
    private static final TrackingFieldParameter ZONE = new TrackingFieldParameter("zone", "zoneid", "{zoneid}");
    private static final TrackingFieldParameter CREATIVE = new TrackingFieldParameter("creative", "bannerid", "[BANNER_ID]");

    @Test
    void trackingQuery_listsExternalIdThenCostThenTrackingFields() {
        TrafficSource source = build(draft(CLICK_ID, COST, List.of(ZONE, CREATIVE)));

        assertThat(source.trackingQuery()).isEqualTo("clickid={clickid}&cost={cost}&zoneid={zoneid}&bannerid=[BANNER_ID]");
    }

    @Test
    void trackingQuery_skipsWhatTheSourceDoesNotPass_andIsEmptyWithoutParameters() {
        assertThat(build(draft(null, COST, List.of(ZONE))).trackingQuery()).isEqualTo("cost={cost}&zoneid={zoneid}");
        assertThat(build(draft(CLICK_ID, null, List.of())).trackingQuery()).isEqualTo("clickid={clickid}");
        assertThat(build(draft(null, null, null)).trackingQuery()).isEmpty();
    }

    @Test
    void toTrafficSource_trimsNamesParametersAndMacros() {
        TrafficSourceDraft draft = new TrafficSourceDraft("ws", "  PropellerAds ", new TrafficSourceParameter(" clickid ", " ${SUBID} "),
                null, List.of(new TrackingFieldParameter(" zone ", " zoneid", "{zoneid} ")), NOT_TRACKED, "  ");

        TrafficSource source = build(draft);

        assertThat(source.name()).isEqualTo("PropellerAds");
        assertThat(source.externalId()).isEqualTo(new TrafficSourceParameter("clickid", "${SUBID}"));
        assertThat(source.trackingFields()).containsExactly(ZONE);
        assertThat(source.notes()).isNull();
    }

    @Test
    void trackingFieldToken_isNumberedFromOne() {
        assertThat(TrafficSource.trackingFieldToken(0)).isEqualTo("{trackingField1}");
        assertThat(TrafficSource.trackingFieldToken(19)).isEqualTo("{trackingField20}");
    }

    @Test
    void toTrafficSource_acceptsTwentyTrackingFields_andRejectsTwentyOne() {
        assertThat(build(draft(null, null, fields(20))).trackingFields()).hasSize(20);

        assertRejected(draft(null, null, fields(21)), "trackingFields", "At most 20");
    }

    @Test
    void toTrafficSource_rejectsABadParameterName_namingItsPlace() {
        assertRejected(draft(new TrafficSourceParameter("click id", "{clickid}"), null, List.of()), "externalId.parameter", "'click id'");
        assertRejected(draft(null, new TrafficSourceParameter("c".repeat(65), "{cost}"), List.of()), "cost.parameter", "1 to 64");
        assertRejected(draft(null, null, List.of(ZONE, new TrackingFieldParameter("site", "", "{site}"))),
                "trackingFields.1.parameter", "parameter name");
    }

    @Test
    void toTrafficSource_rejectsAMacroThatIsEmptyTooLongOrBreaksTheQuery() {
        assertRejected(draft(new TrafficSourceParameter("clickid", " "), null, List.of()), "externalId.macro", "1 to 128");
        assertRejected(draft(null, new TrafficSourceParameter("cost", "m".repeat(129)), List.of()), "cost.macro", "1 to 128");
        assertRejected(draft(null, null, List.of(new TrackingFieldParameter("zone", "zoneid", "{zone}&x=1"))),
                "trackingFields.0.macro", "&");
        assertRejected(draft(null, null, List.of(new TrackingFieldParameter("zone", "zoneid", "{zone id}"))),
                "trackingFields.0.macro", "spaces");
    }

    @Test
    void toTrafficSource_acceptsAMacroOfExactly128Characters() {
        assertThat(build(draft(new TrafficSourceParameter("clickid", "m".repeat(128)), null, List.of())).externalId().macro())
                .hasSize(128);
    }

    @Test
    void toTrafficSource_rejectsATrackingFieldWithoutName() {
        assertRejected(draft(null, null, List.of(new TrackingFieldParameter(" ", "zoneid", "{zoneid}"))), "trackingFields.0.name",
                "must not be empty");
    }

    @Test
    void toTrafficSource_rejectsAParameterUsedTwice_namingTheLaterUse() {
        assertRejected(draft(CLICK_ID, new TrafficSourceParameter("clickid", "{cost}"), List.of()), "cost.parameter", "externalId");
        assertRejected(draft(CLICK_ID, COST, List.of(ZONE, new TrackingFieldParameter("zone 2", "zoneid", "{zone2}"))),
                "trackingFields.1.parameter", "trackingFields.0");
        assertRejected(draft(null, COST, List.of(new TrackingFieldParameter("cost", " cost ", "{c}"))), "trackingFields.0.parameter",
                "'cost'");
    }

    @Test
    void toTrafficSource_rejectsAutoCost_whenTheSourcePassesNoCost() {
        CostModel auto = new CostModel(CostType.AUTO, BigDecimal.ZERO, Currency.getInstance("EUR"));

        assertRejected(new TrafficSourceDraft("ws", "Source", CLICK_ID, null, List.of(), auto, null), "defaultCostModel.type", "AUTO");
        assertThat(build(new TrafficSourceDraft("ws", "Source", CLICK_ID, COST, List.of(), auto, null)).defaultCostModel())
                .isEqualTo(auto);
    }

    @Test
    void toTrafficSource_rejectsAnEmptyName_andNotesOverTheLimit() {
        assertRejected(new TrafficSourceDraft("ws", "", null, null, null, NOT_TRACKED, null), "name", "must not be empty");
        assertRejected(new TrafficSourceDraft("ws", "Source", null, null, null, NOT_TRACKED, "n".repeat(10_001)), "notes", "10000");
    }

    @Test
    void withArchived_stepsTheVersion_andKeepsTheParameters() {
        TrafficSource source = build(draft(CLICK_ID, COST, List.of(ZONE)));

        TrafficSource archived = source.withArchived(true, NOW.plusSeconds(5));

        assertThat(archived.archived()).isTrue();
        assertThat(archived.version()).isEqualTo(2);
        assertThat(archived.trackingQuery()).isEqualTo(source.trackingQuery());
    }

    @Property
    void trackingQuery_hasOneParameterPerTrackingField_inTheirOrder(@ForAll("fieldCounts") int count) {
        TrafficSource source = build(draft(null, null, fields(count)));

        String expected = String.join("&", IntStream.range(0, count).mapToObj(index -> "p" + index + "={m" + index + "}").toList());
        assertThat(source.trackingQuery()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Integer> fieldCounts() {
        return Arbitraries.integers().between(0, TrafficSource.MAX_TRACKING_FIELDS);
    }

    private static List<TrackingFieldParameter> fields(int count) {
        return IntStream.range(0, count).mapToObj(index -> new TrackingFieldParameter("field " + index, "p" + index, "{m" + index + "}"))
                .toList();
    }

    private static TrafficSourceDraft draft(TrafficSourceParameter externalId, TrafficSourceParameter cost,
            List<TrackingFieldParameter> trackingFields) {
        return new TrafficSourceDraft("ws", "Source", externalId, cost, trackingFields, NOT_TRACKED, null);
    }

    private static TrafficSource build(TrafficSourceDraft draft) {
        return draft.toTrafficSource("id", "acc", false, 1, NOW, NOW);
    }

    private static void assertRejected(TrafficSourceDraft draft, String field, String messagePart) {
        assertThatThrownBy(() -> build(draft))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(messagePart)
                .satisfies(error -> assertThat(((InvalidInputException) error).field()).isEqualTo(field));
    }
}
