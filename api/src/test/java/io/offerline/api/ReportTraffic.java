package io.offerline.api;

import io.offerline.core.conversion.Conversion;
import io.offerline.core.conversion.ConversionRepository;
import io.offerline.core.conversion.ConversionSlot;
import io.offerline.core.conversion.ConversionStatus;
import io.offerline.core.tracking.Click;
import io.offerline.core.tracking.ClickIds;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitCost;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.core.visitor.DeviceType;
import io.offerline.core.visitor.Visitor;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A generated traffic set written as the tracking functions write it (visits and conversions with
 * chosen times), with the numbers each event must add kept as plain parts, so a test computes
 * the expected report by summing parts, independently of the stats code.
 */
final class ReportTraffic {

    /** What one event adds, at the time that places it. */
    record Part(String workspaceId, String campaignId, String trafficSourceId, String landerId, String offerId, String networkId,
            String country, Instant at, long visits, long clicks, long conversions, BigDecimal revenue, BigDecimal cost) {
    }

    /** The expected sums of one group. */
    record Sums(long visits, long clicks, long conversions, BigDecimal revenue, BigDecimal cost) {

        static final Sums ZERO = new Sums(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

        Sums plus(Part part) {
            return new Sums(visits + part.visits, clicks + part.clicks, conversions + part.conversions, revenue.add(part.revenue),
                    cost.add(part.cost));
        }

        BigDecimal profit() {
            return revenue.subtract(cost);
        }
    }

    /**
     * Where visits go: a campaign of a traffic source (or none), through a lander (or straight) to
     * an offer of a network (or none).
     */
    record Route(String workspaceId, String campaignId, String trafficSourceId, String landerId, String offerId, String networkId) {
    }

    private static final List<String> COUNTRIES = List.of("US", "DE", "IN", "BR");
    private static final BigDecimal CPC = new BigDecimal("0.02");
    private static final BigDecimal CPA = new BigDecimal("1.50");
    private static final BigDecimal REV_SHARE_PERCENT = new BigDecimal("30");

    private final VisitRepository visits;
    private final ConversionRepository conversions;
    private final List<Part> byPostback = new ArrayList<>();
    private final List<Part> byVisit = new ArrayList<>();

    ReportTraffic(VisitRepository visits, ConversionRepository conversions) {
        this.visits = visits;
        this.conversions = conversions;
    }

    /**
     * Writes {@code count} visits on the routes between {@code from} and {@code from + span}, a
     * third of them converting up to three hours later (so some cross midnight), one in eight of
     * those declined afterwards. Each visit is priced by one of the four cost models.
     */
    void generate(Random random, List<Route> routes, Instant from, Duration span, int count) {
        for (int index = 0; index < count; index++) {
            Route route = routes.get(random.nextInt(routes.size()));
            Instant visitedAt = from.plusSeconds(random.nextLong(span.toSeconds()));
            int model = random.nextInt(4);
            Visit visit = visit(route, COUNTRIES.get(random.nextInt(COUNTRIES.size())), visitedAt, pricing(model));
            BigDecimal trafficCost = model == 1 ? CPC : BigDecimal.ZERO;
            Part arrival = new Part(route.workspaceId(), route.campaignId(), route.trafficSourceId(), route.landerId(), visit.offerId(),
                    visit.networkId(), visit.visitor().country(), visitedAt, 1, visit.offerId() == null ? 0 : 1, 0, BigDecimal.ZERO,
                    trafficCost);
            byPostback.add(arrival);
            byVisit.add(arrival);
            if (route.landerId() != null) {
                Instant clickedAt = visitedAt.plusSeconds(30);
                visits.recordClick(new Click(visit.clickId(), route.offerId(), route.networkId(), clickedAt, visit.expiresAt()));
                Part click = part(route, visit, clickedAt, 0, 1, 0, BigDecimal.ZERO, BigDecimal.ZERO);
                byPostback.add(click);
                byVisit.add(click);
            }
            if (random.nextInt(3) == 0) {
                Instant convertedAt = visitedAt.plusSeconds(random.nextInt(3 * 3_600));
                BigDecimal revenue = new BigDecimal(100 + random.nextInt(900)).movePointLeft(2);
                boolean declined = random.nextInt(8) == 0;
                convert(route, visit, "T-" + index, revenue, convertedAt, declined);
                if (!declined) {
                    BigDecimal cost = model == 2 ? CPA : model == 3 ? revenue.multiply(new BigDecimal("0.3")) : BigDecimal.ZERO;
                    byPostback.add(part(route, visit, convertedAt, 0, 0, 1, revenue, cost));
                    byVisit.add(part(route, visit, visitedAt, 0, 0, 1, revenue, cost));
                }
            }
        }
    }

    /** One visit without conversion at {@code at}, priced per click. */
    void visitAt(Route route, Instant at) {
        Visit visit = visit(route, "US", at, VisitCost.perVisit(CPC));
        byPostback.add(part(route, visit, at, 1, 1, 0, BigDecimal.ZERO, CPC));
        byVisit.add(part(route, visit, at, 1, 1, 0, BigDecimal.ZERO, CPC));
    }

    /** The expected sums per group, conversions placed by postback time or by visit time. */
    Map<String, Sums> expected(boolean byPostbackTime, Function<Part, String> group) {
        Map<String, Sums> sums = new HashMap<>();
        for (Part part : byPostbackTime ? byPostback : byVisit) {
            sums.put(group.apply(part), sums.getOrDefault(group.apply(part), Sums.ZERO).plus(part));
        }
        return sums;
    }

    private Visit visit(Route route, String country, Instant at, VisitCost pricing) {
        Visitor visitor = new Visitor(country, null, null, DeviceType.MOBILE, null, null, "Android", "14", "Chrome Mobile", null, null,
                false);
        boolean direct = route.landerId() == null;
        Visit visit = new Visit(ClickIds.next(), "account", route.workspaceId(), route.campaignId(), route.trafficSourceId(), "Main",
                route.landerId(), direct ? route.offerId() : null, direct ? route.networkId() : null, visitor, null, null, null, null, null,
                pricing, List.of(), at, at.plus(Duration.ofDays(3650)));
        visits.record(visit);
        return visit;
    }

    private void convert(Route route, Visit visit, String txid, BigDecimal revenue, Instant at, boolean declined) {
        Conversion conversion = new Conversion(visit.clickId(), ConversionSlot.txid(txid), txid, visit.accountId(), visit.workspaceId(),
                visit.campaignId(), route.offerId(), route.networkId(), null, true, true, ConversionStatus.APPROVED, revenue,
                Currency.getInstance("USD"), revenue, BigDecimal.ONE, LocalDate.ofInstant(at, ZoneOffset.UTC), false, at,
                visit.expiresAt(), visit);
        conversions.recordOnce(conversion);
        if (declined) {
            conversions.changeStatus(visit.clickId(), conversion.slot(), ConversionStatus.DECLINED);
        }
    }

    private static VisitCost pricing(int model) {
        return switch (model) {
            case 1 -> VisitCost.perVisit(CPC);
            case 2 -> new VisitCost(BigDecimal.ZERO, CPA, BigDecimal.ZERO);
            case 3 -> new VisitCost(BigDecimal.ZERO, BigDecimal.ZERO, REV_SHARE_PERCENT);
            default -> VisitCost.NONE;
        };
    }

    /** A part on the route's offer (a click, a conversion, or a visit straight to it). */
    private static Part part(Route route, Visit visit, Instant at, long visits, long clicks, long conversions, BigDecimal revenue,
            BigDecimal cost) {
        return new Part(route.workspaceId(), route.campaignId(), route.trafficSourceId(), route.landerId(), route.offerId(),
                route.networkId(), visit.visitor().country(), at, visits, clicks, conversions, revenue, cost);
    }
}
