package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.core.account.Role;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Users through GraphQL: who may add, change and remove whom, and the last owner. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsersIT {

    private static final String USERS = "{ users { id email role workspaceIds } }";
    private static final String CREATE = "mutation($input: UserInput!) { createUser(input: $input) { id email role } }";
    private static final String UPDATE = "mutation($id: ID!, $input: UserInput!) { updateUser(id: $id, input: $input) { id role } }";
    private static final String REMOVE = "mutation($id: ID!) { removeUser(id: $id) { id } }";

    private ApiWorld world;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void createUser_addsAUserOfEachRole_andUsersListsThemAfterTheOwner() {
        AccountBootstrap.Bootstrapped account = world.account("Team");
        for (Role role : Role.values()) {
            world.createUser(account, role.name().toLowerCase() + "@team.example", role, List.of());
        }

        Map<String, Object> reply = ApiWorld.parse(world.post(account.apiKey(), USERS, Map.of()));

        assertThat(reply.get("errors")).isNull();
        assertThat(emails(reply)).containsExactly("owner@localhost", "owner@team.example", "admin@team.example",
                "worker@team.example", "read_only@team.example");
    }

    @Test
    void createUser_isForbidden_forWorkersAndReadOnlyUsers() {
        AccountBootstrap.Bootstrapped account = world.account("Team");
        for (Role role : List.of(Role.WORKER, Role.READ_ONLY)) {
            String key = world.keyOf(account, world.createUser(account, role + "@team.example", role, List.of()));

            Map<String, Object> created = ApiWorld.parse(world.post(key, CREATE, Map.of("input", input("new@team.example", Role.WORKER))));
            Map<String, Object> listed = ApiWorld.parse(world.post(key, USERS, Map.of()));

            assertThat(at(created, "errors.0.extensions.code")).isEqualTo("FORBIDDEN");
            assertThat((String) at(created, "errors.0.message")).contains("owners and admins");
            assertThat(at(listed, "errors.0.extensions.code")).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void admins_manageUsersOtherThanOwners_andMakeNoOwner() {
        AccountBootstrap.Bootstrapped account = world.account("Team");
        String admin = world.keyOf(account, world.createUser(account, "admin@team.example", Role.ADMIN, List.of()));
        String ownerId = world.createUser(account, "second-owner@team.example", Role.OWNER, List.of());

        Map<String, Object> worker = ApiWorld.parse(world.post(admin, CREATE, Map.of("input", input("w@team.example", Role.WORKER))));
        Map<String, Object> owner = ApiWorld.parse(world.post(admin, CREATE, Map.of("input", input("o@team.example", Role.OWNER))));
        Map<String, Object> demote = ApiWorld.parse(world.post(admin, UPDATE, Map.of("id", ownerId,
                "input", input("second-owner@team.example", Role.WORKER))));
        Map<String, Object> remove = ApiWorld.parse(world.post(admin, REMOVE, Map.of("id", ownerId)));

        assertThat(at(worker, "data.createUser.role")).isEqualTo("WORKER");
        assertThat(List.of(owner, demote, remove)).allSatisfy(reply -> assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("FORBIDDEN"));
    }

    @Test
    void theLastOwner_cannotBeDemotedOrRemoved_untilThereIsAnother() {
        AccountBootstrap.Bootstrapped account = world.account("Team");
        String firstOwner = world.post(account.apiKey(), "{ viewer { userId } }", Map.of()).body().replaceAll(".*\"userId\":\"([^\"]+)\".*", "$1");

        Map<String, Object> demote = ApiWorld.parse(world.post(account.apiKey(), UPDATE, Map.of("id", firstOwner,
                "input", input("owner@localhost", Role.ADMIN))));
        Map<String, Object> remove = ApiWorld.parse(world.post(account.apiKey(), REMOVE, Map.of("id", firstOwner)));
        world.createUser(account, "heir@team.example", Role.OWNER, List.of());
        Map<String, Object> demoteNow = ApiWorld.parse(world.post(account.apiKey(), UPDATE, Map.of("id", firstOwner,
                "input", input("owner@localhost", Role.ADMIN))));

        assertThat(at(demote, "errors.0.extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat((String) at(demote, "errors.0.message")).contains("last owner");
        assertThat(at(remove, "errors.0.extensions.field")).isEqualTo("id");
        assertThat(at(demoteNow, "data.updateUser.role")).isEqualTo("ADMIN");
    }

    @Test
    void anotherAccountsUser_answersLikeAMissingOne() {
        AccountBootstrap.Bootstrapped mine = world.account("Mine");
        AccountBootstrap.Bootstrapped theirs = world.account("Theirs");
        String theirUser = world.createUser(theirs, "them@theirs.example", Role.WORKER, List.of());

        Map<String, Object> foreign = ApiWorld.parse(world.post(mine.apiKey(), REMOVE, Map.of("id", theirUser)));
        Map<String, Object> missing = ApiWorld.parse(world.post(mine.apiKey(), REMOVE, Map.of("id", "no-such-user")));

        assertThat(at(foreign, "errors.0.extensions")).isEqualTo(at(missing, "errors.0.extensions"));
        assertThat(at(foreign, "errors.0.message").toString().replace(theirUser, "ID"))
                .isEqualTo(at(missing, "errors.0.message").toString().replace("no-such-user", "ID"));
    }

    @Test
    void aRemovedUsersKey_isRefused_andARoleChangeTakesEffect() {
        AccountBootstrap.Bootstrapped account = world.account("Team");
        String workerId = world.createUser(account, "w@team.example", Role.WORKER, List.of());
        String key = world.keyOf(account, workerId);
        String renameAccount = "mutation { updateAccount(input: {name: \"Renamed\"}) { name } }";
        Map<String, Object> asWorker = ApiWorld.parse(world.post(key, renameAccount, Map.of()));

        world.post(account.apiKey(), UPDATE, Map.of("id", workerId, "input", input("w@team.example", Role.ADMIN)));
        Map<String, Object> asAdmin = ApiWorld.parse(world.post(key, renameAccount, Map.of()));
        world.post(account.apiKey(), REMOVE, Map.of("id", workerId));

        assertThat(at(asWorker, "errors.0.extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(at(asAdmin, "data.updateAccount.name")).isEqualTo("Renamed");
        assertThat(world.post(key, USERS, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void createUser_namesTheField_whenTheEmailIsBadOrTaken() {
        AccountBootstrap.Bootstrapped account = world.account("Team");

        Map<String, Object> bad = ApiWorld.parse(world.post(account.apiKey(), CREATE, Map.of("input", input("not-an-email", Role.WORKER))));
        Map<String, Object> taken = ApiWorld.parse(world.post(account.apiKey(), CREATE, Map.of("input", input("OWNER@localhost", Role.WORKER))));
        Map<String, Object> workspace = ApiWorld.parse(world.post(account.apiKey(), CREATE, Map.of("input",
                Map.of("name", "W", "email", "w@team.example", "role", "WORKER", "workspaceIds", List.of("no-such-workspace")))));

        assertThat(at(bad, "errors.0.extensions.field")).isEqualTo("input.email");
        assertThat(at(taken, "errors.0.extensions.field")).isEqualTo("input.email");
        assertThat(at(workspace, "errors.0.extensions.field")).isEqualTo("input.workspaceIds");
    }

    private static Map<String, Object> input(String email, Role role) {
        return Map.of("name", email, "email", email, "role", role.name());
    }

    @SuppressWarnings("unchecked")
    private static List<String> emails(Map<String, Object> reply) {
        return ((List<Map<String, Object>>) at(reply, "data.users")).stream().map(user -> (String) user.get("email")).toList();
    }
}
