package io.offerline.core.conversion;

import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.IpRange;
import java.net.InetAddress;
import java.util.Optional;

/** The network's conditions on its postbacks: the source IP allowlist and the secret. */
final class NetworkRules {

    private NetworkRules() {
    }

    /** Why the network's rules refuse this postback, or empty when they let it through. */
    static Optional<PostbackResult> refusal(AffiliateNetwork network, Postback postback) {
        if (!network.postbackIpAllowlist().isEmpty() && !allowed(network, postback.sourceIp())) {
            return Optional.of(PostbackResult.of(PostbackOutcome.IP_NOT_ALLOWED, "Postbacks of network " + network.name()
                    + " must come from its allowlist; this one came from " + postback.sourceIp() + "."));
        }
        if (network.postbackSecret() != null && !network.postbackSecret().matches(postback.first("secret").orElse(""))) {
            return Optional.of(PostbackResult.of(PostbackOutcome.BAD_SECRET, "The secret is missing or wrong for network "
                    + network.name() + "."));
        }
        return Optional.empty();
    }

    private static boolean allowed(AffiliateNetwork network, String sourceIp) {
        Optional<InetAddress> source = IpRange.literal(sourceIp);
        return source.isPresent() && network.postbackIpAllowlist().stream().anyMatch(range -> range.contains(source.get()));
    }
}
