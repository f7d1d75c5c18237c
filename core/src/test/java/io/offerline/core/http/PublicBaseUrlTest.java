package io.offerline.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicBaseUrlTest {

    @Test
    void of_isTheConfiguredUrlWithoutTrailingSlashes_whenOneIsConfigured() {
        assertThat(PublicBaseUrl.of("https://track.example.com//", "http", "other.example")).isEqualTo("https://track.example.com");
    }

    @Test
    void of_isTheRequestsHostOverHttps_whenNoneIsConfigured() {
        assertThat(PublicBaseUrl.of(" ", null, "track.example.com")).isEqualTo("https://track.example.com");
        assertThat(PublicBaseUrl.of(null, "https", "track.example.com")).isEqualTo("https://track.example.com");
    }

    @Test
    void of_isHttp_whenTheRequestWasForwardedOverHttp() {
        assertThat(PublicBaseUrl.of("", "HTTP", "127.0.0.1:8080")).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void of_namesLocalhost_whenTheRequestHasNoHost() {
        assertThat(PublicBaseUrl.of(null, null, null)).isEqualTo("https://localhost");
    }
}
