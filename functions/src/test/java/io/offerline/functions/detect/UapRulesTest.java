package io.offerline.functions.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The compact rules the build writes read back as uap-java's YAML, rule by rule, and detect the same. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UapRulesTest {

    private static final List<String[]> HINTS = List.of(new String[] {null, null}, new String[] {"?1", "\"Android\""},
            new String[] {"?0", "\"Windows\""});

    private Map<String, List<Map<String, String>>> yaml;

    @BeforeAll
    void readTheYaml() throws IOException {
        yaml = UapRulesCompiler.yaml();
    }

    @Test
    void bundled_holdsEveryRuleOfTheYaml_inItsOrder() {
        Map<String, List<Map<String, String>>> bundled = UapRules.bundled();

        assertThat(bundled.keySet()).containsExactlyElementsOf(yaml.keySet());
        UapRules.SECTIONS.forEach(section -> assertThat(bundled.get(section)).as(section).isNotEmpty().isEqualTo(yaml.get(section)));
    }

    @Test
    void read_undoesTheEscapes_ofBackslashTabAndLineBreaks() throws IOException {
        Map<String, List<Map<String, String>>> sections = Map.of("user_agent_parsers",
                List.of(Map.of("regex", "a\\d\t(b)\\\\t\nc\r")), "os_parsers", List.of(), "device_parsers", List.of());

        Map<String, List<Map<String, String>>> read = UapRules.read(new BufferedReader(new StringReader(UapRules.write(sections, "a test"))));

        assertThat(read.get("user_agent_parsers")).isEqualTo(sections.get("user_agent_parsers"));
    }

    @Test
    void detection_fromTheCompactRules_equalsDetectionFromTheYaml_overTheTestCorpus() throws IOException {
        UserAgentDetection fromYaml = new UserAgentDetection(new UapRegexes(yaml));
        UserAgentDetection fromCompact = new UserAgentDetection(new UapRegexes());
        List<String> corpus = corpus();

        assertThat(corpus).hasSizeGreaterThan(30);
        for (String userAgent : corpus) {
            for (String[] hints : HINTS) {
                assertThat(fromCompact.detect(userAgent, hints[0], hints[1])).as(userAgent)
                        .isEqualTo(fromYaml.detect(userAgent, hints[0], hints[1]));
            }
        }
    }

    private static List<String> corpus() throws IOException {
        try (InputStream in = UapRulesTest.class.getResourceAsStream("/detect/user-agents.txt")) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
    }
}
