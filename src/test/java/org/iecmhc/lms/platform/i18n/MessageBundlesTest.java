package org.iecmhc.lms.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every visible string exists in English and in Spanish, and every key a page or class asks for exists. */
class MessageBundlesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.-]+)'\\]");
    private static final Pattern PAGE_PREFIX = Pattern.compile("msg\\['([A-Za-z0-9_.-]+\\.)'\\.concat\\(");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9-]+)+)\"");

    private final Properties english = load("messages.properties");
    private final Properties spanish = load("messages_es.properties");

    @Test
    void englishAndSpanishHaveTheSameKeys() {
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(spanish.stringPropertyNames());
        Set<String> onlySpanish = new TreeSet<>(spanish.stringPropertyNames());
        onlySpanish.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), onlyEnglish, "keys missing from messages_es.properties");
        assertEquals(Set.of(), onlySpanish, "keys missing from messages.properties");
    }

    @Test
    void noTranslationIsEmpty() {
        Stream.of(english, spanish).forEach(bundle -> bundle.stringPropertyNames().forEach(
                key -> assertTrue(!bundle.getProperty(key).isBlank(), "empty text for " + key)));
    }

    @Test
    void everyKeyUsedInAPageExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path page : files(WEBAPP, ".xhtml")) {
            String text = Files.readString(page);
            Matcher keys = PAGE_KEY.matcher(text);
            while (keys.find()) {
                if (!english.containsKey(keys.group(1))) {
                    missing.add(page + ": " + keys.group(1));
                }
            }
            Matcher prefixes = PAGE_PREFIX.matcher(text);
            while (prefixes.find()) {
                String prefix = prefixes.group(1);
                if (english.stringPropertyNames().stream().noneMatch(k -> k.startsWith(prefix))) {
                    missing.add(page + ": " + prefix + "*");
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyMessageKeyNamedInJavaExists() throws IOException {
        Set<String> prefixes = english.stringPropertyNames().stream()
                .filter(k -> !k.startsWith("jakarta.") && k.contains("."))
                .map(k -> k.substring(0, k.indexOf('.') + 1))
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (Path source : files(JAVA, ".java")) {
            Matcher literals = JAVA_LITERAL.matcher(Files.readString(source));
            while (literals.find()) {
                String literal = literals.group(1);
                boolean looksLikeKey = prefixes.stream().anyMatch(literal::startsWith);
                if (looksLikeKey && !english.containsKey(literal) && !namesAClass(literal)) {
                    missing.add(source.getFileName() + ": " + literal);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    /** Such as "cohort.CohortStatus": the API's documents name an enum of a feature package this way (ApiValues). */
    private static boolean namesAClass(String literal) {
        int last = literal.lastIndexOf('.');
        return last > 0 && Character.isUpperCase(literal.charAt(last + 1)) && Files.isRegularFile(
                JAVA.resolve("org/iecmhc/lms").resolve(literal.substring(0, last).replace('.', '/')).resolve(literal.substring(last + 1) + ".java"));
    }

    @Test
    void everyRoleAndLanguageHasALabel() {
        for (org.iecmhc.lms.identity.Role role : org.iecmhc.lms.identity.Role.values()) {
            assertTrue(english.containsKey(role.messageKey()), role.name());
        }
        for (Language language : Language.values()) {
            assertTrue(english.containsKey("language." + language.code()), language.name());
        }
    }

    private static Set<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/iecmhc/lms/" + name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
