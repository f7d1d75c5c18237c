package io.offerline.core.network;

import io.offerline.core.common.ParameterNames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.common.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AffiliateNetworkTemplatesTest {

    private final List<AffiliateNetworkTemplate> templates = AffiliateNetworkTemplates.all();

    @Test
    void all_holdsAtLeastEightNetworks_andTheBlankCustomTemplateLast() {
        assertThat(templates).hasSizeGreaterThanOrEqualTo(9);
        AffiliateNetworkTemplate custom = templates.get(templates.size() - 1);
        assertThat(custom.key()).isEqualTo(AffiliateNetworkTemplates.CUSTOM);
        assertThat(java.util.Arrays.asList(custom.clickIdParam(), custom.payoutParam(), custom.txidParam(),
                custom.clickIdMacro(), custom.payoutMacro(), custom.txidMacro())).containsOnlyNulls();
        assertThat(templates).extracting(AffiliateNetworkTemplate::key).contains("cake", "hasoffers", "everflow", "impact");
    }

    @Test
    void all_hasUniqueKeysAndNames() {
        assertThat(templates).extracting(AffiliateNetworkTemplate::key).doesNotHaveDuplicates();
        assertThat(templates).extracting(AffiliateNetworkTemplate::name).doesNotHaveDuplicates();
    }

    @Test
    void everyNetworkTemplate_hasValidParameterNames_andAMacroForEachOfThem() {
        for (AffiliateNetworkTemplate template : templates.subList(0, templates.size() - 1)) {
            for (String parameter : List.of(template.clickIdParam(), template.payoutParam(), template.txidParam())) {
                assertThat(parameter).as(template.key()).matches(ParameterNames.VALID);
            }
            assertThat(template.clickIdMacro().toLowerCase()).as(template.key()).contains(template.clickIdParam().toLowerCase());
            assertThat(template.payoutMacro()).as(template.key()).contains(template.payoutParam());
            assertThat(template.txidMacro()).as(template.key()).contains(template.txidParam());
        }
    }

    @Test
    void knownNetworks_useTheirDocumentedNames() {
        assertThat(AffiliateNetworkTemplates.find("everflow")).get()
                .extracting(AffiliateNetworkTemplate::clickIdParam, AffiliateNetworkTemplate::clickIdMacro,
                        AffiliateNetworkTemplate::payoutMacro, AffiliateNetworkTemplate::txidMacro)
                .containsExactly("sub1", "{sub1}", "{payout_amount}", "{transaction_id}");
        assertThat(AffiliateNetworkTemplates.find("hasoffers")).get()
                .extracting(AffiliateNetworkTemplate::clickIdParam, AffiliateNetworkTemplate::clickIdMacro,
                        AffiliateNetworkTemplate::payoutMacro, AffiliateNetworkTemplate::txidMacro)
                .containsExactly("aff_sub", "{aff_sub}", "{payout}", "{transaction_id}");
        assertThat(AffiliateNetworkTemplates.find("cake")).get().extracting(AffiliateNetworkTemplate::clickIdMacro).isEqualTo("#s2#");
    }

    @Test
    void require_rejectsAnUnknownKey_namingTheField() {
        assertThatThrownBy(() -> AffiliateNetworkTemplates.require("templateKey", "nope"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'nope'")
                .satisfies(error -> assertThat(((InvalidInputException) error).field()).isEqualTo("templateKey"));
    }
}
