package io.offerline.core.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.campaign.Arrival;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.PathRule;
import io.offerline.core.campaign.RuleDimension;
import io.offerline.core.campaign.RuleOperator;
import io.offerline.core.campaign.WeightedLander;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.visitor.DeviceType;
import io.offerline.core.visitor.Visitor;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class DirectPathSelectorTest {

    private static final PathRule GERMANY = new PathRule(RuleDimension.COUNTRY, RuleOperator.IN, List.of("DE"));
    private static final PathRule MOBILE = new PathRule(RuleDimension.DEVICE_TYPE, RuleOperator.IN, List.of("MOBILE"));

    @Test
    void select_takesTheFirstPathHoldingTheLanderWhoseRulesMatch() {
        List<CampaignPath> paths = List.of(
                path("Germany, other lander", List.of(GERMANY), "other"),
                path("Mobile", List.of(MOBILE), "quiz"),
                path("Germany", List.of(GERMANY), "quiz"),
                path("Everyone", List.of(), "quiz"));

        Optional<CampaignPath> chosen = DirectPathSelector.select(paths, holdsLander("quiz"), Arrival.of(visitor("DE", DeviceType.DESKTOP)));

        assertThat(chosen).map(CampaignPath::name).contains("Germany");
    }

    @Test
    void select_prefersAMatchingRuledPath_toAnEarlierPathWithoutRules() {
        List<CampaignPath> paths = List.of(path("Everyone", List.of(), "quiz"), path("Germany", List.of(GERMANY), "quiz"));

        assertThat(DirectPathSelector.select(paths, holdsLander("quiz"), Arrival.of(visitor("DE", DeviceType.DESKTOP))))
                .map(CampaignPath::name).contains("Germany");
        assertThat(DirectPathSelector.select(paths, holdsLander("quiz"), Arrival.of(visitor("FR", DeviceType.DESKTOP))))
                .map(CampaignPath::name).contains("Everyone");
    }

    @Test
    void select_fallsBackToTheFirstPathHoldingThePage_whenNoRulesMatch() {
        List<CampaignPath> paths = List.of(
                path("Elsewhere", List.of(), "other"),
                path("Mobile", List.of(MOBILE), "quiz"),
                path("Germany", List.of(GERMANY), "quiz"));

        Optional<CampaignPath> chosen = DirectPathSelector.select(paths, holdsLander("quiz"), Arrival.of(visitor("FR", DeviceType.DESKTOP)));

        assertThat(chosen).map(CampaignPath::name).contains("Mobile");
    }

    @Test
    void select_ignoresWeights_becauseTheVisitorIsAlreadyOnThePage() {
        List<CampaignPath> paths = List.of(new CampaignPath("Paused", 0, List.of(), List.of(), List.of(new WeightedOffer("offer-1", 0))));

        Optional<CampaignPath> chosen = DirectPathSelector.select(paths, holdsOffer("offer-1"), Arrival.of(Visitor.UNKNOWN));

        assertThat(chosen).map(CampaignPath::name).contains("Paused");
    }

    @Test
    void select_findsNothing_whenNoPathHoldsThePage() {
        List<CampaignPath> paths = List.of(path("Main", List.of(), "quiz"));

        assertThat(DirectPathSelector.select(paths, holdsLander("unknown"), Arrival.of(Visitor.UNKNOWN))).isEmpty();
        assertThat(DirectPathSelector.select(paths, holdsOffer("offer-9"), Arrival.of(Visitor.UNKNOWN))).isEmpty();
    }

    private static CampaignPath path(String name, List<PathRule> rules, String landerId) {
        return new CampaignPath(name, 1, rules, List.of(new WeightedLander(landerId, 1)), List.of(new WeightedOffer("offer-1", 1)));
    }

    private static Predicate<CampaignPath> holdsLander(String landerId) {
        return path -> path.landers().stream().anyMatch(lander -> lander.landerId().equals(landerId));
    }

    private static Predicate<CampaignPath> holdsOffer(String offerId) {
        return path -> path.offers().stream().anyMatch(offer -> offer.offerId().equals(offerId));
    }

    private static Visitor visitor(String country, DeviceType deviceType) {
        return new Visitor(country, null, null, deviceType, null, null, null, null, null, null, null, false);
    }
}
