package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

@ExtendWith(DynamoDbExtension.class)
class TableCreatorIT {

    @Test
    void createAll_createsEventsTableWithStreamAndTtl_andNoIndex(TestDynamo dynamo) {
        TableDescription events = dynamo.client().describeTable(request -> request.tableName(dynamo.tables().events())).table();

        assertThat(events.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(events.globalSecondaryIndexes()).isEmpty();
        assertThat(dynamo.client().describeTimeToLive(request -> request.tableName(dynamo.tables().events()))
                .timeToLiveDescription().timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
    }

    @Test
    void createAll_leavesExistingTablesAlone_whenRunTwice(TestDynamo dynamo) {
        new TableCreator(dynamo.client()).createAll(dynamo.tables());

        // listTables pages at 100 names, and every test of this JVM adds three tables.
        assertThat(dynamo.client().listTablesPaginator().tableNames())
                .contains(dynamo.tables().config(), dynamo.tables().events(), dynamo.tables().stats());
    }
}
