package org.iecmhc.lms.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.iecmhc.lms.platform.i18n.LanguageSelection;
import org.junit.jupiter.api.Test;

/**
 * Everything a session holds must travel to another cluster member (web.xml is {@code <distributable/>}, Payara
 * shares sessions through Hazelcast): the signed-in caller, the session-scoped beans, and the view-scoped views,
 * which Faces keeps in the session. A field that cannot be serialized fails here instead of in production.
 */
class SessionStateSerializableTest {

    private static final List<Class<? extends Annotation>> NORMAL_SCOPES = List.of(ApplicationScoped.class, RequestScoped.class,
            SessionScoped.class, ViewScoped.class);

    @Test
    void theSignedInCallerSurvivesTheTrip() throws Exception {
        SignedInCaller caller = new SignedInCaller("maria@example.org", Set.of("TRAINEE"), 7);
        assertEquals(caller, roundTrip(caller));
    }

    @Test
    void everySessionAndViewScopedBeanCanBeSerialized() throws Exception {
        List<Class<?>> beans = sessionHeldBeans();
        assertTrue(beans.size() >= 30, "found the views: " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
                continue;
            }
            for (Class<?> type = bean; type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    fieldProblem(field).ifPresent(problems::add);
                }
            }
            Constructor<?> constructor = bean.getDeclaredConstructor();
            constructor.setAccessible(true);
            roundTrip(constructor.newInstance());
        }
        assertEquals(List.of(), problems);
    }

    private static Optional<String> fieldProblem(Field field) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
            return Optional.empty();
        }
        boolean fine = field.isAnnotationPresent(Inject.class) ? injectable(field.getType()) : serializable(field.getGenericType());
        return fine ? Optional.empty()
                : Optional.of(field.getDeclaringClass().getName() + "." + field.getName() + " (" + field.getGenericType() + ")");
    }

    /**
     * A normal-scoped bean is injected as a serializable proxy; CDI's Event and Instance are passivation capable;
     * the produced Clock is {@code Clock.systemUTC()}, checked to be serializable below. Anything else must be
     * Serializable itself: Payara's SecurityContext, for one, is not (inject CurrentViewer instead).
     */
    private static boolean injectable(Class<?> type) {
        return NORMAL_SCOPES.stream().anyMatch(type::isAnnotationPresent) || type == Event.class
                || type == Instance.class || type == Clock.class || Serializable.class.isAssignableFrom(type);
    }

    @Test
    void theProducedClockCanBeSerialized() throws Exception {
        assertEquals(Clock.systemUTC(), roundTrip(Clock.systemUTC()));
    }

    private static boolean serializable(Type type) {
        if (type instanceof Class<?> raw) {
            return raw.isPrimitive() || Serializable.class.isAssignableFrom(raw);
        }
        if (!(type instanceof ParameterizedType generic) || !(generic.getRawType() instanceof Class<?> raw)) {
            return false;
        }
        if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            return Stream.of(generic.getActualTypeArguments()).allMatch(SessionStateSerializableTest::serializable);
        }
        // e.g. PrimeFaces' LazyDataModel: serializable itself, its loaded rows live in a non-serializable superclass
        return Serializable.class.isAssignableFrom(raw);
    }

    private static List<Class<?>> sessionHeldBeans() throws IOException, URISyntaxException {
        Path classes = Path.of(LanguageSelection.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(SessionStateSerializableTest::load)
                    .filter(c -> c.isAnnotationPresent(SessionScoped.class) || c.isAnnotationPresent(ViewScoped.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
