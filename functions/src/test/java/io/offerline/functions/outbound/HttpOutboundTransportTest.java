package io.offerline.functions.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.offerline.core.outbound.DestinationRefusedException;
import io.offerline.core.outbound.OutboundDelivery;
import io.offerline.core.outbound.OutboundTransport;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpOutboundTransportTest {

    private final FakeSourceEndpoint endpoint = new FakeSourceEndpoint();

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:1/pb", "http://localhost:1/pb", "http://[::1]:1/pb", "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.5/pb", "http://172.16.3.4/pb", "http://192.168.1.1/pb", "http://100.64.0.1/pb", "http://[fd00::1]/pb",
            "http://0.0.0.0/pb", "http://[::ffff:127.0.0.1]/pb"})
    void get_refusesNonPublicDestinations_onTheDeployedConfiguration(String url) {
        OutboundTransport deployed = new HttpOutboundTransport(false);

        assertThatThrownBy(() -> get(deployed, url)).isInstanceOf(DestinationRefusedException.class)
                .hasMessageContaining("non-public address");
    }

    @Test
    void get_refusesTheLoopbackServer_beforeCallingIt_onTheDeployedConfiguration() {
        assertThatThrownBy(() -> get(new HttpOutboundTransport(false), endpoint.baseUrl() + "/pb"))
                .isInstanceOf(DestinationRefusedException.class);
        assertThat(endpoint.calls()).isEmpty();
    }

    @Test
    void theContextsTransport_isTheDeployedOne_unlessLoopbackIsAllowed() {
        try (ApplicationContext deployed = ApplicationContext.run(Map.of());
                ApplicationContext local = ApplicationContext.run(Map.of("offerline.outbound.allow-loopback", "true"))) {
            assertThatThrownBy(() -> get(deployed.getBean(OutboundTransport.class), endpoint.baseUrl() + "/pb"))
                    .isInstanceOf(DestinationRefusedException.class);
            assertThat(get(local.getBean(OutboundTransport.class), endpoint.baseUrl() + "/pb")).isEqualTo(200);
        }
    }

    @Test
    void loopbackAllowed_stillRefusesTheMetadataEndpointAndPrivateNetworks() {
        OutboundTransport local = new HttpOutboundTransport(true);

        assertThatThrownBy(() -> get(local, "http://169.254.169.254/latest/meta-data/")).isInstanceOf(DestinationRefusedException.class);
        assertThatThrownBy(() -> get(local, "http://10.1.2.3/pb")).isInstanceOf(DestinationRefusedException.class);
    }

    @Test
    void get_sendsTheIdempotencyKey_andFollowsNoRedirect() {
        endpoint.answer(302);

        int code = new HttpOutboundTransport(true).send(new OutboundDelivery("K-1", "acc", "ts", "click", null, endpoint.baseUrl() + "/pb?c=1",
                Instant.EPOCH, 1));

        assertThat(code).isEqualTo(302);
        assertThat(endpoint.calls()).containsExactly(new FakeSourceEndpoint.Call("/pb?c=1", "K-1"));
    }

    @Test
    void send_postsABodyAsJson_withTheDeliverysHeaders() {
        new HttpOutboundTransport(true).send(new OutboundDelivery("K-2", "acc", "ts", "click", null, endpoint.baseUrl() + "/event/track/",
                Map.of("Access-Token", "token-of-the-pixel"), "{\"a\":1}", Instant.EPOCH, 1));

        assertThat(endpoint.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.body()).isEqualTo("{\"a\":1}");
            assertThat(request.headers()).containsEntry("content-type", "application/json").containsEntry("access-token", "token-of-the-pixel")
                    .containsEntry("idempotency-key", "K-2");
        });
    }

    private static int get(OutboundTransport transport, String url) {
        return transport.send(new OutboundDelivery("key", "acc", "ts", "click", null, url, Instant.EPOCH, 1));
    }
}
