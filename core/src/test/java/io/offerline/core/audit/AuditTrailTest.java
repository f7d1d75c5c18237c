package io.offerline.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    @Test
    void changes_listOnlyTheFieldsThatDiffer_byName() {
        assertThat(AuditTrail.changes(Map.of("name", "Old", "url", "https://a.example", "tags", "[]"),
                Map.of("name", "New", "url", "https://a.example", "notes", "n")))
                .containsExactly(new FieldChange("name", "Old", "New"), new FieldChange("notes", null, "n"), new FieldChange("tags", "[]", null));
    }

    @Test
    void changes_ofASecret_showThatItChanged_neverItsValue() {
        assertThat(AuditTrail.changes(Map.of("postbackSecret", "old-secret-1"), Map.of("postbackSecret", "new-secret-2")))
                .containsExactly(new FieldChange("postbackSecret", AuditTrail.REDACTED, AuditTrail.REDACTED));
    }

    @Test
    void changes_ofASecretSetForTheFirstTime_showNoValueBefore() {
        Map<String, String> before = new HashMap<>();
        before.put("postbackSecret", null);

        assertThat(AuditTrail.changes(before, Map.of("postbackSecret", "new-secret-2")))
                .containsExactly(new FieldChange("postbackSecret", null, AuditTrail.REDACTED));
    }
}
