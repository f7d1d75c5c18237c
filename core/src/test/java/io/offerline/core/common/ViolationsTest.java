package io.offerline.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void throwIfAny_namesEveryRefusedField_inTheOrderChecked() {
        Violations violations = new Violations();

        assertThat(violations.valid("name", " ", Names::require)).isNull();
        assertThat(violations.valid("currency", "usd", Currencies::require)).hasToString("USD");
        violations.valid("payout.geo.2.country", "XX", Countries::require);
        violations.add("keywords.0.weight", "Weight must not be negative.");

        assertThatThrownBy(violations::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                assertThat(invalid.violations()).extracting(Violation::field).containsExactly("name", "payout.geo.2.country", "keywords.0.weight"));
    }

    @Test
    void valid_keepsEveryViolationOfAPart() {
        Violations violations = new Violations();

        violations.valid(() -> {
            throw new InvalidInputException(List.of(new Violation("cap.limit", "negative"), new Violation("cap.timezone", "unknown")));
        });

        assertThatThrownBy(violations::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                assertThat(invalid.violations()).extracting(Violation::field).containsExactly("cap.limit", "cap.timezone"));
    }

    @Test
    void add_addsNothing_whenTheFieldOrOneInsideItIsRefusedAlready() {
        Violations violations = new Violations();
        violations.add("payout.currency", "Unknown currency.");

        violations.add("payout", "Payout is required.");
        violations.add("payout.currency", "Currency is required.");
        violations.add("payout.currencyCode", "A field beside it, refused on its own.");

        assertThatThrownBy(violations::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                assertThat(invalid.violations()).extracting(Violation::field).containsExactly("payout.currency", "payout.currencyCode"));
    }

    @Test
    void throwIfAny_throwsASingleRefusalAsItWasRaised() {
        Violations violations = new Violations();
        NotFoundException missing = new NotFoundException("affiliateNetworkId", "No affiliate network with id n1.");

        violations.check(() -> {
            throw missing;
        });

        assertThatThrownBy(violations::throwIfAny).isSameAs(missing);
    }

    @Test
    void valid_ignoresAPartLeftIncompleteByARefusedValue_butNotOneWithoutAny() {
        Violations refused = new Violations();
        refused.add("name", "Name must not be empty.");
        Violations clean = new Violations();

        String missingName = null;

        assertThat(refused.<String>valid(() -> Objects.requireNonNull(missingName, "name"))).isNull();
        assertThatThrownBy(() -> clean.valid(() -> Objects.requireNonNull(missingName, "name"))).isInstanceOf(NullPointerException.class);
        assertThatCode(clean::throwIfAny).doesNotThrowAnyException();
    }
}
