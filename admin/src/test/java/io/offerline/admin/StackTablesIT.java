package io.offerline.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TableCreator;
import io.offerline.dynamodb.TableNames;
import io.offerline.dynamodb.TestDynamo;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deployed stack's tables found by the names CloudFormation gives them. */
@ExtendWith(DynamoDbExtension.class)
class StackTablesIT {

    @Test
    void tables_ofAStack_areFoundByTheirGeneratedNames(TestDynamo dynamo) {
        String stack = stack();
        TableNames deployed = generated(stack, "1");
        new TableCreator(dynamo.client()).createAll(deployed);
        new TableCreator(dynamo.client()).createAll(generated(stack + "Other", "1"));

        assertThat(new StackTables(dynamo.client()).of(stack)).isEqualTo(deployed);
    }

    @Test
    void tables_ofAStack_keptTwice_areNamedByTheOperator(TestDynamo dynamo) {
        String stack = stack();
        new TableCreator(dynamo.client()).createAll(generated(stack, "1"));
        new TableCreator(dynamo.client()).createAll(generated(stack, "2"));

        assertThatThrownBy(() -> new StackTables(dynamo.client()).of(stack)).isInstanceOf(UsageException.class)
                .hasMessageContaining("Several tables start with " + stack + "-ConfigTable")
                .hasMessageContaining("--config-table and --events-table");
    }

    @Test
    void tables_ofAStackThatIsNotThere_sayWhatToCheck(TestDynamo dynamo) {
        assertThatThrownBy(() -> new StackTables(dynamo.client()).of(stack())).isInstanceOf(UsageException.class)
                .hasMessageContaining("No table of the stack").hasMessageContaining("AWS_REGION");
    }

    private static String stack() {
        return "S" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Names as CloudFormation makes them: stack, logical id with its hash, a random suffix. */
    private static TableNames generated(String stack, String suffix) {
        return new TableNames(stack + "-ConfigTable1A2B3C4D-" + suffix + "ABC", stack + "-EventsTable5E6F7A8B-" + suffix + "DEF",
                stack + "-StatsTable9C0D1E2F-" + suffix + "GHI");
    }
}
