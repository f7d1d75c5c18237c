package io.offerline.core.currency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the ECB's euro foreign exchange reference rates: {@code eurofxref-daily.xml} (one day)
 * and {@code eurofxref-hist-90d.xml} / {@code eurofxref-hist.xml} (one {@code <Cube time=...>} per
 * day). The document comes from the network, so the JDK's parser is hardened: any DOCTYPE is
 * refused, which rules out external entities, external DTDs and entity expansion bombs.
 *
 * <p>A currency code the JDK does not know is skipped rather than failing the whole day, so a
 * currency the ECB adds later cannot stop the other rates from being refreshed.
 */
public final class EcbRatesParser {

    static final String GESMES_NAMESPACE = "http://www.gesmes.org/xml/2002-08-01";
    static final String EUROFXREF_NAMESPACE = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref";
    private static final String CUBE = "Cube";

    // The default handler prints every fatal error to stderr before throwing it.
    private static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // a warning never makes the rates wrong
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    /**
     * The days of the document, oldest first.
     *
     * @throws RatesFormatException when the document is not well-formed, has a DOCTYPE, is not in
     *     the ECB's format, has no day, or has a day or rate that cannot be read
     */
    public List<DailyRates> parse(InputStream xml) {
        Element root = read(xml).getDocumentElement();
        if (!"Envelope".equals(root.getLocalName()) || !GESMES_NAMESPACE.equals(root.getNamespaceURI())) {
            throw new RatesFormatException("Not an ECB reference rates document: its root element is <" + root.getNodeName() + ">.");
        }
        Map<LocalDate, DailyRates> days = new TreeMap<>();
        for (Element dayCube : dayCubes(root)) {
            DailyRates day = day(dayCube);
            if (days.put(day.date(), day) != null) {
                throw new RatesFormatException("The ECB rates list " + day.date() + " twice.");
            }
        }
        if (days.isEmpty()) {
            throw new RatesFormatException("The ECB rates document has no day of rates.");
        }
        return List.copyOf(days.values());
    }

    private static List<Element> dayCubes(Element root) {
        NodeList cubes = root.getElementsByTagNameNS(EUROFXREF_NAMESPACE, CUBE);
        List<Element> days = new ArrayList<>();
        for (int index = 0; index < cubes.getLength(); index++) {
            Element cube = (Element) cubes.item(index);
            if (cube.hasAttribute("time")) {
                days.add(cube);
            }
        }
        return days;
    }

    private static DailyRates day(Element dayCube) {
        LocalDate date = date(dayCube.getAttribute("time"));
        Map<Currency, BigDecimal> perEuro = new HashMap<>();
        for (Element rateCube : childCubes(dayCube)) {
            addRate(perEuro, date, rateCube);
        }
        if (perEuro.isEmpty()) {
            throw new RatesFormatException("The ECB rates of " + date + " have no currency.");
        }
        return new DailyRates(date, perEuro);
    }

    private static void addRate(Map<Currency, BigDecimal> perEuro, LocalDate date, Element rateCube) {
        String code = rateCube.getAttribute("currency");
        BigDecimal rate = rate(date, code, rateCube.getAttribute("rate"));
        Optional<Currency> currency = knownCurrency(code);
        if (currency.isEmpty()) {
            return;
        }
        if (perEuro.put(currency.get(), rate) != null) {
            throw new RatesFormatException("The ECB rates of " + date + " list " + code + " twice.");
        }
    }

    private static List<Element> childCubes(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && CUBE.equals(element.getLocalName())
                    && EUROFXREF_NAMESPACE.equals(element.getNamespaceURI())) {
                children.add(element);
            }
        }
        return children;
    }

    private static LocalDate date(String time) {
        try {
            return LocalDate.parse(time);
        } catch (DateTimeParseException e) {
            throw new RatesFormatException("The ECB rates have a day '" + time + "' that is not a date (yyyy-MM-dd).", e);
        }
    }

    private static BigDecimal rate(LocalDate date, String code, String text) {
        try {
            BigDecimal rate = new BigDecimal(text.trim());
            if (rate.signum() > 0) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RatesFormatException("The ECB rate of '" + code + "' on " + date + " is not a positive number: '" + text + "'.");
    }

    private static Optional<Currency> knownCurrency(String code) {
        try {
            return Optional.of(Currency.getInstance(code));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static Document read(InputStream xml) {
        try {
            DocumentBuilder builder = hardenedFactory().newDocumentBuilder();
            builder.setErrorHandler(FAIL_ON_ERROR);
            return builder.parse(xml);
        } catch (SAXException e) {
            throw new RatesFormatException("The ECB rates document cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be hardened", e);
        }
    }

    /** The JDK's own parser (never one found on the class path), with every external access and DOCTYPEs off. */
    private static DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
