package io.offerline.functions.detect;

import io.offerline.core.visitor.ConnectionType;
import io.offerline.core.visitor.Visitor;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * The network and place of a visitor's address: the ISP (the organisation of its autonomous
 * system) and the connection type from the ASN table, the region and city from the city
 * database when one is configured. Never throws: what fails stays unknown.
 */
public final class VisitorNetwork {

    /** No ASN table and no city database: every visitor's network stays unknown. */
    public static final VisitorNetwork NONE = new VisitorNetwork(null, null);

    private static final Logger LOG = System.getLogger(VisitorNetwork.class.getName());

    private final AsnTable networks;
    private final CityLookup places;

    /** Either may be null: its values then stay unknown. */
    public VisitorNetwork(AsnTable networks, CityLookup places) {
        this.networks = networks;
        this.places = places;
    }

    /** {@code visitor} with the ISP, connection type, region and city of {@code ip}. */
    public Visitor locate(Visitor visitor, String ip) {
        AutonomousSystem network = network(ip);
        Place place = place(ip);
        ConnectionType type = ConnectionTypes.of(network);
        return visitor.withNetwork(network == null ? null : network.organisation(), type, place.region(), place.city());
    }

    private AutonomousSystem network(String ip) {
        try {
            return networks == null ? null : networks.find(ip);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Network detection failed; the visit keeps no ISP", failure);
            return null;
        }
    }

    private Place place(String ip) {
        try {
            return places == null ? Place.UNKNOWN : places.placeOf(ip);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "City detection failed; the visit keeps no region or city", failure);
            return Place.UNKNOWN;
        }
    }
}
