package io.offerline.core.tracking;

import io.offerline.core.campaign.Campaign;
import io.offerline.core.lander.Lander;
import io.offerline.core.offer.Offer;
import io.offerline.core.url.Token;
import io.offerline.core.visitor.ReferrerDomain;
import io.offerline.core.visitor.Visitor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The value of every token for one visit on its way to a lander or an offer (either may be null). */
final class TokenValues {

    private TokenValues() {
    }

    /** The campaign's own tokens, for a visit that is not recorded (an archived campaign). */
    static Map<Token, String> of(Campaign campaign) {
        Map<Token, String> values = new HashMap<>();
        values.put(Token.CAMPAIGN_ID, campaign.id());
        values.put(Token.CAMPAIGN_NAME, campaign.name());
        values.put(Token.WORKSPACE_ID, campaign.workspaceId());
        values.put(Token.TRAFFIC_SOURCE_ID, campaign.trafficSourceId());
        return values;
    }

    static Map<Token, String> of(Visit visit, Campaign campaign, Lander lander, Offer offer, String keyword) {
        Map<Token, String> values = of(campaign);
        values.put(Token.CF_CLICK_ID, visit.clickId());
        values.put(Token.CLICK_ID, visit.clickId());
        values.put(Token.LANDER_ID, lander == null ? null : lander.id());
        if (offer != null) {
            values.put(Token.OFFER_ID, offer.id());
            values.put(Token.OFFER_NAME, offer.name());
            values.put(Token.AFFILIATE_NETWORK_ID, offer.affiliateNetworkId());
            values.put(Token.OFFER_STATIC_URL, offer.staticUrl());
            values.put(Token.KEYWORD, keyword);
        }
        putVisitor(values, visit.visitor());
        values.put(Token.IP, visit.ip());
        values.put(Token.USER_AGENT, visit.userAgent());
        values.put(Token.REFERRER, visit.referrer());
        values.put(Token.REFERRER_DOMAIN, ReferrerDomain.of(visit.referrer()));
        values.put(Token.EXTERNAL_ID, visit.externalId());
        values.put(Token.COST, visit.cost() == null ? null : visit.cost().stripTrailingZeros().toPlainString());
        for (int index = 0; index < visit.trackingFields().size(); index++) {
            values.put(Token.trackingField(index + 1), visit.trackingFields().get(index));
        }
        values.put(Token.TIMESTAMP, Long.toString(visit.visitedAt().getEpochSecond()));
        return values;
    }

    private static void putVisitor(Map<Token, String> values, Visitor visitor) {
        values.put(Token.COUNTRY_CODE, visitor.country());
        values.put(Token.COUNTRY_NAME, visitor.country() == null ? null : new Locale("", visitor.country()).getDisplayCountry(Locale.ENGLISH));
        values.put(Token.REGION, visitor.region());
        values.put(Token.CITY, visitor.city());
        values.put(Token.ISP, visitor.isp());
        values.put(Token.CONNECTION_TYPE, visitor.connectionType() == null ? null : visitor.connectionType().name().toLowerCase(Locale.ROOT));
        values.put(Token.DEVICE_TYPE, visitor.deviceType().name().toLowerCase(Locale.ROOT));
        values.put(Token.BRAND, visitor.brand());
        values.put(Token.MODEL, visitor.model());
        values.put(Token.DEVICE, visitor.brand() == null ? visitor.model() : visitor.model() == null ? visitor.brand() : visitor.brand() + " " + visitor.model());
        values.put(Token.OS, visitor.os());
        values.put(Token.OS_VERSION, visitor.osVersion());
        values.put(Token.BROWSER, visitor.browser());
        values.put(Token.BROWSER_VERSION, visitor.browserVersion());
        values.put(Token.LANGUAGE, visitor.language());
    }
}
