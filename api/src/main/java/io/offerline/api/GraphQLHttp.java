package io.offerline.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.offerline.api.fetch.Loaders;
import io.offerline.core.account.ApiKeys;
import io.offerline.core.account.Principal;
import io.offerline.core.http.PublicBaseUrl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GraphQL over HTTP as the specification describes it: POST with a JSON body or GET with
 * query parameters (queries only), {@code application/graphql-response+json} or
 * {@code application/json} answers, a bearer API key, and a 4xx with a GraphQL error for any
 * request that cannot be executed.
 */
public final class GraphQLHttp {

    public static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    public static final String JSON = "application/json";
    /** Largest request body accepted; real operations are a few kilobytes. */
    public static final int MAX_BODY_CHARS = 100_000;
    /** Longest GET query string (its parameters, decoded); a longer operation is sent with POST. */
    public static final int MAX_QUERY_STRING_CHARS = 8_000;

    private final GraphQL graphQL;
    private final ApiKeys apiKeys;
    private final Loaders loaders;
    private final String configuredBaseUrl;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** @param configuredBaseUrl public base URL of the tracking links, or blank to use the request's host */
    public GraphQLHttp(GraphQL graphQL, ApiKeys apiKeys, Loaders loaders, String configuredBaseUrl) {
        this.graphQL = graphQL;
        this.apiKeys = apiKeys;
        this.loaders = loaders;
        this.configuredBaseUrl = configuredBaseUrl;
    }

    public HttpReply handle(HttpCall call) {
        Optional<String> mediaType = responseMediaType(call.header("accept"));
        if (mediaType.isEmpty()) {
            return error(406, JSON, "Accept must allow " + GRAPHQL_RESPONSE + " or " + JSON + ".", "NOT_ACCEPTABLE");
        }
        String type = mediaType.get();
        if (!call.method().equals("GET") && !call.method().equals("POST")) {
            return withHeader(error(405, type, "Use GET or POST.", "METHOD_NOT_ALLOWED"), "Allow", "GET, POST");
        }
        Optional<Principal> principal = apiKeys.authenticate(bearerToken(call.header("authorization")));
        if (principal.isEmpty()) {
            return withHeader(error(401, type, "A valid API key is required: send Authorization: Bearer <key>.", "UNAUTHENTICATED"),
                    "WWW-Authenticate", "Bearer");
        }
        try {
            GraphQLRequest request = call.method().equals("GET") ? fromQuery(call) : fromBody(call);
            if (call.method().equals("GET") && isMutation(request)) {
                return withHeader(error(405, type, "Mutations must be sent with POST.", "METHOD_NOT_ALLOWED"), "Allow", "POST");
            }
            return execute(request, new RequestScope(principal.get(), baseUrl(call)), type);
        } catch (BadRequest bad) {
            return error(bad.status, type, bad.getMessage(), bad.code);
        }
    }

    private HttpReply execute(GraphQLRequest request, RequestScope scope, String mediaType) {
        RequestWorkspaces opened = loaders.workspacesOpenedBy(scope.principal());
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .graphQLContext(Map.of(RequestScope.class, scope, RequestWorkspaces.class, opened))
                .dataLoaderRegistry(loaders.registryFor(scope.principal(), opened))
                .build();
        ExecutionResult result = graphQL.execute(input);
        // With graphql-response+json a request that never executed (no data) is a 400.
        int status = mediaType.equals(GRAPHQL_RESPONSE) && !result.isDataPresent() ? 400 : 200;
        return reply(status, mediaType, result.toSpecification());
    }

    private GraphQLRequest fromBody(HttpCall call) {
        String contentType = Optional.ofNullable(call.header("content-type")).orElse("");
        if (!contentType.toLowerCase().startsWith(JSON)) {
            throw new BadRequest(415, "Content-Type must be " + JSON + ".");
        }
        if (call.body() == null || call.body().isBlank()) {
            throw new BadRequest(400, "The request body must be a JSON object with a query.");
        }
        if (call.body().length() > MAX_BODY_CHARS) {
            throw new BadRequest(413, "The request body is larger than " + MAX_BODY_CHARS + " characters.");
        }
        Object parsed = readJson(call.body(), "The request body is not valid JSON.");
        if (!(parsed instanceof Map<?, ?> body)) {
            throw new BadRequest(400, "The request body must be a JSON object with a query.");
        }
        return request(body.get("query"), body.get("operationName"), body.get("variables"));
    }

    private GraphQLRequest fromQuery(HttpCall call) {
        int length = call.query().entrySet().stream().mapToInt(parameter -> parameter.getKey().length() + parameter.getValue().length()).sum();
        if (length > MAX_QUERY_STRING_CHARS) {
            throw new BadRequest(414, "QUERY_STRING_TOO_LONG", "The query string is longer than "
                    + String.format("%,d", MAX_QUERY_STRING_CHARS) + " characters; send the operation with POST.");
        }
        String variables = call.query().get("variables");
        Object parsedVariables = variables == null || variables.isBlank() ? null : readJson(variables, "variables is not valid JSON.");
        return request(call.query().get("query"), call.query().get("operationName"), parsedVariables);
    }

    @SuppressWarnings("unchecked")
    private static GraphQLRequest request(Object query, Object operationName, Object variables) {
        if (!(query instanceof String text) || text.isBlank()) {
            throw new BadRequest(400, "query is required and must be a string.");
        }
        if (operationName != null && !(operationName instanceof String)) {
            throw new BadRequest(400, "operationName must be a string.");
        }
        if (variables != null && !(variables instanceof Map)) {
            throw new BadRequest(400, "variables must be a JSON object.");
        }
        return new GraphQLRequest(text, (String) operationName, variables == null ? Map.of() : (Map<String, Object>) variables);
    }

    private static boolean isMutation(GraphQLRequest request) {
        Document document;
        try {
            document = Parser.parse(request.query());
        } catch (InvalidSyntaxException e) {
            return false; // execution reports the syntax error
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(operation -> request.operationName() == null || request.operationName().equals(operation.getName()))
                .anyMatch(operation -> operation.getOperation() == OperationDefinition.Operation.MUTATION);
    }

    private String baseUrl(HttpCall call) {
        return PublicBaseUrl.of(configuredBaseUrl, call.header("x-forwarded-proto"), call.header("host"));
    }

    /** The media type to answer with, or empty when the client accepts neither. */
    static Optional<String> responseMediaType(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        String lower = accept.toLowerCase();
        if (lower.contains(GRAPHQL_RESPONSE)) {
            return Optional.of(GRAPHQL_RESPONSE);
        }
        if (lower.contains(JSON) || lower.contains("*/*") || lower.contains("application/*")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }

    static String bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }

    private Object readJson(String json, String problem) {
        try {
            return mapper.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new BadRequest(400, problem);
        }
    }

    private HttpReply error(int status, String mediaType, String message, String code) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", Map.of("code", code));
        return reply(status, mediaType, Map.of("errors", List.of(error)));
    }

    private HttpReply reply(int status, String mediaType, Map<String, Object> body) {
        try {
            return new HttpReply(status, Map.of("Content-Type", mediaType + "; charset=utf-8", "Cache-Control", "no-store"),
                    mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a GraphQL result is always serializable", e);
        }
    }

    static HttpReply withHeader(HttpReply reply, String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(reply.headers());
        headers.put(name, value);
        return new HttpReply(reply.status(), headers, reply.body());
    }

    private record GraphQLRequest(String query, String operationName, Map<String, Object> variables) {
    }

    private static final class BadRequest extends RuntimeException {

        private final int status;
        private final String code;

        BadRequest(int status, String message) {
            this(status, "BAD_REQUEST", message);
        }

        BadRequest(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }
}
