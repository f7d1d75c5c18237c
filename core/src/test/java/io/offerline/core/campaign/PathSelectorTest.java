package io.offerline.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.visitor.ConnectionType;
import io.offerline.core.visitor.DeviceType;
import io.offerline.core.visitor.Visitor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PathSelectorTest {

    private static final CampaignPath DACH_MOBILE = new CampaignPath("DACH mobile", 1, List.of(
            new PathRule(RuleDimension.COUNTRY, RuleOperator.IN, List.of("de", "AT")),
            new PathRule(RuleDimension.DEVICE_TYPE, RuleOperator.NOT_IN, List.of("DESKTOP"))), List.of(), offers());
    private static final CampaignPath GERMAN_SPEAKERS = new CampaignPath("German speakers", 1, List.of(
            new PathRule(RuleDimension.LANGUAGE, RuleOperator.IN, List.of("de"))), List.of(), offers());
    private static final CampaignPath PAUSED_RULE = new CampaignPath("Paused", 0, List.of(
            new PathRule(RuleDimension.OS, RuleOperator.IN, List.of("iOS"))), List.of(), offers());
    private static final CampaignPath MAJOR = new CampaignPath("Major", 3, offers());
    private static final CampaignPath MINOR = new CampaignPath("Minor", 1, offers());
    private static final List<CampaignPath> PATHS = List.of(PAUSED_RULE, DACH_MOBILE, GERMAN_SPEAKERS, MAJOR, MINOR);

    @Test
    void select_takesTheFirstPathWhoseRulesAllMatch() {
        assertThat(select(visitor("DE", DeviceType.MOBILE, "iOS", "de-DE"))).isEqualTo(DACH_MOBILE);
        assertThat(select(visitor("DE", DeviceType.DESKTOP, "Windows", "de-DE"))).isEqualTo(GERMAN_SPEAKERS);
        assertThat(select(visitor("CH", DeviceType.MOBILE, "Android", "de"))).isEqualTo(GERMAN_SPEAKERS);
    }

    @Test
    void select_neverTakesARulePathOfWeightZero() {
        assertThat(select(visitor("US", DeviceType.MOBILE, "iOS", "en-US"))).isIn(MAJOR, MINOR);
    }

    @Test
    void select_treatsAnUnknownValueAsInNoList() {
        Visitor unknown = visitor(null, DeviceType.UNKNOWN, null, null);

        assertThat(select(unknown)).isIn(MAJOR, MINOR);
        assertThat(new PathRule(RuleDimension.COUNTRY, RuleOperator.NOT_IN, List.of("DE")).matches(Arrival.of(unknown))).isTrue();
    }

    @Test
    void matches_ruleOnTheVisitorsNetworkPlaceReferrerOrTrackingField_comparesThatValue() {
        Visitor visitor = visitor("US", DeviceType.MOBILE, "iOS", "en-US")
                .withNetwork("T-Mobile USA, Inc.", ConnectionType.MOBILE, "Texas", "Austin");
        Arrival arrival = new Arrival(visitor, "news.example", java.util.Arrays.asList("zone123", null, "site-7"));

        assertThat(rule(RuleDimension.ISP, "t-mobile usa, inc.").matches(arrival)).isTrue();
        assertThat(rule(RuleDimension.ISP, "T-Mobile").matches(arrival)).isFalse();
        assertThat(rule(RuleDimension.CONNECTION_TYPE, "mobile").matches(arrival)).isTrue();
        assertThat(rule(RuleDimension.CONNECTION_TYPE, "HOSTING").matches(arrival)).isFalse();
        assertThat(rule(RuleDimension.REGION, "Texas").matches(arrival)).isTrue();
        assertThat(rule(RuleDimension.CITY, "Dallas").matches(arrival)).isFalse();
        assertThat(rule(RuleDimension.REFERRER_DOMAIN, "NEWS.example").matches(arrival)).isTrue();
        assertThat(rule(RuleDimension.TRACKING_FIELD_1, "zone123").matches(arrival)).isTrue();
        assertThat(rule(RuleDimension.TRACKING_FIELD_3, "zone123").matches(arrival)).isFalse();
        assertThat(rule(RuleDimension.TRACKING_FIELD_2, "zone123").matches(arrival)).isFalse();
        assertThat(rule(RuleDimension.TRACKING_FIELD_20, "zone123").matches(arrival)).isFalse();
    }

    @Test
    void matches_unknownNetworkReferrerOrTrackingField_isInNoList() {
        Arrival unknown = Arrival.of(Visitor.UNKNOWN);

        for (RuleDimension dimension : List.of(RuleDimension.ISP, RuleDimension.CONNECTION_TYPE, RuleDimension.REFERRER_DOMAIN,
                RuleDimension.TRACKING_FIELD_1)) {
            assertThat(rule(dimension, "x").matches(unknown)).isFalse();
            assertThat(new PathRule(dimension, RuleOperator.NOT_IN, List.of("x")).matches(unknown)).isTrue();
        }
    }

    @Test
    void select_sharesTheRestByWeight_overThousandsOfVisitors() {
        SplittableRandom random = new SplittableRandom(7);
        Map<String, Integer> counts = new HashMap<>();
        Visitor american = visitor("US", DeviceType.DESKTOP, "Windows", "en-US");

        for (int visit = 0; visit < 8_000; visit++) {
            counts.merge(PathSelector.select(PATHS, Arrival.of(american), random).orElseThrow().name(), 1, Integer::sum);
        }

        // 75 % of 8,000 has a standard deviation of about 39; 5 deviations either side.
        assertThat(counts.get("Major")).isBetween(5_805, 6_195);
        assertThat(counts.keySet()).containsOnly("Major", "Minor");
    }

    private static CampaignPath select(Visitor visitor) {
        return PathSelector.select(PATHS, Arrival.of(visitor), new SplittableRandom(1)).orElseThrow();
    }

    private static PathRule rule(RuleDimension dimension, String value) {
        return new PathRule(dimension, RuleOperator.IN, List.of(value));
    }

    private static Visitor visitor(String country, DeviceType deviceType, String os, String language) {
        return new Visitor(country, null, null, deviceType, null, null, os, null, null, null, language, false);
    }

    private static List<WeightedOffer> offers() {
        return List.of(new WeightedOffer("offer", 1));
    }
}
