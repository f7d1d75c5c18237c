package io.offerline.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shaded Lambda jars, as the reactor packaged them before this module, carry none of the
 * testkit (no moto launcher, no fixture, no meter) and nothing of the operators' command. A
 * compile-scope testkit or admin dependency in {@code functions} or {@code api} fails here.
 */
class LambdaJarsIT {

    @ParameterizedTest
    @CsvSource({"functions, io/offerline/functions/VisitHandler.class", "api, io/offerline/api/GraphQLHandler.class"})
    void lambdaJar_holdsItsHandlers_andNothingOfTheTestkitOrTheAdmin(String module, String handler) throws IOException {
        List<String> entries = entries(lambdaJar(module));

        assertThat(entries).contains(handler);
        assertThat(entries).noneMatch(name -> name.startsWith("io/offerline/testkit/") || name.startsWith("io/offerline/admin/")
                || name.endsWith("serialized_moto_server.py") || name.endsWith("ecb-rates-fixture.xml"));
    }

    private static Path lambdaJar(String module) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of("..", module, "target"), "offerline-" + module + "-*-lambda.jar")) {
            found.forEach(jars::add);
        }
        assertThat(jars).as("the shaded jar of " + module + " (built by mvn verify before this module)").hasSize(1);
        return jars.get(0);
    }

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(ZipEntry::getName).toList();
        }
    }
}
