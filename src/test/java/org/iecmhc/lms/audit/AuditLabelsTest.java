package org.iecmhc.lms.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.opendoor.OpenDoorSession;
import org.iecmhc.lms.platform.audit.AuditEntry;
import org.iecmhc.lms.platform.audit.AuditedFields;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.supervision.SupervisionNote;
import org.junit.jupiter.api.Test;

/**
 * Every kind of record the audit log names and every field it may show has an English and a Spanish label, so a new
 * entity or field cannot appear under its Java name; and no field named like a secret is ever shown.
 */
class AuditLabelsTest {

    @Test
    void everyAuditedKindAndFieldHasAnEnglishAndASpanishLabel() throws Exception {
        List<Class<?>> kinds = auditedEntities();
        assertTrue(kinds.size() > 30, "found the audited entities: " + kinds);
        for (String file : List.of("messages.properties", "messages_es.properties")) {
            Properties bundle = bundle(file);
            List<String> missing = new ArrayList<>();
            for (Class<?> kind : kinds) {
                String name = kind.getSimpleName();
                if (!bundle.containsKey(AuditLabels.KIND + name)) {
                    missing.add(AuditLabels.KIND + name);
                }
                for (String field : AuditedFields.of(kind)) {
                    String leaf = field.substring(field.lastIndexOf('.') + 1);
                    if (!bundle.containsKey(AuditLabels.FIELD + name + "." + field)
                            && !bundle.containsKey(AuditLabels.FIELD + leaf)) {
                        missing.add(AuditLabels.FIELD + leaf + " (" + name + "." + field + ")");
                    }
                }
            }
            assertEquals(List.of(), missing, file);
        }
    }

    @Test
    void everyConstantOfAnAuditedEnumFieldHasAnEnglishAndASpanishLabel() throws Exception {
        List<Enum<?>> constants = new ArrayList<>();
        for (Class<?> kind : auditedEntities()) {
            for (String field : AuditedFields.of(kind)) {
                Class<?> type = AuditedFields.valueType(kind, field).orElseThrow();
                if (type.isEnum()) {
                    Stream.of(type.getEnumConstants()).map(constant -> (Enum<?>) constant).forEach(constants::add);
                }
            }
        }
        assertTrue(constants.containsAll(EnumSet.allOf(Role.class)), "found the roles of an account: " + constants);
        for (String file : List.of("messages.properties", "messages_es.properties")) {
            Properties bundle = bundle(file);
            List<String> missing = constants.stream().distinct()
                    .filter(constant -> AuditLabels.keys(constant).stream().noneMatch(bundle::containsKey))
                    .map(constant -> AuditLabels.keys(constant).get(0)).toList();
            assertEquals(List.of(), missing, file);
        }
    }

    @Test
    void noSecretOrConfidentialTextIsEverShown() throws Exception {
        for (Class<?> kind : auditedEntities()) {
            for (String field : AuditedFields.of(kind)) {
                assertFalse(field.toLowerCase(Locale.ROOT).matches(".*(password.*hash|hash|token|secret|stamp).*")
                        && !field.equals("passwordChangeRequired") && !field.equals("passwordSignIn"),
                        kind.getSimpleName() + "." + field + " looks like a secret: mark it @AuditHidden");
            }
        }
        assertFalse(AuditedFields.of(SupervisionNote.class).contains("body"), "a supervision note's text");
        assertTrue(AuditedFields.of(SupervisionNote.class).contains("writtenAt"));
    }

    @Test
    void changesReadInTheReadersLanguage() throws Exception {
        AuditEntry entry = entry("Account", "{\"c\":[[\"firstName\",\"Rosa\",\"Rosa María\"],"
                + "[\"passwordChangeRequired\",\"false\",\"true\"],[\"lockedUntil\",\"2026-01-01 10:00\",null]],\"more\":2}");
        assertEquals(List.of("Nombre: Rosa → Rosa María", "Cambio de contraseña obligatorio: no → sí",
                "Bloqueada hasta: 2026-01-01 10:00 → (vacío)", "y 2 cambios más"),
                AuditLabels.changes(Locale.forLanguageTag("es"), entry, Account.class));
        assertEquals(List.of("First name: Rosa → Rosa María", "Password change required: no → yes",
                "Locked until: 2026-01-01 10:00 → (empty)", "and 2 more changes"),
                AuditLabels.changes(Locale.ENGLISH, entry, Account.class));
        assertEquals("Cohorte", AuditLabels.kind(Locale.forLanguageTag("es"), "Cohort"));
    }

    @Test
    void enumValuesReadAsTheirLabelsACollectionsSortedAndAStoredNameTheEnumLacksAsRecorded() throws Exception {
        AuditEntry account = entry("Account", "{\"c\":[[\"roles\",\"TRAINEE\",\"FACULTY, TRAINEE\"]],\"more\":0}");
        assertEquals(List.of("Roles: Trainee → Faculty, Trainee"),
                AuditLabels.changes(Locale.ENGLISH, account, Account.class));
        assertEquals(List.of("Roles: Participante en formación → Docente, Participante en formación"),
                AuditLabels.changes(Locale.forLanguageTag("es"), account, Account.class));
        AuditEntry session = entry("OpenDoorSession", "{\"c\":[[\"terms.format\",\"ONLINE\",\"IN_PERSON\"],"
                + "[\"language\",\"EN\",\"KLINGON\"]],\"more\":0}");
        assertEquals(List.of("Format: Online → In person", "Language: English → KLINGON"),
                AuditLabels.changes(Locale.ENGLISH, session, OpenDoorSession.class));
        assertEquals(List.of("Roles: TRAINEE → FACULTY, TRAINEE"), AuditLabels.changes(Locale.ENGLISH, account, null),
                "a kind the application no longer has");
    }

    private static AuditEntry entry(String type, String changes) throws ReflectiveOperationException {
        AuditEntry entry = new AuditEntry();
        for (String[] value : new String[][] {{"entityType", type}, {"changes", changes}}) {
            Field field = AuditEntry.class.getDeclaredField(value[0]);
            field.setAccessible(true);
            field.set(entry, value[1]);
        }
        return entry;
    }

    private static Properties bundle(String file) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = AuditLabelsTest.class.getResourceAsStream("/org/iecmhc/lms/" + file)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }

    /** The entities of the application's classes that extend {@link AuditedRecord}. */
    private static List<Class<?>> auditedEntities() throws IOException, URISyntaxException {
        Path root = Path.of(AuditedRecord.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> entities = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, AuditLabelsTest.class.getClassLoader());
                    if (AuditedRecord.class.isAssignableFrom(type) && type.isAnnotationPresent(Entity.class)) {
                        entities.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class that cannot load is no entity the log could name
                }
            }
        }
        return entities;
    }
}
