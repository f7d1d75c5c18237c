package io.offerline.dynamodb;

import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a {@link TestDynamo}: the engine shared by the test JVM and tables created
 * for that test alone (a fresh name prefix), so tests never see each other's items.
 */
public final class DynamoDbExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DynamoDbExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDynamo.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(TestDynamo.class, key -> create(context), TestDynamo.class);
    }

    private static TestDynamo create(ExtensionContext context) {
        DynamoDbEngine engine = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(DynamoDbEngine.class, key -> DynamoDbEngine.start(), DynamoDbEngine.class);
        TableNames names = TableNames.withPrefix("t" + UUID.randomUUID().toString().substring(0, 12) + "-");
        new TableCreator(engine.client()).createAll(names);
        return new TestDynamo(engine.endpoint(), engine.client(), names);
    }
}
