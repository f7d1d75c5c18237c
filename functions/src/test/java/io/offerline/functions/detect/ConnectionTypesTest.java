package io.offerline.functions.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.visitor.ConnectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectionTypesTest {

    @ParameterizedTest(name = "AS{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "16509 | Amazon.com, Inc. | HOSTING",
        "15169 | Google LLC | HOSTING",
        "24940 | Hetzner Online GmbH | HOSTING",
        "395092 | Shock Hosting LLC | HOSTING",
        "270622 | AGINET DATACENTER INFORMATICA LTDA | HOSTING",
        "32164 | SECURED SERVERS LLC | HOSTING",
        "21928 | T-Mobile USA, Inc. | MOBILE",
        "51207 | Free Mobile SAS | MOBILE",
        "23693 | PT. Telekomunikasi Selular | MOBILE",
        "26615 | TIM S/A (Tim Celular) | MOBILE",
        "20057 | AT&T Enterprises, LLC | MOBILE",
        "22394 | Verizon Business | MOBILE",
        "55836 | Reliance Jio Infocomm Limited | MOBILE",
        "3352 | Telefónica Móviles España | MOBILE",
        "7922 | Comcast Cable Communications, LLC | OTHER",
        "3320 | Deutsche Telekom AG | OTHER",
        "3209 | Vodafone GmbH | OTHER",
        "400927 | Barger Creek Wireless | OTHER",
        "701 | Verizon Business | OTHER",
        "64500 | Mobilelink Fibre | OTHER"
    })
    void of_network_isItsConnectionType(long number, String organisation, ConnectionType expected) {
        assertThat(ConnectionTypes.of(new AutonomousSystem(number, organisation))).isEqualTo(expected);
    }

    @Test
    void of_unknownNetwork_isUnknown() {
        assertThat(ConnectionTypes.of(null)).isNull();
    }

    @Test
    void of_networkWithoutName_isOther() {
        assertThat(ConnectionTypes.of(new AutonomousSystem(64500, null))).isEqualTo(ConnectionType.OTHER);
    }
}
