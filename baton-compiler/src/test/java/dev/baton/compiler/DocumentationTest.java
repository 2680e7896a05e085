package dev.baton.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.diagnostic.DiagnosticCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The user documentation lists every validation code with its stable number. */
final class DocumentationTest {
    @Test
    void everyDiagnosticCodeIsDocumented() throws Exception {
        String documentation = Files.readString(Path.of("..", "docs", "validation-codes.md"));
        for (DiagnosticCode code : DiagnosticCode.values()) {
            assertThat(documentation).as("docs/validation-codes.md documents %s", code).contains("| " + code.code() + " | " + code.name() + " |");
        }
    }
}
