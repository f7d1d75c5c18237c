package io.offerline.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.schema.GraphQLSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every GraphQL example of the README parses and validates against the schema, so the guide cannot drift from the API. */
class ReadmeExamplesTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern EXAMPLE = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

    private final GraphQLSchema schema = new GraphQLFactory(List.of()).schema();

    @Test
    void everyGraphQLExampleOfTheReadme_validatesAgainstTheSchema() throws IOException {
        List<String> examples = examples();
        List<String> invalid = new ArrayList<>();

        for (String example : examples) {
            ParseAndValidateResult result = ParseAndValidate.parseAndValidate(schema, ExecutionInput.newExecutionInput(example).build());
            if (result.isFailure()) {
                invalid.add(example + " → " + result.getErrors());
            }
        }

        assertThat(examples).hasSizeGreaterThanOrEqualTo(9);
        assertThat(invalid).isEmpty();
    }

    private static List<String> examples() throws IOException {
        Matcher matcher = EXAMPLE.matcher(Files.readString(README));
        List<String> examples = new ArrayList<>();
        while (matcher.find()) {
            examples.add(matcher.group(1));
        }
        return examples;
    }
}
