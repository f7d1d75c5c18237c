package io.offerline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.schema.GraphQLSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every GraphQL example of the README and the guides parses and validates against the schema, so the
 * documentation cannot drift from the API: the ```graphql blocks, and the {@code "query"} of every
 * JSON body in a ```sh block (the walkthrough's and the other curl examples).
 */
class DocsExamplesTest {

    private static final Pattern GRAPHQL_BLOCK = Pattern.compile("(?ms)^```graphql\\n(.*?)^```");
    private static final Pattern SHELL_BLOCK = Pattern.compile("(?ms)^```sh\\n(.*?)^```");
    private static final Pattern JSON_QUERY = Pattern.compile("\"query\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\")");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final GraphQLSchema SCHEMA = new GraphQLFactory(List.of()).schema();

    /** An example and where it is written, which is also its name in the test report. */
    record Example(String place, String document) {
        @Override
        public String toString() {
            return place;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_validatesAgainstTheSchema(Example example) {
        assertThat(errors(example.document())).as("%s: %s", example.place(), example.document()).isEmpty();
    }

    @Test
    void examples_coverTheWalkthroughAndTheGuides() {
        List<Example> examples = examples().toList();

        assertThat(examples).filteredOn(example -> example.place().startsWith("README.md:")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(examples).filteredOn(example -> example.place().startsWith("docs/")).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void example_fails_whenItNamesAFieldTheSchemaLacks() {
        String markdown = "```sh\ngql '{\"query\":\"query($id: ID!) { offer(id: $id) { name earnings } }\"}'\n```\n";

        List<Example> examples = examplesOf("guide.md", markdown);

        assertThat(examples).singleElement().satisfies(example -> {
            assertThat(example.place()).isEqualTo("guide.md:2");
            assertThat(errors(example.document())).singleElement().asString().contains("earnings");
        });
    }

    static Stream<Example> examples() {
        return Docs.files().stream().flatMap(file -> examplesOf(Docs.name(file), Docs.read(file)).stream());
    }

    private static List<Example> examplesOf(String name, String markdown) {
        List<Example> examples = new ArrayList<>();
        Matcher graphql = GRAPHQL_BLOCK.matcher(markdown);
        while (graphql.find()) {
            examples.add(new Example(name + ":" + Docs.lineOf(markdown, graphql.start(1)), graphql.group(1)));
        }
        Matcher shell = SHELL_BLOCK.matcher(markdown);
        while (shell.find()) {
            Matcher query = JSON_QUERY.matcher(shell.group(1));
            while (query.find()) {
                int offset = shell.start(1) + query.start(1);
                examples.add(new Example(name + ":" + Docs.lineOf(markdown, offset), jsonString(query.group(1))));
            }
        }
        return examples;
    }

    private static String jsonString(String literal) {
        try {
            return JSON.readValue(literal, String.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not a JSON string in an example: " + literal, e);
        }
    }

    private static List<?> errors(String document) {
        ParseAndValidateResult result = ParseAndValidate.parseAndValidate(SCHEMA, ExecutionInput.newExecutionInput(document).build());
        return result.getErrors();
    }
}
