package dev.baton.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a file checked into {@code src/test/resources}. Run the tests with {@code -Dgolden.update=true}
 * to rewrite the files; the change then shows in the commit's diff.
 */
public final class GoldenFiles {
    private static final Path ROOT = Path.of("src", "test", "resources");

    private GoldenFiles() {}

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** {@code relativePath} is under {@code src/test/resources} of the module running the test. */
    public static void assertMatches(String relativePath, String actual) {
        Path file = ROOT.resolve(relativePath);
        try {
            if (updating()) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("golden file %s is missing; run the test with -Dgolden.update=true to create it", file).exists();
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(actual).as("output differs from golden file %s (rerun with -Dgolden.update=true to accept the change)", file).isEqualTo(expected);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
