package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every workspace entity promises through GraphQL, run for each: versions, workspaces,
 * other accounts, archive and restore, paging and filters, and every invalid field of its input.
 * What only one entity does stays in its own IT.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceEntityContractIT {

    private ApiWorld world;
    private AccountBootstrap.Bootstrapped account;
    private AccountBootstrap.Bootstrapped stranger;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        account = world.account("Buyer");
        stranger = world.account("Stranger");
    }

    @AfterAll
    void stop() {
        world.close();
    }

    Stream<EntityContract> entities() {
        return EntityContracts.all(world).stream();
    }

    Stream<Arguments> invalidInputs() {
        return EntityContracts.all(world).stream()
                .flatMap(entity -> entity.invalidInputs().stream().map(invalid -> Arguments.of(entity, invalid)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidInputs")
    @SuppressWarnings("unchecked")
    void create_isRejectedNamingTheField_andWritesNothing_whenAValueIsInvalid(EntityContract entity, EntityContract.Invalid invalid) {
        Map<String, Object> input = new HashMap<>(entity.fullInput(account, workspaceId()));
        input.put(invalid.key(), invalid.value());
        long before = world.indexItems(entity.indexPartition().apply(workspaceId()));

        HttpReply reply = world.post(account.apiKey(), entity.operation("Create"), Map.of("input", input));

        Map<String, Object> body = ApiWorld.parse(reply);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(at(body, "data")).isNull();
        assertThat((Map<String, Object>) at(body, "errors.0.extensions"))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", invalid.field());
        assertThat((String) at(body, "errors.0.message")).startsWith(invalid.field() + ": ").contains(invalid.messagePart());
        assertThat(world.indexItems(entity.indexPartition().apply(workspaceId()))).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entities")
    @SuppressWarnings("unchecked")
    void create_inAnotherAccountsWorkspace_answersAsIfItDidNotExist_andWritesNothing(EntityContract entity) {
        Map<String, Object> input = new HashMap<>(entity.fullInput(account, workspaceId()));
        input.put("workspaceId", stranger.workspace().id());
        long before = world.indexItems(entity.indexPartition().apply(stranger.workspace().id()));

        Map<String, Object> reply = call(account, entity, "Create", Map.of("input", input));

        assertThat((Map<String, Object>) at(reply, "errors.0.extensions"))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "input.workspaceId");
        assertThat(at(reply, "errors.0.message")).isEqualTo("input.workspaceId: No workspace with id " + stranger.workspace().id() + ".");
        assertThat(world.indexItems(entity.indexPartition().apply(stranger.workspace().id()))).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entities")
    void update_withAStaleVersion_isAConflict_andChangesNothing(EntityContract entity) {
        Map<String, Object> created = create(entity, entity.fullInput(account, workspaceId()));
        call(account, entity, "Archive", Map.of("id", created.get("id"), "version", 1));
        Map<String, Object> before = read(account, entity, created.get("id"));
        Map<String, Object> input = new HashMap<>(entity.fullInput(account, workspaceId()));
        input.put("name", "Renamed");

        Map<String, Object> reply = call(account, entity, "Update", Map.of("id", created.get("id"), "version", 1, "input", input));

        assertThat(at(reply, "data")).isNull();
        assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("CONFLICT");
        assertThat((String) at(reply, "errors.0.message")).contains("version 1");
        assertThat(read(account, entity, created.get("id"))).isEqualTo(before);
        assertThat(before).containsEntry("name", created.get("name")).containsEntry("version", 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entities")
    void update_withTheVersionBeforeAnotherUpdate_isAConflict_andKeepsTheOtherUpdate(EntityContract entity) {
        Map<String, Object> created = create(entity, entity.minimalInput(account, workspaceId(), "Original"));
        Map<String, Object> first = call(account, entity, "Update", Map.of("id", created.get("id"), "version", 1,
                "input", entity.minimalInput(account, workspaceId(), "First edit")));

        Map<String, Object> reply = call(account, entity, "Update", Map.of("id", created.get("id"), "version", 1,
                "input", entity.minimalInput(account, workspaceId(), "Stale edit")));

        assertThat(at(first, "errors")).isNull();
        assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("CONFLICT");
        assertThat(read(account, entity, created.get("id"))).containsEntry("name", "First edit").containsEntry("version", 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entities")
    void restore_withAStaleVersion_isAConflict(EntityContract entity) {
        Map<String, Object> created = create(entity, entity.fullInput(account, workspaceId()));
        call(account, entity, "Archive", Map.of("id", created.get("id"), "version", 1));

        Map<String, Object> reply = call(account, entity, "Restore", Map.of("id", created.get("id"), "version", 1));

        assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("CONFLICT");
        assertThat(read(account, entity, created.get("id"))).containsEntry("archived", true).containsEntry("version", 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entities")
    void update_intoAnotherWorkspace_isRejected_andChangesNothing(EntityContract entity) {
        Map<String, Object> created = create(entity, entity.fullInput(account, workspaceId()));
        Map<String, Object> input = new HashMap<>(entity.fullInput(account, workspaceId()));
        input.put("workspaceId", world.createWorkspace(account, "Second"));

        Map<String, Object> reply = call(account, entity, "Update", Map.of("id", created.get("id"), "version", 1, "input", input));

        assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(at(reply, "errors.0.extensions.field")).isEqualTo("input.workspaceId");
        assertThat(read(account, entity, created.get("id"))).containsEntry("version", 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entities")
    void archiveAndRestore_moveTheEntityBetweenTheActiveAndArchivedLists(EntityContract entity) {
        AccountBootstrap.Bootstrapped lister = world.account("Archiver of " + entity);
        String workspace = lister.workspace().id();
        String id = (String) at(call(lister, entity, "Create", Map.of("input", entity.minimalInput(lister, workspace, "Seasonal"))),
                "data.create" + entity.type() + ".id");

        Map<String, Object> archived = call(lister, entity, "Archive", Map.of("id", id, "version", 1));
        List<String> activeAfterArchive = names(lister, entity, workspace, null);
        List<String> archivedList = names(lister, entity, workspace, Map.of("archived", true));
        Map<String, Object> restored = call(lister, entity, "Restore", Map.of("id", id, "version", 2));
        List<String> activeAfterRestore = names(lister, entity, workspace, null);

        assertThat(at(archived, "data.archive" + entity.type())).isEqualTo(Map.of("id", id, "archived", true, "version", 2));
        assertThat(activeAfterArchive).isEmpty();
        assertThat(archivedList).containsExactly("Seasonal");
        assertThat(at(restored, "data.restore" + entity.type())).isEqualTo(Map.of("id", id, "archived", false, "version", 3));
        assertThat(activeAfterRestore).containsExactly("Seasonal");
        assertThat(names(lister, entity, workspace, Map.of("search", "SEAS"))).containsExactly("Seasonal");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entities")
    void list_pagesThroughEveryEntityExactlyOnce_andFiltersByName_whenFirstIsTwo(EntityContract entity) {
        AccountBootstrap.Bootstrapped lister = world.account("Lister of " + entity);
        String workspace = lister.workspace().id();
        List<String> names = List.of("Quiz US", "Advertorial", "quiz DE", "Presell", "Quiz BR");
        for (String name : names) {
            assertThat(at(call(lister, entity, "Create", Map.of("input", entity.minimalInput(lister, workspace, name))), "errors")).isNull();
        }

        List<String> all = names(lister, entity, workspace, null);
        List<String> quizzes = names(lister, entity, workspace, Map.of("search", "QUIZ"));

        // Entities created within the same microsecond may list in either order; each must appear exactly once.
        assertThat(all).hasSize(names.size()).containsExactlyInAnyOrderElementsOf(names);
        assertThat(quizzes).containsExactlyInAnyOrder("Quiz US", "quiz DE", "Quiz BR");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entities")
    @SuppressWarnings("unchecked")
    void anotherAccount_seesNull_andCannotChangeTheEntity(EntityContract entity) {
        Map<String, Object> created = create(entity, entity.fullInput(account, workspaceId()));
        String noun = "No " + entity.noun() + " with id ";

        Map<String, Object> read = call(stranger, entity, "Read", Map.of("id", created.get("id")));
        Map<String, Object> archive = call(stranger, entity, "Archive", Map.of("id", created.get("id"), "version", 1));
        Map<String, Object> missing = call(stranger, entity, "Archive", Map.of("id", "no-such-entity", "version", 1));
        Map<String, Object> update = call(stranger, entity, "Update", Map.of("id", created.get("id"), "version", 1,
                "input", entity.minimalInput(stranger, stranger.workspace().id(), "Hijacked")));
        Map<String, Object> list = call(stranger, entity, "List", Map.of("workspaceId", workspaceId()));

        assertThat(at(read, "data." + entity.field())).isNull();
        assertThat(at(read, "errors")).isNull();
        assertThat((Map<String, Object>) at(archive, "errors.0.extensions")).containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "id");
        assertThat(at(archive, "errors.0.message")).isEqualTo("id: " + noun + created.get("id") + ".");
        assertThat(at(missing, "errors.0.message")).isEqualTo("id: " + noun + "no-such-entity.");
        assertThat((Map<String, Object>) at(update, "errors.0.extensions")).containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "id");
        assertThat(at(update, "errors.0.message")).isEqualTo("id: " + noun + created.get("id") + ".");
        assertThat(at(list, "errors.0.extensions.field")).isEqualTo("workspaceId");
        assertThat(read(account, entity, created.get("id"))).containsEntry("archived", false).containsEntry("version", 1);
    }

    private Map<String, Object> create(EntityContract entity, Map<String, Object> input) {
        Map<String, Object> created = call(account, entity, "Create", Map.of("input", input));
        assertThat(at(created, "errors")).isNull();
        return node(created, "create" + entity.type());
    }

    private Map<String, Object> read(AccountBootstrap.Bootstrapped caller, EntityContract entity, Object id) {
        return node(call(caller, entity, "Read", Map.of("id", id)), entity.field());
    }

    private List<String> names(AccountBootstrap.Bootstrapped caller, EntityContract entity, String workspaceId, Map<String, Object> filter) {
        return world.allNames(caller.apiKey(), entity.field() + "s", entity.operation("List"), workspaceId, filter);
    }

    private Map<String, Object> call(AccountBootstrap.Bootstrapped caller, EntityContract entity, String operation,
            Map<String, Object> variables) {
        return ApiWorld.parse(world.post(caller.apiKey(), entity.operation(operation), variables));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(Map<String, Object> reply, String field) {
        return (Map<String, Object>) at(reply, "data." + field);
    }

    private String workspaceId() {
        return account.workspace().id();
    }

    /** Items stored under the entity's index partition of a workspace, counted straight from the table. */

    static String lowerFirst(String type) {
        return type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1);
    }
}
