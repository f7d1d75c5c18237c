package io.offerline.functions;

import static io.offerline.functions.Redirects.clickIdOf;
import static io.offerline.functions.Redirects.location;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.PathRule;
import io.offerline.core.campaign.RuleDimension;
import io.offerline.core.campaign.RuleOperator;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.offer.Offer;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.core.visitor.ConnectionType;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import io.offerline.functions.detect.TestMmdb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Path rules on the visitor's network and place, the referrer's domain and a tracking field, on
 * the real redirect: the visitor's address goes through the bundled ASN table and a configured
 * city database (a small file the test writes), and each visitor is sent down the path its value
 * names.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitorNetworkRulesIT {

    /** Addresses whose networks the bundled table names (see AsnTableTest). */
    private static final String T_MOBILE = "172.58.0.1";
    private static final String TELEKOM = "80.187.0.1";
    private static final String COMCAST = "73.0.0.1";
    private static final String TELEFONICA_MUNICH = "5.6.7.8";

    private TrackingWorld world;
    private VisitHandler visits;
    private VisitRepository repository;
    private Campaign campaign;
    private Path cityDatabase;

    @BeforeAll
    void start(TestDynamo dynamo) throws IOException {
        cityDatabase = Files.createTempFile("city", ".mmdb");
        new TestMmdb("dbip-city-ipv4").network("5.6.7.0", 24, Map.of("country_code", "DE", "state1", "Bavaria", "city", "Munich"))
                .write(cityDatabase);
        world = new TrackingWorld(dynamo, Map.of("offerline.geo.city-databases", cityDatabase.toString()));
        visits = new VisitHandler(world.context);
        repository = world.context.getBean(VisitRepository.class);
        List<CampaignPath> paths = new ArrayList<>();
        paths.add(ruled("Mobile data", RuleDimension.CONNECTION_TYPE, "MOBILE"));
        paths.add(ruled("Telekom", RuleDimension.ISP, "deutsche telekom ag"));
        paths.add(ruled("News readers", RuleDimension.REFERRER_DOMAIN, "news.example"));
        paths.add(ruled("Zone 123", RuleDimension.TRACKING_FIELD_1, "zone123"));
        paths.add(ruled("Munich", RuleDimension.CITY, "Munich"));
        paths.add(new CampaignPath("Rest", 1, List.of(new WeightedOffer(offer("Rest").id(), 1))));
        campaign = world.campaign(world.draft(world.trafficSource().id(), paths));
    }

    @AfterAll
    void stop() throws IOException {
        world.close();
        Files.deleteIfExists(cityDatabase);
    }

    @Test
    void visit_fromAMobileCarrier_takesTheConnectionTypePath_andStoresItsNetwork() {
        Visit visit = visit(T_MOBILE, Map.of(), Map.of());

        assertThat(visit.pathName()).isEqualTo("Mobile data");
        assertThat(visit.visitor().isp()).isEqualTo("T-Mobile USA, Inc.");
        assertThat(visit.visitor().connectionType()).isEqualTo(ConnectionType.MOBILE);
    }

    @Test
    void visit_fromANamedIsp_takesTheIspPath() {
        assertThat(visit(TELEKOM, Map.of(), Map.of()).pathName()).isEqualTo("Telekom");
    }

    @Test
    void visit_fromAReferrerDomain_takesTheReferrerPath() {
        assertThat(visit(COMCAST, Map.of("referer", "https://News.Example/story?id=1"), Map.of()).pathName()).isEqualTo("News readers");
    }

    @Test
    void visit_withATrackingFieldValue_takesTheTrackingFieldPath() {
        assertThat(visit(COMCAST, Map.of(), Map.of("zoneid", "zone123")).pathName()).isEqualTo("Zone 123");
        assertThat(visit(COMCAST, Map.of(), Map.of("zoneid", "zone124")).pathName()).isEqualTo("Rest");
    }

    @Test
    void visit_fromACityOfTheCityDatabase_takesTheCityPath_andStoresRegionAndCity() {
        Visit visit = visit(TELEFONICA_MUNICH, Map.of(), Map.of());

        assertThat(visit.pathName()).isEqualTo("Munich");
        assertThat(visit.visitor().region()).isEqualTo("Bavaria");
        assertThat(visit.visitor().city()).isEqualTo("Munich");
        assertThat(visit.visitor().connectionType()).isEqualTo(ConnectionType.OTHER);
    }

    @Test
    void visit_matchingNoRule_takesThePathWithoutRules() {
        Visit visit = visit(COMCAST, Map.of(), Map.of());

        assertThat(visit.pathName()).isEqualTo("Rest");
        assertThat(visit.visitor().isp()).isEqualTo("Comcast Cable Communications, LLC");
        assertThat(visit.visitor().city()).isNull();
    }

    private CampaignPath ruled(String name, RuleDimension dimension, String value) {
        return new CampaignPath(name, 1, List.of(new PathRule(dimension, RuleOperator.IN, List.of(value))), List.of(),
                List.of(new WeightedOffer(offer(name).id(), 1)));
    }

    private Offer offer(String name) {
        return world.offer("https://offer.example/" + name.replace(' ', '-') + "?cid={cf_click_id}", "1");
    }

    /** A visit from {@code ip} (the event's only referrer is the one given), and the visit it recorded. */
    private Visit visit(String ip, Map<String, String> headers, Map<String, String> query) {
        APIGatewayV2HTTPEvent event = Events.load("visit.json", Map.of("CAMPAIGN_ID", campaign.id()));
        event.getHeaders().remove("referer");
        event.getHeaders().remove("x-forwarded-for");
        event.getHeaders().putAll(headers);
        event.getRequestContext().getHttp().setSourceIp(ip);
        event.setQueryStringParameters(new HashMap<>(query));
        event.setRawQueryString(null);
        return repository.find(clickIdOf(location(visits.handleRequest(event, null)))).orElseThrow();
    }
}
