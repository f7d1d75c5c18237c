package io.offerline.core.network;

import io.offerline.core.common.Names;
import io.offerline.core.common.Notes;
import io.offerline.core.common.ParameterNames;
import io.offerline.core.common.Violations;
import io.offerline.core.workspace.WorkspaceEntity;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An affiliate network offers come from: the names it uses for the click id, payout and
 * transaction id, the currency it pays in unless an offer says otherwise, and the rules its
 * postbacks must pass (duplicates, source IP allowlist, secret).
 *
 * @param templateKey the template it was created from, or null; its macros build postback URLs
 * @param currency the default payout currency, or null; an offer's own currency wins
 * @param attributionWindowDays postbacks for clicks older than this many days are refused as expired
 * @param postbackIpAllowlist empty means postbacks from any address are accepted
 * @param postbackSecret null when postbacks need no secret
 */
public record AffiliateNetwork(
        String id,
        String accountId,
        String workspaceId,
        String templateKey,
        String name,
        String clickIdParam,
        String payoutParam,
        String txidParam,
        Currency currency,
        boolean acceptDuplicatePostbacks,
        int attributionWindowDays,
        List<IpRange> postbackIpAllowlist,
        PostbackSecret postbackSecret,
        String notes,
        boolean archived,
        long version,
        Instant createdAt,
        Instant updatedAt) implements WorkspaceEntity<AffiliateNetwork> {

    public static final int MAX_ALLOWLIST_ENTRIES = 100;
    public static final int DEFAULT_ATTRIBUTION_WINDOW_DAYS = 30;
    public static final int MAX_ATTRIBUTION_WINDOW_DAYS = 30;
    /** Raw visits are kept for the longest attribution window plus a margin for late postbacks. */
    public static final Duration VISIT_RETENTION = Duration.ofDays(MAX_ATTRIBUTION_WINDOW_DAYS + 5);

    public AffiliateNetwork {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Violations violations = new Violations();
        name = violations.valid("name", name, Names::require);
        clickIdParam = violations.valid("clickIdParam", clickIdParam, ParameterNames::optional);
        payoutParam = violations.valid("payoutParam", payoutParam, ParameterNames::optional);
        txidParam = violations.valid("txidParam", txidParam, ParameterNames::optional);
        if (attributionWindowDays < 1 || attributionWindowDays > MAX_ATTRIBUTION_WINDOW_DAYS) {
            violations.add("attributionWindowDays", "The attribution window is 1 to " + MAX_ATTRIBUTION_WINDOW_DAYS
                    + " days: clicks are kept " + VISIT_RETENTION.toDays() + " days.");
        }
        postbackIpAllowlist = postbackIpAllowlist == null ? List.of() : List.copyOf(postbackIpAllowlist);
        if (postbackIpAllowlist.size() > MAX_ALLOWLIST_ENTRIES) {
            violations.add("postbackIpAllowlist", "The allowlist takes at most " + MAX_ALLOWLIST_ENTRIES + " entries.");
        }
        notes = violations.valid("notes", notes, Notes::optional);
        violations.throwIfAny();
    }

    public boolean hasPostbackSecret() {
        return postbackSecret != null;
    }

    @Override
    public AffiliateNetwork withArchived(boolean archive, Instant now) {
        return new AffiliateNetwork(id, accountId, workspaceId, templateKey, name, clickIdParam, payoutParam, txidParam, currency,
                acceptDuplicatePostbacks, attributionWindowDays, postbackIpAllowlist, postbackSecret, notes, archive, version + 1, createdAt, now);
    }

    /** The placeholder for the click id in a postback URL for this network; null without a click-id parameter. */
    public String clickIdMacro() {
        return macro(clickIdParam, AffiliateNetworkTemplate::clickIdParam, AffiliateNetworkTemplate::clickIdMacro);
    }

    public String payoutMacro() {
        return macro(payoutParam, AffiliateNetworkTemplate::payoutParam, AffiliateNetworkTemplate::payoutMacro);
    }

    public String txidMacro() {
        return macro(txidParam, AffiliateNetworkTemplate::txidParam, AffiliateNetworkTemplate::txidMacro);
    }

    /** The template's own macro while the parameter is still the template's (CAKE writes #s2#), else {parameter}. */
    private String macro(String parameter, Function<AffiliateNetworkTemplate, String> templateParameter,
            Function<AffiliateNetworkTemplate, String> templateMacro) {
        if (parameter == null) {
            return null;
        }
        return AffiliateNetworkTemplates.find(templateKey)
                .filter(template -> parameter.equals(templateParameter.apply(template)))
                .map(templateMacro)
                .orElse("{" + parameter + "}");
    }
}
