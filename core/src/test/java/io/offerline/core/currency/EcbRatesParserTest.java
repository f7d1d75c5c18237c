package io.offerline.core.currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbRatesParserTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final String ENVELOPE_START = """
            <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" \
            xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
            <gesmes:subject>Reference rates</gesmes:subject><Cube>""";
    private static final String ENVELOPE_END = "</Cube></gesmes:Envelope>";

    private final EcbRatesParser parser = new EcbRatesParser();

    @Test
    void parse_readsTheOneDayOfTheDailyFile_withItsDecimalsExact() throws IOException {
        List<DailyRates> days = parseResource("eurofxref-daily.xml");

        assertThat(days).hasSize(1);
        DailyRates day = days.get(0);
        assertThat(day.date()).isEqualTo(LocalDate.parse("2026-11-25"));
        assertThat(day.perEuro()).hasSize(30).containsEntry(DailyRates.EURO, BigDecimal.ONE);
        assertThat(day.rateOf(USD)).contains(new BigDecimal("1.1676"));
        assertThat(day.rateOf(GBP)).contains(new BigDecimal("0.87640"));
        assertThat(day.rateOf(JPY)).contains(new BigDecimal("180.71"));
    }

    @Test
    void parse_readsEveryDayOfTheNinetyDayFile_oldestFirst() throws IOException {
        List<DailyRates> days = parseResource("eurofxref-hist-90d.xml");

        assertThat(days).extracting(DailyRates::date).containsExactly(LocalDate.parse("2026-11-19"), LocalDate.parse("2026-11-20"),
                LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-24"));
        assertThat(days.get(1).rateOf(USD)).contains(new BigDecimal("1.1640"));
        assertThat(days.get(2).rateOf(USD)).contains(new BigDecimal("1.1644"));
        assertThat(days).allSatisfy(day -> assertThat(day.perEuro()).hasSize(30));
    }

    @Test
    void parse_skipsACurrencyTheJdkDoesNotKnow_andKeepsTheOthers() {
        List<DailyRates> days = parse(ENVELOPE_START + """
                <Cube time="2026-11-25"><Cube currency="USD" rate="1.1676"/><Cube currency="QQQ" rate="3.3"/></Cube>"""
                + ENVELOPE_END);

        assertThat(days.get(0).perEuro()).containsOnlyKeys(DailyRates.EURO, USD);
    }

    @Test
    void parse_refusesADocumentThatIsNotWellFormed() {
        assertThatThrownBy(() -> parse(ENVELOPE_START + "<Cube time=\"2026-11-25\"><Cube currency=\"USD\" rate=\"1.16"))
                .isInstanceOf(RatesFormatException.class)
                .hasMessageStartingWith("The ECB rates document cannot be read");
    }

    @Test
    void parse_refusesAnotherKindOfDocument() {
        assertThatThrownBy(() -> parse("<html><body>Service unavailable</body></html>"))
                .isInstanceOf(RatesFormatException.class)
                .hasMessage("Not an ECB reference rates document: its root element is <html>.");
    }

    @Test
    void parse_refusesAnEnvelopeWithoutDays() {
        assertThatThrownBy(() -> parse(ENVELOPE_START + ENVELOPE_END))
                .isInstanceOf(RatesFormatException.class)
                .hasMessage("The ECB rates document has no day of rates.");
    }

    @Test
    void parse_refusesARateThatIsNotAPositiveNumber() {
        assertThatThrownBy(() -> parse(ENVELOPE_START + "<Cube time=\"2026-11-25\"><Cube currency=\"USD\" rate=\"1,16\"/></Cube>" + ENVELOPE_END))
                .isInstanceOf(RatesFormatException.class)
                .hasMessage("The ECB rate of 'USD' on 2026-11-25 is not a positive number: '1,16'.");
        assertThatThrownBy(() -> parse(ENVELOPE_START + "<Cube time=\"2026-11-25\"><Cube currency=\"USD\" rate=\"0\"/></Cube>" + ENVELOPE_END))
                .isInstanceOf(RatesFormatException.class);
    }

    @Test
    void parse_refusesADayThatIsNotADate_andADayListedTwice() {
        String usd = "<Cube currency=\"USD\" rate=\"1.1676\"/>";
        assertThatThrownBy(() -> parse(ENVELOPE_START + "<Cube time=\"25.11.2026\">" + usd + "</Cube>" + ENVELOPE_END))
                .isInstanceOf(RatesFormatException.class)
                .hasMessageContaining("'25.11.2026' that is not a date");
        assertThatThrownBy(() -> parse(ENVELOPE_START + "<Cube time=\"2026-11-25\">" + usd + "</Cube><Cube time=\"2026-11-25\">" + usd
                + "</Cube>" + ENVELOPE_END))
                .isInstanceOf(RatesFormatException.class)
                .hasMessage("The ECB rates list 2026-11-25 twice.");
    }

    @Test
    void parse_refusesAnExternalEntity_withoutReadingTheFile(@TempDir Path directory) throws IOException {
        Path secret = Files.writeString(directory.resolve("secret.txt"), "top-secret-42");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rates [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + ENVELOPE_START + "<Cube time=\"2026-11-25\"><Cube currency=\"USD\" rate=\"&leak;\"/></Cube>" + ENVELOPE_END;

        assertThatThrownBy(() -> parse(xxe))
                .isInstanceOf(RatesFormatException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("top-secret-42");
    }

    @Test
    void parse_refusesAnExternalDtd_withoutFetchingIt() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String dtd = "<!DOCTYPE gesmes:Envelope SYSTEM \"http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd\">\n";

            assertThatThrownBy(() -> parse(dtd + ENVELOPE_START + "<Cube time=\"2026-11-25\"/>" + ENVELOPE_END))
                    .isInstanceOf(RatesFormatException.class)
                    .hasMessageContaining("DOCTYPE");
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void parse_refusesEntityExpansion() {
        String laughs = """
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                """ + ENVELOPE_START + "<gesmes:name>&lol3;</gesmes:name>" + ENVELOPE_END;

        assertThatThrownBy(() -> parse(laughs)).isInstanceOf(RatesFormatException.class).hasMessageContaining("DOCTYPE");
    }

    private List<DailyRates> parse(String xml) {
        return parser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private List<DailyRates> parseResource(String name) throws IOException {
        try (InputStream in = EcbRatesParserTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return parser.parse(in);
        }
    }
}
