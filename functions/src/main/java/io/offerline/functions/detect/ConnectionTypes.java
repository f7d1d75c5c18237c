package io.offerline.functions.detect;

import io.offerline.core.visitor.ConnectionType;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The connection type of a visit from its network, the one home of that rule. No open database
 * says what kind of network an autonomous system is, so the rule reads what there is: a short
 * list of well-known networks by number, then words in the organisation's name. In that order:
 * <ol>
 *   <li>{@link ConnectionType#HOSTING}: a listed cloud or hosting network (Amazon, Google, Microsoft,
 *       Oracle, Alibaba, Tencent, DigitalOcean, OVH, Hetzner, Akamai and Linode, Vultr, Cloudflare,
 *       Fastly, IONOS, Contabo, LeaseWeb, M247, Scaleway, ColoCrossing, FranTech, Datacamp), or a name
 *       with hosting, hoster, cloud, data center (centre, datacenter), server(s), VPS, colocation or dedicated;</li>
 *   <li>{@link ConnectionType#MOBILE}: a listed mobile carrier whose name does not say so (AT&amp;T
 *       Mobility, Verizon Wireless, Reliance Jio, Bharti Airtel's mobile network, Vodafone Idea),
 *       or a name with mobile, mobil, móvil, móviles, mobility, cellular, celular, selular, GSM, GPRS,
 *       LTE or telcel;</li>
 *   <li>{@link ConnectionType#OTHER}: every other network.</li>
 * </ol>
 * "Wireless" is not a mobile word: most networks named so are fixed-wireless ISPs. Operators that
 * run fixed and mobile lines in one network (Vodafone GmbH, Orange S.A., Deutsche Telekom AG)
 * are {@code OTHER}, and the user agent is not asked, since a phone on home Wi-Fi is no mobile
 * connection. Numbers are matched against the table's network, names case-insensitively as whole words.
 */
public final class ConnectionTypes {

    private static final Set<Long> HOSTING_NETWORKS = Set.of(
            16509L, 14618L, // Amazon
            15169L, 19527L, 396982L, // Google
            8075L, // Microsoft
            31898L, // Oracle
            45102L, // Alibaba
            132203L, // Tencent
            14061L, // DigitalOcean
            16276L, // OVH
            24940L, // Hetzner
            63949L, 16625L, 20940L, // Akamai and Linode
            20473L, // Vultr (The Constant Company)
            13335L, // Cloudflare
            54113L, // Fastly
            8560L, // IONOS
            51167L, // Contabo
            60781L, // LeaseWeb
            9009L, // M247
            12876L, // Scaleway
            36352L, // ColoCrossing
            53667L, // FranTech
            212238L); // Datacamp

    private static final Set<Long> MOBILE_NETWORKS = Set.of(
            20057L, // AT&T Mobility, named "AT&T Enterprises, LLC"
            22394L, // Verizon Wireless (Cellco), named "Verizon Business"
            55836L, // Reliance Jio
            45609L, // Bharti Airtel's mobile (GPRS) network
            45271L); // Vodafone Idea

    private static final Pattern HOSTING_WORDS = Pattern.compile(
            "\\b(hosting|hoster|cloud|data ?cent(er|re)s?|datacenters?|servers?|vps|colocation|dedicated)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern MOBILE_WORDS = Pattern.compile(
            "\\b(mobile|mobil|m[oó]vil|m[oó]viles|mobility|cellular|celular|selular|gsm|gprs|lte|telcel)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ConnectionTypes() {
    }

    /** The connection type of a visit from {@code network}; null when the network is unknown. */
    public static ConnectionType of(AutonomousSystem network) {
        if (network == null) {
            return null;
        }
        String name = network.organisation() == null ? "" : network.organisation();
        if (HOSTING_NETWORKS.contains(network.number()) || HOSTING_WORDS.matcher(name).find()) {
            return ConnectionType.HOSTING;
        }
        if (MOBILE_NETWORKS.contains(network.number()) || MOBILE_WORDS.matcher(name).find()) {
            return ConnectionType.MOBILE;
        }
        return ConnectionType.OTHER;
    }
}
