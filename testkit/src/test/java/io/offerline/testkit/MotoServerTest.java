package io.offerline.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MotoServerTest {

    @Test
    void start_failsWithStartHint_whenTheExecutableIsMissing() {
        assertThatThrownBy(() -> MotoServer.start(List.of("/nonexistent/moto_server")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set MOTO_SERVER to a working moto_server");
    }
}
