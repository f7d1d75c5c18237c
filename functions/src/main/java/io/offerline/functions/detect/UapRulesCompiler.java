package io.offerline.functions.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import ua_parser.Parser;

/**
 * Writes {@link UapRules}' compact form of uap-java's {@code regexes.yaml}; the functions' build runs it in
 * {@code process-classes} with the target file as argument. Not in the Lambda jar, which carries no YAML parser.
 */
public final class UapRulesCompiler {

    static final String YAML = "/ua_parser/regexes.yaml";

    private UapRulesCompiler() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Files.createDirectories(target.getParent());
        Files.writeString(target, UapRules.write(yaml(), "uap-java's " + YAML.substring(1)), StandardCharsets.UTF_8);
    }

    /** The YAML's sections, read as uap-java reads them. */
    @SuppressWarnings("unchecked")
    static Map<String, List<Map<String, String>>> yaml() throws IOException {
        try (InputStream yaml = UapRulesCompiler.class.getResourceAsStream(YAML)) {
            if (yaml == null) {
                throw new IllegalStateException(YAML + " is missing from the classpath (uap-java)");
            }
            return (Map<String, List<Map<String, String>>>) new Yaml(new SafeConstructor(Parser.getDefaultLoaderOptions())).load(yaml);
        }
    }
}
