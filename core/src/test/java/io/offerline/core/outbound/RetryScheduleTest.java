package io.offerline.core.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void delayAfter_doublesFromTheFirstDelay_upToTheMaximum() {
        RetrySchedule schedule = RetrySchedule.DEFAULT;

        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(schedule.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(schedule.delayAfter(5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(schedule.delayAfter(60)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void retries_untilTheLastAttempt() {
        assertThat(RetrySchedule.DEFAULT.retries(5)).isTrue();
        assertThat(RetrySchedule.DEFAULT.retries(6)).isFalse();
    }
}
