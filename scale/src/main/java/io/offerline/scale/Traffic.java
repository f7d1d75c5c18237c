package io.offerline.scale;

import io.offerline.core.conversion.ConversionStatus;
import io.offerline.core.stats.ConversionState;
import io.offerline.core.stats.Details;
import io.offerline.core.stats.Dimensions;
import io.offerline.core.stats.StatsEvent;
import io.offerline.core.tracking.VisitCost;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The generated traffic: workspaces with their campaigns, offers, landers and traffic sources,
 * and second by second the visits, lander clicks, conversions and duplicate postbacks of the mix,
 * each on the stream shard of its click id. Every campaign's traffic source passes a zone (tracking
 * field 1) and a creative (tracking field 2); 30 % of visits have a referrer. The most popular
 * offer of each workspace has a daily click cap, the second a daily conversion cap.
 */
final class Traffic {

    static final Instant START = Instant.parse("2026-12-01T12:00:00Z");
    static final String CAP_WINDOW = "2026-12-01";

    enum Kind { VISIT, CLICK, CONVERSION, DUPLICATE_POSTBACK }

    record Offer(String id, String networkId, boolean clickCapped, boolean conversionCapped) {
    }

    record Campaign(String id, String workspaceId, String accountId, String trafficSourceId, List<String> landers, List<Offer> offers,
            List<String> paths) {
    }

    /**
     * One write of the tracking functions, at {@code at} seconds from the start: a visit, a click
     * or a conversion (a record of the stats stream) or a duplicate postback (no stats record).
     */
    record Arrival(double at, int shard, Kind kind, StatsEvent event, Campaign campaign, Offer offer) {
    }

    private static final String[] DEVICES = {"MOBILE", "DESKTOP", "TABLET"};
    private static final BigDecimal CPC = new BigDecimal("0.0125");
    private static final BigDecimal PAYOUT = new BigDecimal("2.40");
    private static final double LANDER_CAMPAIGN_SHARE = 0.5;
    private static final double MEAN_CONVERSION_DELAY_SECONDS = 120;

    private final TrafficMix mix;
    private final int shards;
    private final SplittableRandom random;
    private final List<List<Campaign>> workspaces = new ArrayList<>();
    private final Zipf workspaceSkew;
    private final Zipf campaignSkew;
    private final Zipf offerSkew = new Zipf(3, 1.0);
    private final Zipf countries = new Zipf(60, 1.1);
    private final Zipf devices = new Zipf(40, 1.2);
    private final Zipf languages = new Zipf(30, 1.3);
    private final Zipf zones;
    private final Zipf creatives = new Zipf(200, 1.0);
    private final Zipf referrers = new Zipf(5000, 1.0);
    private final PriorityQueue<Arrival> later = new PriorityQueue<>((first, second) -> Double.compare(first.at(), second.at()));
    private double owed;
    private long clickIds;

    Traffic(TrafficMix mix, int shards) {
        this.mix = mix;
        this.shards = shards;
        this.random = new SplittableRandom(mix.seed());
        this.workspaceSkew = new Zipf(mix.workspaces(), mix.workspaceSkew());
        this.campaignSkew = new Zipf(mix.campaignsPerWorkspace(), mix.campaignSkew());
        this.zones = new Zipf(mix.zones(), mix.zoneSkew());
        Zipf offerRanks = new Zipf(mix.offersPerWorkspace(), 1.0);
        for (int workspace = 0; workspace < mix.workspaces(); workspace++) {
            workspaces.add(campaigns(workspace, offerRanks));
        }
    }

    /** The id of the workspace of rank {@code rank} (0 the busiest). */
    static String workspaceId(int rank) {
        return "ws" + rank;
    }

    Zipf workspaceSkew() {
        return workspaceSkew;
    }

    private List<Campaign> campaigns(int workspace, Zipf offerRanks) {
        String workspaceId = workspaceId(workspace);
        List<Offer> offers = new ArrayList<>();
        for (int rank = 0; rank < mix.offersPerWorkspace(); rank++) {
            offers.add(new Offer(workspaceId + "-o" + rank, workspaceId + "-n" + rank % 5, rank == 0, rank == 1));
        }
        List<Campaign> campaigns = new ArrayList<>();
        for (int rank = 0; rank < mix.campaignsPerWorkspace(); rank++) {
            List<Offer> own = new ArrayList<>();
            while (own.size() < 3) {
                Offer offer = offers.get(rank < 3 ? (rank + own.size()) % offers.size() : offerRanks.next(random));
                if (!own.contains(offer)) {
                    own.add(offer);
                }
            }
            List<String> landers = rank % 2 == 0 ? List.of(workspaceId + "-l" + rank, workspaceId + "-l" + rank + "b") : List.of();
            campaigns.add(new Campaign(workspaceId + "-c" + rank, workspaceId, "acct-" + workspaceId, workspaceId + "-ts" + rank % 10,
                    landers, own, rank % 3 == 0 ? List.of("main", "test") : List.of("main")));
        }
        return campaigns;
    }

    /** Every arrival of second {@code second}, in time order; clicks and conversions of earlier visits included. */
    void second(int second, Consumer<Arrival> into) {
        owed += mix.clicksPerSecond();
        List<Arrival> arrivals = new ArrayList<>();
        for (; owed >= 1; owed--) {
            arrivals.add(visit(second + random.nextDouble()));
        }
        while (!later.isEmpty() && later.peek().at() < second + 1) {
            arrivals.add(later.poll());
        }
        arrivals.sort((first, other) -> Double.compare(first.at(), other.at()));
        arrivals.forEach(into);
    }

    private Arrival visit(double at) {
        Campaign campaign = workspaces.get(workspaceSkew.next(random)).get(campaignSkew.next(random));
        boolean viaLander = !campaign.landers().isEmpty();
        Offer offer = campaign.offers().get(offerSkew.next(random));
        int device = devices.next(random);
        String trafficSource = campaign.trafficSourceId();
        Details details = Details.of(null, random.nextDouble() < 0.3 ? "site" + referrers.next(random) + ".example" : null,
                List.of(trafficSource + "-z" + zones.next(random), "cr" + creatives.next(random)));
        Dimensions dimensions = new Dimensions(campaign.id(), viaLander ? null : offer.id(),
                viaLander ? campaign.landers().get(random.nextInt(campaign.landers().size())) : null, viaLander ? null : offer.networkId(),
                trafficSource, country(countries.next(random)), DEVICES[device % DEVICES.length], "os" + device % 7, "br" + device % 11,
                null, campaign.paths().get(random.nextInt(campaign.paths().size())), "l" + languages.next(random), null, details);
        String clickId = "k" + Long.toString(clickIds++, 36);
        StatsEvent.Visited visited = new StatsEvent.Visited(clickId, campaign.workspaceId(), dimensions, instant(at),
                random.nextDouble() < 0.03, VisitCost.perVisit(CPC));
        int shard = random.nextInt(shards);
        if (viaLander && random.nextDouble() < mix.landerClickShare() / LANDER_CAMPAIGN_SHARE) {
            double clickedAt = at + 1 + random.nextDouble() * 20;
            Dimensions clicked = new Dimensions(null, offer.id(), null, offer.networkId(), null, null, null, null, null, null);
            later.add(new Arrival(clickedAt, shard, Kind.CLICK,
                    new StatsEvent.Clicked(clickId, clicked, instant(clickedAt), null).withVisit(visited), campaign, offer));
        }
        if (random.nextDouble() < mix.conversionShare()) {
            convert(at, shard, visited, campaign, offer);
        }
        return new Arrival(at, shard, Kind.VISIT, visited, campaign, viaLander ? null : offer);
    }

    private void convert(double visitedAt, int shard, StatsEvent.Visited visited, Campaign campaign, Offer offer) {
        double convertedAt = visitedAt + 5 - Math.log(1 - random.nextDouble()) * MEAN_CONVERSION_DELAY_SECONDS;
        Dimensions converted = new Dimensions(null, offer.id(), null, offer.networkId(), null, null, null, null, null, null);
        ConversionState state = new ConversionState(ConversionStatus.APPROVED, PAYOUT, true, true);
        StatsEvent conversion = new StatsEvent.Converted(visited.clickId(), converted, instant(convertedAt), null, state, null)
                .withVisit(visited);
        later.add(new Arrival(convertedAt, shard, Kind.CONVERSION, conversion, campaign, offer));
        if (random.nextDouble() < mix.duplicatePostbackShare()) {
            double again = convertedAt + random.nextDouble() * 60;
            later.add(new Arrival(again, shard, Kind.DUPLICATE_POSTBACK, null, campaign, offer));
        }
    }

    private static String country(int rank) {
        return "" + (char) ('A' + rank / 26) + (char) ('A' + rank % 26);
    }

    static Instant instant(double seconds) {
        return START.plusNanos((long) (seconds * 1e9));
    }

    SplittableRandom random() {
        return random;
    }
}
