package io.offerline.core.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.campaign.CostModel;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitCost;
import io.offerline.core.trafficsource.SourcePostback;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.visitor.DeviceType;
import io.offerline.core.visitor.Visitor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SourcePostbacksTest {

    private static final Instant AT = Instant.parse("2026-11-25T12:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void delivery_fillsEveryMacro_percentEncoded_withThePayoutScaled() {
        TrafficSource source = source(new SourcePostback("https://src.example/pb?e={external_id}&c={click_id}&p={payout}&cur={currency}"
                + "&t={txid}&ct={conversion_type}&s={status}&f1={trackingField1}&f3={trackingField3}", new BigDecimal("50"), 100, Set.of(), Set.of()));

        OutboundDelivery delivery = SourcePostbacks.delivery(conversion("APPROVED", "sale"), visit("ext 1&x", List.of("z/1")), source)
                .orElseThrow();

        assertThat(delivery.url()).isEqualTo("https://src.example/pb?e=ext%201%26x&c=click-1&p=2.10&cur=EUR&t=T-1&ct=sale&s=APPROVED"
                + "&f1=z%2F1&f3=");
        assertThat(delivery.attempt()).isEqualTo(1);
        assertThat(delivery.convertedAt()).isEqualTo(AT);
    }

    @Test
    void delivery_isNone_forATypeOrStatusTheSourceDoesNotTake() {
        TrafficSource leads = source(new SourcePostback("https://src.example/pb", null, 100, Set.of("lead"), Set.of()));

        assertThat(SourcePostbacks.delivery(conversion("APPROVED", "sale"), visit("e", List.of()), leads)).isEmpty();
        assertThat(SourcePostbacks.delivery(conversion("PENDING", "lead"), visit("e", List.of()), leads)).isEmpty();
        assertThat(SourcePostbacks.delivery(conversion("APPROVED", "lead"), visit("e", List.of()), leads)).isPresent();
    }

    @Test
    void sample_takesAboutThePercentSent_andTheSameConversionsEveryTime() {
        List<ConversionNotice> conversions = IntStream.range(0, 2000).mapToObj(index -> new ConversionNotice("click-" + index, "SINGLE",
                null, "acc", "camp", null, "APPROVED", BigDecimal.ONE, EUR, AT)).toList();

        long sampled = conversions.stream().filter(conversion -> SourcePostbacks.sampled(conversion, 30)).count();
        long again = conversions.stream().filter(conversion -> SourcePostbacks.sampled(conversion, 30)).count();

        assertThat(sampled).isBetween(520L, 680L).isEqualTo(again);
        assertThat(conversions).allMatch(conversion -> SourcePostbacks.sampled(conversion, 100));
        assertThat(conversions).noneMatch(conversion -> SourcePostbacks.sampled(conversion, 0));
    }

    @Test
    void key_differsByStatusAndSource_andIsStable() {
        TrafficSource source = source(new SourcePostback("https://src.example/pb", null, 100, Set.of(), Set.of("APPROVED", "DECLINED")));
        String approved = key(conversion("APPROVED", null), source);

        assertThat(key(conversion("APPROVED", null), source)).isEqualTo(approved).matches("[A-Za-z0-9_-]{22}");
        assertThat(key(conversion("DECLINED", null), source)).isNotEqualTo(approved);
    }

    @Test
    void payout_isScaledHalfEven_andShownWithCents() {
        assertThat(SourcePostbacks.payout(new BigDecimal("4.20"), BigDecimal.valueOf(100))).hasToString("4.20");
        assertThat(SourcePostbacks.payout(new BigDecimal("1"), new BigDecimal("33.3333333"))).hasToString("0.333333");
        assertThat(SourcePostbacks.payout(new BigDecimal("10"), BigDecimal.ZERO)).hasToString("0.00");
    }

    private static String key(ConversionNotice conversion, TrafficSource source) {
        return SourcePostbacks.delivery(conversion, visit("e", List.of()), source).orElseThrow().key();
    }

    private static ConversionNotice conversion(String status, String type) {
        return new ConversionNotice("click-1", "TX#T-1", "T-1", "acc", "camp", type, status, new BigDecimal("4.20"), EUR, AT);
    }

    private static Visit visit(String externalId, List<String> trackingFields) {
        Visitor visitor = new Visitor("DE", null, null, DeviceType.DESKTOP, null, null, null, null, null, null, null, false);
        return new Visit("click-1", "acc", "ws", "camp", "ts", "Main", null, "offer", null, visitor, null, null, null, externalId, null,
                new VisitCost(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO), trackingFields, AT, AT.plusSeconds(86_400));
    }

    private static TrafficSource source(SourcePostback postback) {
        return new TrafficSource("ts", "acc", "ws", "Push", null, null, List.of(), CostModel.notTracked(EUR), postback, null, null, false, 1,
                AT, AT);
    }
}
