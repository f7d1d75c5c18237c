package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.core.account.Role;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every Query and Mutation field, called by each role on each kind of target, against the
 * real engine, with every field of what it answers selected. The expected outcome of each call
 * is in {@link #EXPECTED}; a schema field without an entry fails {@link #everyQueryAndMutationField_hasAnEntry}.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    /** What a call is aimed at, seen from account A, whose users call. */
    enum Target { OWN_PUBLIC, ASSIGNED_PRIVATE, UNASSIGNED_PRIVATE, OTHER_ACCOUNT }

    /** HIDDEN: answered like an id that does not exist (null, or "No … with id …"). */
    enum Outcome { OK, FORBIDDEN, HIDDEN }

    // Rows are roles, columns targets in Target order. Fields without a target ignore it: their
    // columns are the same.
    private static final Table READ = table("""
                        public  assigned  unassigned  other
            OWNER       OK      OK        OK          HIDDEN
            ADMIN       OK      OK        OK          HIDDEN
            WORKER      OK      OK        HIDDEN      HIDDEN
            READ_ONLY   OK      OK        HIDDEN      HIDDEN
            """);
    private static final Table WRITE = table("""
                        public     assigned   unassigned  other
            OWNER       OK         OK         OK          HIDDEN
            ADMIN       OK         OK         OK          HIDDEN
            WORKER      OK         OK         HIDDEN      HIDDEN
            READ_ONLY   FORBIDDEN  FORBIDDEN  FORBIDDEN   FORBIDDEN
            """);
    private static final Table ANYONE = table("""
                        public  assigned  unassigned  other
            OWNER       OK      OK        OK          OK
            ADMIN       OK      OK        OK          OK
            WORKER      OK      OK        OK          OK
            READ_ONLY   OK      OK        OK          OK
            """);
    private static final Table WRITERS = table("""
                        public     assigned   unassigned  other
            OWNER       OK         OK         OK          OK
            ADMIN       OK         OK         OK          OK
            WORKER      OK         OK         OK          OK
            READ_ONLY   FORBIDDEN  FORBIDDEN  FORBIDDEN   FORBIDDEN
            """);
    private static final Table ADMINS = table("""
                        public     assigned   unassigned  other
            OWNER       OK         OK         OK          OK
            ADMIN       OK         OK         OK          OK
            WORKER      FORBIDDEN  FORBIDDEN  FORBIDDEN   FORBIDDEN
            READ_ONLY   FORBIDDEN  FORBIDDEN  FORBIDDEN   FORBIDDEN
            """);
    /** Owners and admins on the target's workspace or user; another account's answers like a missing one. */
    private static final Table ADMINS_OF_TARGET = table("""
                        public     assigned   unassigned  other
            OWNER       OK         OK         OK          HIDDEN
            ADMIN       OK         OK         OK          HIDDEN
            WORKER      FORBIDDEN  FORBIDDEN  FORBIDDEN   FORBIDDEN
            READ_ONLY   FORBIDDEN  FORBIDDEN  FORBIDDEN   FORBIDDEN
            """);
    /** Another user's API key: only owners and admins see it. */
    private static final Table OTHERS_KEY = table("""
                        public  assigned  unassigned  other
            OWNER       OK      OK        OK          HIDDEN
            ADMIN       OK      OK        OK          HIDDEN
            WORKER      HIDDEN  HIDDEN    HIDDEN      HIDDEN
            READ_ONLY   HIDDEN  HIDDEN    HIDDEN      HIDDEN
            """);

    /** Nested fields no call selects, each with its reason. */
    private static final Set<String> NOT_SELECTED = Set.of();

    private static final GraphQLSchema SCHEMA = new GraphQLFactory(List.of()).schema();
    private static final int MAX_DEPTH = 4;

    private final AtomicInteger serial = new AtomicInteger();
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<Target, Place> places = new EnumMap<>(Target.class);
    private final Map<Role, String> keys = new EnumMap<>(Role.class);
    private final Set<String> selected = new TreeSet<>();
    private ApiWorld world;

    /** A workspace and the owner of its account. */
    record Place(AccountBootstrap.Bootstrapped owner, String workspaceId) {
    }

    /** How a field is called for a role on a target: the variables, named like its arguments. */
    @FunctionalInterface
    interface Variables {

        Map<String, Object> of(Role role, Target target);
    }

    record Entry(Table expected, Variables variables) {
    }

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        AccountBootstrap.Bootstrapped account = world.account("A");
        AccountBootstrap.Bootstrapped other = world.account("B");
        places.put(Target.OWN_PUBLIC, new Place(account, account.workspace().id()));
        places.put(Target.ASSIGNED_PRIVATE, new Place(account, privateWorkspace(account, "Assigned")));
        places.put(Target.UNASSIGNED_PRIVATE, new Place(account, privateWorkspace(account, "Unassigned")));
        places.put(Target.OTHER_ACCOUNT, new Place(other, other.workspace().id()));
        List<String> assigned = List.of(places.get(Target.ASSIGNED_PRIVATE).workspaceId());
        keys.put(Role.OWNER, account.apiKey());
        keys.put(Role.ADMIN, world.keyOf(account, world.createUser(account, "admin@a.example", Role.ADMIN, List.of())));
        keys.put(Role.WORKER, world.keyOf(account, world.createUser(account, "worker@a.example", Role.WORKER, assigned)));
        keys.put(Role.READ_ONLY, world.keyOf(account, world.createUser(account, "viewer@a.example", Role.READ_ONLY, assigned)));
        EntityContracts.all(world).forEach(this::addEntityFields);
        addAccountFields();
        addCostFields();
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void everyQueryAndMutationField_hasAnEntry() {
        assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(rootFields());
    }

    @TestFactory
    Stream<DynamicTest> eachField_answersAsItsTableSays_forEveryRoleAndTarget() {
        return entries.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            Table actual = run(entry.getKey(), entry.getValue().variables());
            assertThat(actual.toString()).as(entry.getKey()).isEqualTo(entry.getValue().expected().toString());
        }));
    }

    @Test
    void everyFieldOfEveryAnsweredType_isSelectedByACall() {
        Set<String> all = new TreeSet<>();
        for (GraphQLFieldDefinition root : rootFieldDefinitions()) {
            selection(GraphQLTypeUtil.unwrapAll(root.getType()).getName(), MAX_DEPTH, new ArrayList<>(), all);
        }
        Set<String> reachable = SCHEMA.getAllTypesAsList().stream()
                .filter(type -> type instanceof GraphQLObjectType && !type.getName().startsWith("__"))
                .filter(type -> !type.getName().equals("Query") && !type.getName().equals("Mutation"))
                .flatMap(type -> ((GraphQLObjectType) type).getFieldDefinitions().stream().map(field -> type.getName() + "." + field.getName()))
                .collect(Collectors.toCollection(TreeSet::new));

        reachable.removeAll(NOT_SELECTED);
        assertThat(all).containsAll(reachable);
    }

    private void addEntityFields(EntityContract contract) {
        String field = contract.field();
        Map<Target, String> ids = new EnumMap<>(Target.class);
        places.forEach((target, place) -> ids.put(target, create(contract, place)));
        entries.put(field, new Entry(READ, (role, target) -> Map.of("id", ids.get(target))));
        entries.put(field + "s", new Entry(READ, (role, target) -> Map.of("workspaceId", places.get(target).workspaceId())));
        entries.put("create" + contract.type(), new Entry(WRITE, (role, target) -> Map.of("input", input(contract, target))));
        entries.put("update" + contract.type(), new Entry(WRITE, (role, target) -> Map.of("id", create(contract, places.get(target)),
                "version", 1, "input", input(contract, target))));
        entries.put("archive" + contract.type(), new Entry(WRITE, (role, target) -> Map.of("id", create(contract, places.get(target)),
                "version", 1)));
        entries.put("restore" + contract.type(), new Entry(WRITE, (role, target) -> Map.of("id", archived(contract, places.get(target)),
                "version", 2)));
        if (contract.type().equals("Offer")) {
            entries.put("cloneOffer", new Entry(WRITE, (role, target) -> Map.of("id", create(contract, places.get(target)))));
        }
    }

    private void addAccountFields() {
        Variables none = (role, target) -> Map.of();
        entries.put("viewer", new Entry(ANYONE, none));
        entries.put("workspaces", new Entry(ANYONE, none));
        entries.put("tokens", new Entry(ANYONE, none));
        entries.put("affiliateNetworkTemplates", new Entry(ANYONE, none));
        entries.put("conversionTypes", new Entry(ANYONE, none));
        entries.put("postbackLog", new Entry(ADMINS, none));
        entries.put("outboundPostbacks", new Entry(ADMINS, none));
        entries.put("report", new Entry(READ, (role, target) -> Map.of("input", Map.of("from", "2026-11-01", "to", "2026-11-26",
                "groupBy", List.of("OFFER"), "workspaceIds", List.of(places.get(target).workspaceId())))));
        entries.put("updateAccount", new Entry(ADMINS, (role, target) -> Map.of("input", Map.of("name", "A"))));
        entries.put("createWorkspace", new Entry(ADMINS, (role, target) -> Map.of("input", Map.of("name", "W" + serial.incrementAndGet()))));
        entries.put("updateWorkspace", new Entry(ADMINS_OF_TARGET, (role, target) -> Map.of("id", places.get(target).workspaceId(),
                "input", Map.of("name", "Renamed " + serial.incrementAndGet()))));
        entries.put("saveConversionType", new Entry(WRITERS, (role, target) -> Map.of("input", Map.of("key", "lead", "name", "Lead"))));
        entries.put("uploadConversions", new Entry(WRITERS, (role, target) -> Map.of("rows", List.of(Map.of("clickId", "no-such-click")))));
        entries.put("users", new Entry(ADMINS, none));
        entries.put("auditLog", new Entry(ADMINS, none));
        entries.put("createUser", new Entry(ADMINS_OF_TARGET, (role, target) -> Map.of("input", userInput(target))));
        entries.put("updateUser", new Entry(ADMINS_OF_TARGET, (role, target) -> Map.of("id", freshUser(target), "input", userInput(target))));
        entries.put("removeUser", new Entry(ADMINS_OF_TARGET, (role, target) -> Map.of("id", freshUser(target))));
        entries.put("apiKeys", new Entry(ADMINS_OF_TARGET, (role, target) -> Map.of("userId", freshUser(target))));
        entries.put("createApiKey", new Entry(ADMINS_OF_TARGET, (role, target) -> Map.of("input", Map.of("userId", freshUser(target),
                "name", "ci"))));
        entries.put("revokeApiKey", new Entry(OTHERS_KEY, (role, target) -> Map.of("id", freshKey(target))));
    }

    /** A cost update changes its campaign's stats: written like the campaign itself. */
    private void addCostFields() {
        EntityContract campaigns = EntityContracts.campaign(world);
        Map<Target, String> campaignIds = new EnumMap<>(Target.class);
        places.forEach((target, place) -> campaignIds.put(target, create(campaigns, place)));
        entries.put("updateCost", new Entry(WRITE, (role, target) -> Map.of("input", Map.of("campaignId", campaignIds.get(target),
                "from", "2026-11-01", "to", "2026-11-02", "amount", 5))));
    }

    private Table run(String field, Variables variables) {
        Map<Role, List<Outcome>> rows = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            List<Outcome> row = new ArrayList<>();
            for (Target target : Target.values()) {
                Map<String, Object> values = variables.of(role, target);
                row.add(outcome(field, world.post(keys.get(role), query(field, values), values)));
            }
            rows.put(role, row);
        }
        return new Table(rows);
    }

    private static Outcome outcome(String field, HttpReply reply) {
        Map<String, Object> body = ApiWorld.parse(reply);
        List<?> errors = (List<?>) body.get("errors");
        if (errors == null || errors.isEmpty()) {
            return at(body, "data." + field) == null ? Outcome.HIDDEN : Outcome.OK;
        }
        Object code = at(body, "errors.0.extensions.code");
        String message = (String) at(body, "errors.0.message");
        if ("FORBIDDEN".equals(code) && errors.size() == 1) {
            return Outcome.FORBIDDEN;
        }
        if ("BAD_USER_INPUT".equals(code) && errors.size() == 1 && message.matches(".*No .+ with id .+")) {
            return Outcome.HIDDEN;
        }
        throw new AssertionError(field + " answered neither data, FORBIDDEN nor not-found: " + reply.body());
    }

    /** The operation calling {@code field} with {@code variables}, every field of its answer selected. */
    private String query(String field, Map<String, Object> variables) {
        boolean mutation = SCHEMA.getMutationType().getFieldDefinition(field) != null;
        GraphQLFieldDefinition definition = mutation ? SCHEMA.getMutationType().getFieldDefinition(field)
                : SCHEMA.getQueryType().getFieldDefinition(field);
        String declarations = variables.keySet().stream()
                .map(name -> "$" + name + ": " + GraphQLTypeUtil.simplePrint(definition.getArgument(name).getType()))
                .collect(Collectors.joining(", "));
        String arguments = variables.keySet().stream().map(name -> name + ": $" + name).collect(Collectors.joining(", "));
        String selection = selection(GraphQLTypeUtil.unwrapAll(definition.getType()).getName(), MAX_DEPTH, new ArrayList<>(), selected);
        return (mutation ? "mutation" : "query") + (declarations.isEmpty() ? "" : "(" + declarations + ")") + " { " + field
                + (arguments.isEmpty() ? "" : "(" + arguments + ")") + selection + " }";
    }

    /**
     * Every field of the type without required arguments, objects to {@code depth} levels and
     * never a type already on the path (which the type itself selects); {@code seen} collects them.
     */
    private static String selection(String typeName, int depth, List<String> path, Set<String> seen) {
        if (!(SCHEMA.getType(typeName) instanceof GraphQLObjectType type)) {
            return "";
        }
        List<String> fields = new ArrayList<>();
        path.add(typeName);
        for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
            boolean needsArguments = field.getArguments().stream().anyMatch(argument -> GraphQLTypeUtil.isNonNull(argument.getType())
                    && !argument.hasSetDefaultValue());
            String fieldType = GraphQLTypeUtil.unwrapAll(field.getType()).getName();
            boolean object = SCHEMA.getType(fieldType) instanceof GraphQLObjectType;
            if (needsArguments || object && (depth == 0 || path.contains(fieldType))) {
                continue;
            }
            seen.add(typeName + "." + field.getName());
            fields.add(field.getName() + (object ? selection(fieldType, depth - 1, path, seen) : ""));
        }
        path.remove(path.size() - 1);
        return " { " + String.join(" ", fields) + " }";
    }

    private String create(EntityContract contract, Place place) {
        Map<String, Object> created = ApiWorld.parse(world.post(place.owner().apiKey(), contract.operation("Create"),
                Map.of("input", contract.minimalInput(place.owner(), place.workspaceId(), "Matrix " + serial.incrementAndGet()))));
        assertThat(created.get("errors")).as("setup").isNull();
        return (String) at(created, "data.create" + contract.type() + ".id");
    }

    private String archived(EntityContract contract, Place place) {
        String id = create(contract, place);
        Map<String, Object> archived = ApiWorld.parse(world.post(place.owner().apiKey(), contract.operation("Archive"),
                Map.of("id", id, "version", 1)));
        assertThat(archived.get("errors")).as("setup").isNull();
        return id;
    }

    private Map<String, Object> input(EntityContract contract, Target target) {
        Place place = places.get(target);
        return contract.minimalInput(place.owner(), place.workspaceId(), "Matrix " + serial.incrementAndGet());
    }

    private Map<String, Object> userInput(Target target) {
        String email = "user" + serial.incrementAndGet() + "@matrix.example";
        List<String> workspaceIds = List.of(places.get(target).workspaceId());
        return Map.of("name", email, "email", email, "role", "WORKER", "workspaceIds", workspaceIds);
    }

    /** A new worker of the target's account, made by its owner. */
    private String freshUser(Target target) {
        Place place = places.get(target);
        return world.createUser(place.owner(), "fresh" + serial.incrementAndGet() + "@matrix.example", Role.WORKER, List.of());
    }

    /** A key of a new worker of the target's account, made by its owner. */
    private String freshKey(Target target) {
        Map<String, Object> created = ApiWorld.parse(world.post(places.get(target).owner().apiKey(), """
                mutation($input: ApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }""",
                Map.of("input", Map.of("userId", freshUser(target), "name", "theirs"))));
        return (String) at(created, "data.createApiKey.apiKey.id");
    }

    private String privateWorkspace(AccountBootstrap.Bootstrapped account, String name) {
        Map<String, Object> created = ApiWorld.parse(world.post(account.apiKey(), """
                mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { id } }""",
                Map.of("input", Map.of("name", name, "visibility", "PRIVATE"))));
        return (String) at(created, "data.createWorkspace.id");
    }

    private static List<GraphQLFieldDefinition> rootFieldDefinitions() {
        List<GraphQLFieldDefinition> fields = new ArrayList<>(SCHEMA.getQueryType().getFieldDefinitions());
        fields.addAll(SCHEMA.getMutationType().getFieldDefinitions());
        return fields;
    }

    private static List<String> rootFields() {
        return rootFieldDefinitions().stream().map(GraphQLFieldDefinition::getName).toList();
    }

    /** Outcomes by role and target, written and compared as text. */
    record Table(Map<Role, List<Outcome>> rows) {

        @Override
        public String toString() {
            return rows.entrySet().stream()
                    .map(row -> row.getKey() + " " + row.getValue().stream().map(Outcome::name).collect(Collectors.joining(" ")))
                    .collect(Collectors.joining("\n"));
        }
    }

    private static Table table(String text) {
        Map<Role, List<Outcome>> rows = new EnumMap<>(Role.class);
        text.lines().skip(1).map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] cells = line.split("\\s+");
            rows.put(Role.valueOf(cells[0]), Arrays.stream(cells).skip(1).map(Outcome::valueOf).toList());
        });
        assertThat(rows.keySet()).containsExactly(Role.values());
        return new Table(rows);
    }
}
