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
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
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
 * Everything a session holds stays serializable: CDI requires it of session- and view-scoped beans (passivating
 * scopes), and a container may still write sessions out. The signed-in caller, the session-scoped beans and the
 * view-scoped views, which Faces keeps in the session. A field that cannot be serialized fails here instead of in
 * production. (Sessions are no longer replicated: {@code SharedSignIns} shares only the sign-in.)
 */
class SessionStateSerializableTest {

    private static final String OURS = "org.iecmhc.lms.";
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
        Set<Class<?>> walked = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
                continue;
            }
            walk(bean, walked, problems);
            Constructor<?> constructor = bean.getDeclaredConstructor();
            constructor.setAccessible(true);
            roundTrip(constructor.newInstance());
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The fields of one of our classes, then of every class of ours they can hold: a view's rows, a row's values,
     * and the classes nested in the view (the anonymous LazyDataModel whose loaded page of rows stays in the view
     * between requests). A freshly made bean holds none of that, so serialising it alone proves little.
     */
    private static void walk(Class<?> type, Set<Class<?>> walked, List<String> problems) {
        if (!type.getName().startsWith(OURS) || type.isEnum() || !walked.add(type)) {
            return;
        }
        // PrimeFaces' LazyDataModel keeps its rows in a field typed List<T>: its T is checked at the view's field.
        for (Class<?> level = type; level != null && level.getName().startsWith(OURS); level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                fieldProblem(field).ifPresent(problems::add);
                if (!field.isAnnotationPresent(Inject.class) && !isTransientOrStatic(field)) {
                    ourTypesIn(field.getGenericType()).forEach(held -> walk(held, walked, problems));
                }
            }
            Stream.of(level.getDeclaredClasses()).forEach(nested -> walk(nested, walked, problems));
            anonymousClassesOf(level).forEach(nested -> walk(nested, walked, problems));
        }
    }

    private static Optional<String> fieldProblem(Field field) {
        if (isTransientOrStatic(field) || field.getName().startsWith("this$")) {
            return Optional.empty();
        }
        boolean fine = field.isAnnotationPresent(Inject.class) ? injectable(field.getType()) : serializable(field.getGenericType());
        return fine ? Optional.empty()
                : Optional.of(field.getDeclaringClass().getName() + "." + field.getName() + " (" + field.getGenericType() + ")");
    }

    private static boolean isTransientOrStatic(Field field) {
        return Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers());
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

    /** The type and every type argument: a {@code LazyDataModel<Row>} keeps its rows, so Row must travel too. */
    private static boolean serializable(Type type) {
        if (type instanceof Class<?> raw) {
            return raw.isPrimitive() || Serializable.class.isAssignableFrom(raw)
                    || raw.isArray() && serializable(raw.getComponentType());
        }
        if (type instanceof GenericArrayType array) {
            return serializable(array.getGenericComponentType());
        }
        if (!(type instanceof ParameterizedType generic) || !(generic.getRawType() instanceof Class<?> raw)) {
            return false;
        }
        boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)
                || Serializable.class.isAssignableFrom(raw);
        return container && Stream.of(generic.getActualTypeArguments()).allMatch(SessionStateSerializableTest::serializable);
    }

    private static Stream<Class<?>> ourTypesIn(Type type) {
        if (type instanceof Class<?> raw) {
            return raw.isArray() ? ourTypesIn(raw.getComponentType()) : Stream.of(raw);
        }
        if (type instanceof GenericArrayType array) {
            return ourTypesIn(array.getGenericComponentType());
        }
        if (type instanceof ParameterizedType generic) {
            return Stream.concat(ourTypesIn(generic.getRawType()),
                    Stream.of(generic.getActualTypeArguments()).flatMap(SessionStateSerializableTest::ourTypesIn));
        }
        return Stream.empty();
    }

    /** The compiler numbers anonymous classes Outer$1, Outer$2... without listing them among the declared classes. */
    private static List<Class<?>> anonymousClassesOf(Class<?> outer) {
        List<Class<?>> found = new ArrayList<>();
        for (int number = 1; ; number++) {
            try {
                found.add(Class.forName(outer.getName() + "$" + number, false, outer.getClassLoader()));
            } catch (ClassNotFoundException none) {
                return found;
            }
        }
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
