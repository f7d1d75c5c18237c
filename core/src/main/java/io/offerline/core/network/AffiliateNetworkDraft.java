package io.offerline.core.network;

import io.offerline.core.common.Currencies;
import io.offerline.core.common.Violations;
import io.offerline.core.workspace.EntityDraft;
import io.offerline.core.workspace.Stamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What a user sends to create or replace an affiliate network, before validation.
 *
 * @param templateKey a template whose values fill every parameter name left out, or null
 * @param acceptDuplicatePostbacks null means false
 * @param attributionWindowDays null means 30
 * @param postbackIpAllowlist addresses and CIDR ranges as text; null means none
 * @param postbackSecret null keeps the current secret (none for a new network); blank removes it
 */
public record AffiliateNetworkDraft(
        String workspaceId,
        String templateKey,
        String name,
        String clickIdParam,
        String payoutParam,
        String txidParam,
        String currency,
        Boolean acceptDuplicatePostbacks,
        Integer attributionWindowDays,
        List<String> postbackIpAllowlist,
        String postbackSecret,
        String notes) implements EntityDraft<AffiliateNetwork> {

    /** A secret the draft leaves out is kept from {@code current}. */
    @Override
    public AffiliateNetwork toEntity(Stamp stamp, AffiliateNetwork current) {
        return toNetwork(stamp.id(), stamp.accountId(), current == null ? null : current.postbackSecret(), stamp.archived(),
                stamp.version(), stamp.createdAt(), stamp.updatedAt());
    }

    /** This draft with the template's parameter names wherever it has none; without a template, itself. */
    public AffiliateNetworkDraft withTemplateDefaults() {
        if (templateKey == null) {
            return this;
        }
        AffiliateNetworkTemplate template = AffiliateNetworkTemplates.require("templateKey", templateKey);
        return new AffiliateNetworkDraft(workspaceId, templateKey, name,
                clickIdParam == null ? template.clickIdParam() : clickIdParam,
                payoutParam == null ? template.payoutParam() : payoutParam,
                txidParam == null ? template.txidParam() : txidParam,
                currency, acceptDuplicatePostbacks, attributionWindowDays, postbackIpAllowlist, postbackSecret, notes);
    }

    /**
     * The network this draft describes, every value checked; a bad one is an
     * {@link io.offerline.core.common.InvalidInputException} naming its field relative to the
     * input (e.g. {@code postbackIpAllowlist.2}).
     *
     * @param currentSecret the secret kept when the draft leaves it out
     */
    public AffiliateNetwork toNetwork(String id, String accountId, PostbackSecret currentSecret, boolean archived, long version,
            Instant createdAt, Instant updatedAt) {
        Violations violations = new Violations();
        AffiliateNetworkDraft filled = Objects.requireNonNullElse(violations.valid(this::withTemplateDefaults), this);
        Currency defaultCurrency = filled.currency == null ? null : violations.valid("currency", filled.currency, Currencies::require);
        List<IpRange> allowlist = allowlist(violations);
        PostbackSecret secret = violations.valid(() -> secret(currentSecret));
        AffiliateNetwork network = violations.valid(() -> new AffiliateNetwork(id, accountId, workspaceId, templateKey, filled.name,
                filled.clickIdParam, filled.payoutParam, filled.txidParam, defaultCurrency, Boolean.TRUE.equals(acceptDuplicatePostbacks),
                attributionWindowDays == null ? AffiliateNetwork.DEFAULT_ATTRIBUTION_WINDOW_DAYS : attributionWindowDays, allowlist,
                secret, notes, archived, version, createdAt, updatedAt));
        violations.throwIfAny();
        return network;
    }

    private List<IpRange> allowlist(Violations violations) {
        List<IpRange> ranges = new ArrayList<>();
        List<String> entries = postbackIpAllowlist == null ? List.of() : postbackIpAllowlist;
        for (int index = 0; index < entries.size(); index++) {
            IpRange range = violations.valid("postbackIpAllowlist." + index, entries.get(index), IpRange::parse);
            if (range != null) {
                ranges.add(range);
            }
        }
        return ranges;
    }

    private PostbackSecret secret(PostbackSecret currentSecret) {
        if (postbackSecret == null) {
            return currentSecret;
        }
        return postbackSecret.isBlank() ? null : new PostbackSecret(postbackSecret);
    }
}
