package io.offerline.core.visitor;

/**
 * The kind of network a visit came through, as the visitor's autonomous system says: no open
 * database gives it, so it is derived from the network's number and organisation name (see
 * docs/reports.md, "Connection type"). Unknown (null on a visitor) when the address is in no
 * known network.
 */
public enum ConnectionType {
    /** A mobile carrier's network: the visitor is on cellular data (or tethered to it). */
    MOBILE,
    /** A hosting, cloud or data-centre network: servers, proxies and VPN exits rather than people at home. */
    HOSTING,
    /** Any other network: home and business broadband, universities, and networks the rule does not recognise. */
    OTHER
}
