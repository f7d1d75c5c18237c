package io.offerline.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(new PathRule(RuleDimension.COUNTRY, RuleOperator.NOT_IN, List.of("DE")).matches(unknown)).isTrue();
    }

    @Test
    void select_sharesTheRestByWeight_overThousandsOfVisitors() {
        SplittableRandom random = new SplittableRandom(7);
        Map<String, Integer> counts = new HashMap<>();
        Visitor american = visitor("US", DeviceType.DESKTOP, "Windows", "en-US");

        for (int visit = 0; visit < 8_000; visit++) {
            counts.merge(PathSelector.select(PATHS, american, random).orElseThrow().name(), 1, Integer::sum);
        }

        // 75 % of 8,000 has a standard deviation of about 39; 5 deviations either side.
        assertThat(counts.get("Major")).isBetween(5_805, 6_195);
        assertThat(counts.keySet()).containsOnly("Major", "Minor");
    }

    private static CampaignPath select(Visitor visitor) {
        return PathSelector.select(PATHS, visitor, new SplittableRandom(1)).orElseThrow();
    }

    private static Visitor visitor(String country, DeviceType deviceType, String os, String language) {
        return new Visitor(country, null, null, deviceType, null, null, os, null, null, null, language, false);
    }

    private static List<WeightedOffer> offers() {
        return List.of(new WeightedOffer("offer", 1));
    }
}
