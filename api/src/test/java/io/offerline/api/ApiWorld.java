package io.offerline.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.offerline.core.account.AccountBootstrap;
import io.offerline.dynamodb.TestDynamo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/** The API on the test's tables with one bootstrapped account, called as HTTP would call it. */
final class ApiWorld implements AutoCloseable {

    static final String BASE_URL = "https://track.example.com";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final ApplicationContext context;
    final GraphQLHttp http;

    ApiWorld(TestDynamo dynamo) {
        context = ApplicationContext.run(Map.of(
                "dynamodb.endpoint", dynamo.endpoint(),
                "offerline.tables.config", dynamo.tables().config(),
                "offerline.tables.events", dynamo.tables().events(),
                "offerline.public-base-url", BASE_URL));
        http = context.getBean(GraphQLHttp.class);
    }

    /** A new account with its owner key and default workspace. */
    AccountBootstrap.Bootstrapped account(String name) {
        return context.getBean(AccountBootstrap.class).bootstrap(name, Currency.getInstance("USD"), null);
    }

    HttpReply post(String apiKey, String query, Map<String, Object> variables) {
        return post(apiKey, query, null, variables);
    }

    HttpReply post(String apiKey, String query, String operationName, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("operationName", operationName);
        body.put("variables", variables);
        return http.handle(new HttpCall("POST", Map.of(
                "authorization", "Bearer " + apiKey,
                "content-type", "application/json",
                "accept", GraphQLHttp.GRAPHQL_RESPONSE), Map.of(), json(body)));
    }

    static String operation(String name) {
        try (InputStream in = ApiWorld.class.getResourceAsStream("/graphql/" + name + ".graphql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> parse(HttpReply reply) {
        try {
            return MAPPER.readValue(reply.body(), new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
