package org.iecmhc.lms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Features build on platform, never the other way: a platform class that names a feature drags that feature into
 * every other one and makes a cycle. Read from the sources, so that a fully qualified name in code or a Javadoc
 * link counts as much as an import.
 */
class PlatformDependenciesTest {

    private static final Path LMS = Path.of("src/main/java/org/iecmhc/lms");
    private static final Pattern PACKAGE_REFERENCE = Pattern.compile("\\borg\\.iecmhc\\.lms\\.(\\w+)\\.");

    @Test
    void platformNamesNoFeature() throws IOException {
        List<String> features;
        try (Stream<Path> packages = Files.list(LMS)) {
            features = packages.filter(Files::isDirectory).map(path -> path.getFileName().toString())
                    .filter(name -> !name.equals("platform")).toList();
        }
        List<String> offending;
        try (Stream<Path> sources = Files.walk(LMS.resolve("platform"))) {
            offending = sources.filter(path -> path.toString().endsWith(".java"))
                    .flatMap(path -> featuresNamedIn(path, features).map(feature -> LMS.relativize(path) + " -> " + feature))
                    .sorted().toList();
        }
        assertEquals(List.of(), offending);
    }

    private static Stream<String> featuresNamedIn(Path source, List<String> features) {
        try {
            Matcher matcher = PACKAGE_REFERENCE.matcher(Files.readString(source));
            return matcher.results().map(result -> result.group(1)).filter(features::contains).distinct();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
