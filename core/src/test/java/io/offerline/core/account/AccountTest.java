package io.offerline.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.common.TimeZones;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void newAccount_reportsInUtc_byANameThatReportArgumentsAccept() {
        Account account = new Account("acc", "Acme", Currency.getInstance("USD"), false, CREATED);

        assertThat(account.reportTimezone().getId()).isEqualTo("UTC");
        assertThat(TimeZones.require("timezone", account.reportTimezone().getId())).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void storedZeroOffset_isAnsweredAsUtc() {
        Account account = new Account("acc", "Acme", Currency.getInstance("USD"), false, CREATED, ZoneOffset.UTC);

        assertThat(account.reportTimezone().getId()).isEqualTo("UTC");
    }
}
