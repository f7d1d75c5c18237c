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

/** Public and private workspaces: who sees them and what is in them, and who may change them. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceVisibilityIT {

    private static final String WORKSPACES = "{ workspaces { id visibility } }";
    private static final String OFFER = "query($id: ID!) { offer(id: $id) { id workspace { id } } }";
    private static final String UPDATE_WORKSPACE = """
            mutation($id: ID!, $input: WorkspaceInput!) { updateWorkspace(id: $id, input: $input) { id name visibility } }""";
    private static final String REPORT = """
            query($ids: [ID!]) { report(input: {from: "2026-01-01", to: "2026-01-02", groupBy: [OFFER], workspaceIds: $ids}) {
              totals { visits } } }""";

    private ApiWorld world;
    private AccountBootstrap.Bootstrapped account;
    private String publicWorkspace;
    private String assigned;
    private String unassigned;
    private String admin;
    private String worker;
    private String readOnly;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        account = world.account("Team");
        publicWorkspace = account.workspace().id();
        assigned = createWorkspace("Assigned", "PRIVATE");
        unassigned = createWorkspace("Unassigned", "PRIVATE");
        admin = world.keyOf(account, world.createUser(account, "admin@team.example", Role.ADMIN, List.of()));
        worker = world.keyOf(account, world.createUser(account, "worker@team.example", Role.WORKER, List.of(assigned)));
        readOnly = world.keyOf(account, world.createUser(account, "viewer@team.example", Role.READ_ONLY, List.of(assigned)));
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void workspaces_listsPublicAndAssignedOnes_toWorkersAndReadOnlyUsers_andEveryOne_toOwnersAndAdmins() {
        assertThat(workspaceIds(account.apiKey())).contains(publicWorkspace, assigned, unassigned);
        assertThat(workspaceIds(admin)).contains(publicWorkspace, assigned, unassigned);
        assertThat(workspaceIds(worker)).contains(publicWorkspace, assigned).doesNotContain(unassigned);
        assertThat(workspaceIds(readOnly)).contains(publicWorkspace, assigned).doesNotContain(unassigned);
    }

    @Test
    void anEntityOfAnUnassignedPrivateWorkspace_answersLikeAMissingOne() {
        String hidden = world.createOffer(account, unassigned);
        String shown = world.createOffer(account, assigned);

        Map<String, Object> hiddenOffer = ApiWorld.parse(world.post(worker, OFFER, Map.of("id", hidden)));
        Map<String, Object> missingOffer = ApiWorld.parse(world.post(worker, OFFER, Map.of("id", "no-such-offer")));
        Map<String, Object> shownOffer = ApiWorld.parse(world.post(readOnly, OFFER, Map.of("id", shown)));
        Map<String, Object> byOwner = ApiWorld.parse(world.post(account.apiKey(), OFFER, Map.of("id", hidden)));

        assertThat(hiddenOffer).isEqualTo(missingOffer);
        assertThat(at(hiddenOffer, "data.offer")).isNull();
        assertThat(at(shownOffer, "data.offer.workspace.id")).isEqualTo(assigned);
        assertThat(at(byOwner, "data.offer.id")).isEqualTo(hidden);
    }

    @Test
    void workers_createInPublicAndAssignedWorkspaces_andAnUnassignedOneAnswersLikeAMissingOne() {
        Map<String, Object> inAssigned = createOffer(worker, assigned);
        Map<String, Object> inPublic = createOffer(worker, publicWorkspace);
        Map<String, Object> inUnassigned = createOffer(worker, unassigned);
        Map<String, Object> inMissing = createOffer(worker, "no-such-workspace");

        assertThat(inAssigned.get("errors")).isNull();
        assertThat(inPublic.get("errors")).isNull();
        assertThat(at(inUnassigned, "errors.0.extensions")).isEqualTo(at(inMissing, "errors.0.extensions"));
        assertThat(at(inUnassigned, "errors.0.extensions.field")).isEqualTo("input.workspaceId");
    }

    @Test
    void readOnlyUsers_andWorkers_mayNotCreateOrChangeWorkspaces_readOnlyUsersNothingElse() {
        Map<String, Object> offer = createOffer(readOnly, assigned);
        Map<String, Object> workspace = ApiWorld.parse(world.post(worker, "mutation { createWorkspace(input: {name: \"W\"}) { id } }", Map.of()));
        Map<String, Object> rename = ApiWorld.parse(world.post(worker, UPDATE_WORKSPACE, Map.of("id", assigned, "input", Map.of("name", "W"))));

        assertThat(List.of(offer, workspace, rename)).allSatisfy(reply -> {
            assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("FORBIDDEN");
            assertThat((String) at(reply, "errors.0.message")).isNotBlank();
        });
    }

    @Test
    void updateWorkspace_keepsTheVisibility_whenTheInputOmitsIt_andChangesItWhenGiven() {
        String workspace = createWorkspace("Toggle", "PRIVATE");

        Map<String, Object> renamed = ApiWorld.parse(world.post(admin, UPDATE_WORKSPACE, Map.of("id", workspace, "input", Map.of("name", "Renamed"))));
        List<String> beforeOpening = workspaceIds(worker);
        world.post(admin, UPDATE_WORKSPACE, Map.of("id", workspace, "input", Map.of("name", "Renamed", "visibility", "PUBLIC")));

        assertThat(at(renamed, "data.updateWorkspace.visibility")).isEqualTo("PRIVATE");
        assertThat(beforeOpening).doesNotContain(workspace);
        assertThat(workspaceIds(worker)).contains(workspace);
    }

    @Test
    void report_overAnUnassignedPrivateWorkspace_answersLikeAMissingWorkspace() {
        Map<String, Object> hidden = ApiWorld.parse(world.post(worker, REPORT, Map.of("ids", List.of(unassigned))));
        Map<String, Object> missing = ApiWorld.parse(world.post(worker, REPORT, Map.of("ids", List.of("no-such-workspace"))));
        Map<String, Object> everything = ApiWorld.parse(world.post(worker, REPORT, Map.of()));

        assertThat(at(hidden, "errors.0.extensions")).isEqualTo(at(missing, "errors.0.extensions"));
        assertThat(at(hidden, "errors.0.extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(everything.get("errors")).isNull();
    }

    @Test
    void readOnlyUsers_seeANetworksSecretOnlyMasked() {
        Map<String, Object> created = ApiWorld.parse(world.post(account.apiKey(), """
                mutation($input: AffiliateNetworkInput!) { createAffiliateNetwork(input: $input) { id } }""",
                Map.of("input", Map.of("workspaceId", assigned, "name", "Network", "postbackSecret", "s3cret-value.xyz"))));
        String networkId = (String) at(created, "data.createAffiliateNetwork.id");

        HttpReply read = world.post(readOnly, "query($id: ID!) { affiliateNetwork(id: $id) { postbackSecret hasPostbackSecret } }",
                Map.of("id", networkId));

        assertThat(at(ApiWorld.parse(read), "data.affiliateNetwork")).isEqualTo(Map.of("postbackSecret", "••••.xyz", "hasPostbackSecret", true));
        assertThat(read.body()).doesNotContain("s3cret-value");
    }

    private String createWorkspace(String name, String visibility) {
        Map<String, Object> created = ApiWorld.parse(world.post(account.apiKey(), """
                mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { id visibility } }""",
                Map.of("input", Map.of("name", name, "visibility", visibility))));
        assertThat(at(created, "data.createWorkspace.visibility")).isEqualTo(visibility);
        return (String) at(created, "data.createWorkspace.id");
    }

    private Map<String, Object> createOffer(String key, String workspaceId) {
        Map<String, Object> input = Map.of("workspaceId", workspaceId, "name", "Sweeps", "url", "https://offer.example/",
                "payout", Map.of("mode", "MANUAL", "defaultValue", 2.5, "currency", "USD"));
        return ApiWorld.parse(world.post(key, ApiWorld.operation("createOffer"), Map.of("input", input)));
    }

    @SuppressWarnings("unchecked")
    private List<String> workspaceIds(String key) {
        Map<String, Object> reply = ApiWorld.parse(world.post(key, WORKSPACES, Map.of()));
        return ((List<Map<String, Object>>) at(reply, "data.workspaces")).stream().map(workspace -> (String) workspace.get("id")).toList();
    }
}
