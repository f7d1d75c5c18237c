package io.offerline.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lookup order of {@link MotoLocator} and the project's virtual environment, on stand-in
 * programs: small shell scripts that answer like a python3 with or without moto, a moto_server
 * script, and a python3 whose venv's pip succeeds or fails (PyPI is not needed).
 */
class MotoLocatorTest {

    @TempDir
    Path root;

    private Path home;
    private Path project;
    private Path pathDirectory;
    private Path calls;
    private final Map<String, String> environment = new HashMap<>();
    private final List<String> announced = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(root.resolve("home"));
        project = Files.createDirectories(root.resolve("project"));
        Files.writeString(project.resolve(MotoLocator.REQUIREMENTS), "moto[server]==5.2.1\n");
        pathDirectory = Files.createDirectories(root.resolve("bin"));
        calls = root.resolve("calls.log");
        environment.put("PATH", pathDirectory.toString());
    }

    @Test
    void locate_takesMotoServerVariable_beforeEverythingElse() throws IOException {
        Path configured = script(root.resolve("own/moto_server"), "#!/opt/own/python3\n");
        script(pathDirectory.resolve("moto_server"), "#!/usr/bin/python3\n");
        environment.put("MOTO_SERVER", configured.toString());

        assertThat(locator(project).locate()).isEqualTo(MotoProgram.python("/opt/own/python3"));
    }

    @Test
    void locate_takesPathMotoServer_beforeThePyenvShim() throws IOException {
        script(pathDirectory.resolve("moto_server"), "#!/usr/bin/python3\n");
        script(home.resolve(".pyenv/shims/moto_server"), "#!/root/.pyenv/versions/3.11.7/bin/python3\n");

        assertThat(locator(project).locate()).isEqualTo(MotoProgram.python("/usr/bin/python3"));
    }

    @Test
    void locate_takesThePyenvShim_whenThePathHasNoMotoServer() throws IOException {
        script(home.resolve(".pyenv/shims/moto_server"), "#!/root/.pyenv/versions/3.11.7/bin/python3\n");

        assertThat(locator(project).locate()).isEqualTo(MotoProgram.python("/root/.pyenv/versions/3.11.7/bin/python3"));
    }

    @Test
    void locate_takesPyenvPythonWithMoto_beforeThePathPython() throws IOException {
        Path pyenv = pythonWithMoto(home.resolve(".pyenv/shims/python3"));
        pythonWithMoto(pathDirectory.resolve("python3"));

        assertThat(locator(project).locate()).isEqualTo(MotoProgram.python(pyenv.toString()));
    }

    @Test
    void locate_takesPathPythonWithMoto_whenNoMotoServerExists() throws IOException {
        Path python = pythonWithMoto(pathDirectory.resolve("python3"));

        assertThat(locator(project).locate()).isEqualTo(MotoProgram.python(python.toString()));
    }

    @Test
    void locate_runsAMotoServerBinaryAsItIs_whenNoPythonHasMoto() throws IOException {
        Path binary = script(pathDirectory.resolve("moto_server"), "#!/bin/sh\nexit 0\n");
        pythonWithoutMoto(pathDirectory.resolve("python3"), true);

        assertThat(locator(project).locate()).isEqualTo(MotoProgram.executable(binary.toString()));
    }

    @Test
    void locate_installsIntoTheProjectVenv_announcingOneLine_whenNoMotoIsFound() throws IOException {
        pythonWithoutMoto(pathDirectory.resolve("python3"), true);

        MotoProgram program = locator(project.resolve("dynamodb")).locate();

        assertThat(program).isEqualTo(MotoProgram.python(project.resolve(".offerline/venv/bin/python").toString()));
        assertThat(announced).singleElement().asString().startsWith("Installing moto (requirements-moto.txt) into ");
        assertThat(Files.readAllLines(calls)).containsExactly(
                "venv --clear " + project.resolve(".offerline/venv"),
                "pip install --disable-pip-version-check -r " + project.resolve(MotoLocator.REQUIREMENTS));
    }

    @Test
    void locate_reusesTheProjectVenv_withoutAnnouncing_onTheNextRun() throws IOException {
        pythonWithoutMoto(pathDirectory.resolve("python3"), true);
        locator(project).locate();
        announced.clear();
        Files.delete(calls);

        MotoProgram again = locator(project).locate();

        assertThat(again.path()).isEqualTo(project.resolve(".offerline/venv/bin/python").toString());
        assertThat(announced).isEmpty();
        assertThat(calls).doesNotExist();
    }

    @Test
    void locate_reinstalls_whenTheRequirementsChanged() throws IOException {
        pythonWithoutMoto(pathDirectory.resolve("python3"), true);
        locator(project).locate();
        Files.writeString(project.resolve(MotoLocator.REQUIREMENTS), "moto[server]==5.2.2\n");
        announced.clear();

        locator(project).locate();

        assertThat(announced).hasSize(1);
    }

    @Test
    void locate_namesTheMissingPython_whenThereIsNoPython3() {
        assertThatThrownBy(() -> locator(project).locate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(MotoVenv.MISSING_PYTHON);
        assertThat(announced).isEmpty();
    }

    @Test
    void locate_givesThePipCommand_andRetriesNextTime_whenTheInstallFails() throws IOException {
        pythonWithoutMoto(pathDirectory.resolve("python3"), false);

        assertThatThrownBy(() -> locator(project).locate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("pip could not install moto into " + project.resolve(".offerline/venv"))
                .hasMessageContaining("run " + project.resolve(".offerline/venv/bin/python") + " -m pip install --disable-pip-version-check -r "
                        + project.resolve(MotoLocator.REQUIREMENTS));
        assertThatThrownBy(() -> locator(project).locate()).hasMessageStartingWith("pip could not install moto");
        assertThat(announced).hasSize(2);
    }

    @Test
    void locate_asksForTheVenvModule_whenPythonCannotCreateOne() throws IOException {
        script(pathDirectory.resolve("python3"), "#!/bin/sh\ncase \"$2\" in *moto*) exit 1;; esac\n[ \"$1\" = -m ] && exit 1\nexit 0\n");

        assertThatThrownBy(() -> locator(project).locate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sudo apt-get install python3-venv");
    }

    @Test
    void locate_asksForANewerPython_whenPython3IsOlderThan39() throws IOException {
        script(pathDirectory.resolve("python3"), "#!/bin/sh\nexit 1\n");

        assertThatThrownBy(() -> locator(project).locate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is older than Python 3.9");
    }

    @Test
    void locate_pointsToTheRequirementsFile_outsideTheRepository() throws IOException {
        pythonWithoutMoto(pathDirectory.resolve("python3"), true);

        assertThatThrownBy(() -> locator(Files.createDirectories(root.resolve("elsewhere"))).locate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(MotoLocator.NOT_FOUND);
    }

    private MotoLocator locator(Path workingDirectory) {
        return new MotoLocator(environment, home, workingDirectory, announced::add);
    }

    private static Path pythonWithMoto(Path path) throws IOException {
        return script(path, "#!/bin/sh\nexit 0\n");
    }

    /**
     * A python3 (3.9 or later) without moto, whose {@code -m venv DIR} makes a DIR/bin/python
     * that has moto once its pip has run, and whose pip exits with 0 or 1 as told.
     */
    private Path pythonWithoutMoto(Path path, boolean pipSucceeds) throws IOException {
        String venvPython = "#!/bin/sh\n"
                + "if [ \"$1\" = -m ]; then shift; echo \"$*\" >> '" + calls + "'; exit " + (pipSucceeds ? 0 : 1) + "; fi\n"
                + "exit 0\n";
        Path template = script(root.resolve("venv-python"), venvPython);
        return script(path, "#!/bin/sh\n"
                + "case \"$2\" in *moto*) exit 1;; esac\n"
                + "if [ \"$1 $2\" = '-m venv' ]; then shift; echo \"$*\" >> '" + calls + "';"
                + " mkdir -p \"$3/bin\" && cp '" + template + "' \"$3/bin/python\"; fi\n"
                + "exit 0\n");
    }

    private static Path script(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        return path;
    }
}
