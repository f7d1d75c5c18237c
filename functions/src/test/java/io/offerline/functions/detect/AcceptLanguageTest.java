package io.offerline.functions.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptLanguageTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "de-DE,de;q=0.9,en;q=0.8 | de-DE",
        "fr                      | fr",
        "en-us                   | en-US",
        "' en-GB ; q=0.8 , en'   | en-GB",
        "zh-hant-tw,zh;q=0.9     | zh-Hant-TW",
        "es-419,es;q=0.9         | es-419",
        "pt-BR;q=1.0             | pt-BR"
    })
    void firstTag_readsTheFirstLanguage(String header, String language) {
        assertThat(AcceptLanguage.firstTag(header)).isEqualTo(language);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "*", "*;q=0.5,de", ";q=0.9", ",de", "x-klingon", "d", "deutsch-de", "12-34",
        "<script>", "de_DE", "en-US-" })
    void firstTag_returnsNull_whenTheFirstEntryIsNoLanguage(String header) {
        assertThat(AcceptLanguage.firstTag(header)).isNull();
    }
}
