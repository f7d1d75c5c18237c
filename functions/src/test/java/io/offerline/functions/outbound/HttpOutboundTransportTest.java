package io.offerline.functions.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.offerline.core.outbound.DestinationRefusedException;
import io.offerline.core.outbound.OutboundTransport;
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

        assertThatThrownBy(() -> deployed.get(url, "key")).isInstanceOf(DestinationRefusedException.class)
                .hasMessageContaining("non-public address");
    }

    @Test
    void get_refusesTheLoopbackServer_beforeCallingIt_onTheDeployedConfiguration() {
        assertThatThrownBy(() -> new HttpOutboundTransport(false).get(endpoint.baseUrl() + "/pb", "key"))
                .isInstanceOf(DestinationRefusedException.class);
        assertThat(endpoint.calls()).isEmpty();
    }

    @Test
    void theContextsTransport_isTheDeployedOne_unlessLoopbackIsAllowed() {
        try (ApplicationContext deployed = ApplicationContext.run(Map.of());
                ApplicationContext local = ApplicationContext.run(Map.of("offerline.outbound.allow-loopback", "true"))) {
            assertThatThrownBy(() -> deployed.getBean(OutboundTransport.class).get(endpoint.baseUrl() + "/pb", "key"))
                    .isInstanceOf(DestinationRefusedException.class);
            assertThat(local.getBean(OutboundTransport.class).get(endpoint.baseUrl() + "/pb", "key")).isEqualTo(200);
        }
    }

    @Test
    void loopbackAllowed_stillRefusesTheMetadataEndpointAndPrivateNetworks() {
        OutboundTransport local = new HttpOutboundTransport(true);

        assertThatThrownBy(() -> local.get("http://169.254.169.254/latest/meta-data/", "key")).isInstanceOf(DestinationRefusedException.class);
        assertThatThrownBy(() -> local.get("http://10.1.2.3/pb", "key")).isInstanceOf(DestinationRefusedException.class);
    }

    @Test
    void get_sendsTheIdempotencyKey_andFollowsNoRedirect() {
        endpoint.answer(302);

        int code = new HttpOutboundTransport(true).get(endpoint.baseUrl() + "/pb?c=1", "K-1");

        assertThat(code).isEqualTo(302);
        assertThat(endpoint.calls()).containsExactly(new FakeSourceEndpoint.Call("/pb?c=1", "K-1"));
    }
}
