package io.offerline.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/** Request units worked out by hand from "Read and write operations" in the DynamoDB developer guide. */
class RequestUnitsTest {

    @Test
    void writeUnits_areOnePerStartedKilobyte_andAtLeastOne() {
        assertThat(RequestUnits.writeUnits(0)).isEqualTo(1);
        assertThat(RequestUnits.writeUnits(1024)).isEqualTo(1);
        assertThat(RequestUnits.writeUnits(1025)).isEqualTo(2);
    }

    @Test
    void readUnits_areOnePerStarted4Kilobytes_andHalfThatWhenEventuallyConsistent() {
        assertThat(RequestUnits.readUnits(4096, true)).isEqualTo(1.0);
        assertThat(RequestUnits.readUnits(4097, true)).isEqualTo(2.0);
        assertThat(RequestUnits.readUnits(4097, null)).isEqualTo(1.0);
        assertThat(RequestUnits.readUnits(0, false)).isEqualTo(0.5);
    }

    @Test
    void putItem_costsOneWriteUnitPerStartedKilobyteOfTheItem() {
        MeteredCall call = RequestUnits.of(PutItemRequest.builder().item(itemOf(1025)).build(), PutItemResponse.builder().build());

        assertThat(call).isEqualTo(new MeteredCall("PutItem", true, 1025, 0, 2));
    }

    @Test
    void putItem_whoseConditionFails_stillCostsTheWrite() {
        MeteredCall call = RequestUnits.ofFailure(PutItemRequest.builder().item(itemOf(300)).build(),
                ConditionalCheckFailedException.builder().message("The conditional request failed").build());

        assertThat(call).isEqualTo(new MeteredCall("PutItem", false, 300, 0, 1));
    }

    @Test
    void call_thatFailsForAnotherReason_costsNothing() {
        MeteredCall call = RequestUnits.ofFailure(PutItemRequest.builder().item(itemOf(300)).build(),
                ResourceNotFoundException.builder().message("no table").build());

        assertThat(call).isEqualTo(new MeteredCall("PutItem", false, 0, 0, 0));
    }

    @Test
    void updateItem_thatReturnsNoItem_isSizedFromItsKeyAndExpressions() {
        UpdateItemRequest increment = UpdateItemRequest.builder()
                .key(Map.of("pk", AttributeValue.fromS("CAP#o1"), "sk", AttributeValue.fromS("WINDOW#TOTAL")))
                .updateExpression("ADD #count :one")
                .conditionExpression("attribute_not_exists(#count) OR #count < :limit")
                .expressionAttributeNames(Map.of("#count", "count"))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"), ":limit", AttributeValue.fromN("100")))
                .build();

        MeteredCall call = RequestUnits.of(increment, UpdateItemResponse.builder().build());

        // key (2 + 6) + (2 + 12), name "count" 5, values 1 -> 2 and 100 -> 2
        assertThat(call).isEqualTo(new MeteredCall("UpdateItem", true, 31, 0, 1));
    }

    @Test
    void getItem_stronglyConsistent_costsOneUnitPerStarted4Kilobytes() {
        MeteredCall found = RequestUnits.of(GetItemRequest.builder().consistentRead(true).build(),
                GetItemResponse.builder().item(itemOf(4097)).build());
        MeteredCall missing = RequestUnits.of(GetItemRequest.builder().build(), GetItemResponse.builder().build());

        assertThat(found).isEqualTo(new MeteredCall("GetItem", true, 4097, 2, 0));
        assertThat(missing).isEqualTo(new MeteredCall("GetItem", true, 0, 0.5, 0));
    }

    @Test
    void batchGetItem_roundsEachItem_andChargesAMissingKeyTheMinimum() {
        KeysAndAttributes threeKeys = KeysAndAttributes.builder().keys(List.of(keyOf("a"), keyOf("b"), keyOf("c"))).build();
        BatchGetItemRequest request = BatchGetItemRequest.builder().requestItems(Map.of("config", threeKeys)).build();
        BatchGetItemResponse response = BatchGetItemResponse.builder()
                .responses(Map.of("config", List.of(itemOf(100), itemOf(5000)))).build();

        // eventually consistent: 100 B -> 0.5, 5000 B -> 1.0, the missing key -> 0.5
        assertThat(RequestUnits.of(request, response)).isEqualTo(new MeteredCall("BatchGetItem", true, 5100, 2.0, 0));
    }

    @Test
    void query_roundsTheSumOfTheItemsItReturns() {
        MeteredCall call = RequestUnits.of(QueryRequest.builder().consistentRead(true).build(),
                QueryResponse.builder().items(itemOf(1500), itemOf(1500), itemOf(1500)).build());

        assertThat(call).isEqualTo(new MeteredCall("Query", true, 4500, 2, 0));
    }

    @Test
    void transactWriteItems_costTwiceTheirItems() {
        TransactWriteItem put = TransactWriteItem.builder().put(Put.builder().item(itemOf(100)).build()).build();

        MeteredCall call = RequestUnits.of(TransactWriteItemsRequest.builder().transactItems(put, put).build(),
                TransactWriteItemsResponse.builder().build());

        assertThat(call).isEqualTo(new MeteredCall("TransactWriteItems", true, 200, 0, 4));
    }

    /** An item of exactly {@code bytes} bytes: "pk" and a string of the rest. */
    private static Map<String, AttributeValue> itemOf(int bytes) {
        return Map.of("pk", AttributeValue.fromS("x".repeat(bytes - 2)));
    }

    private static Map<String, AttributeValue> keyOf(String id) {
        return Map.of("pk", AttributeValue.fromS(id));
    }
}
