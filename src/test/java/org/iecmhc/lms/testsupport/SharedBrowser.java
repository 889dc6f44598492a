package org.iecmhc.lms.testsupport;

import java.util.Optional;

import org.iecmhc.lms.demo.DemoData;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Hands browser tests the run's one Chromium (a {@link Browser} parameter, in a test or a {@code @BeforeAll}),
 * started at first use and closed at the end of the run: a Chromium start costs seconds on a busy machine. Each
 * test then starts as a fresh browser would: after it, the languages it switched are put back on the accounts and
 * cookies and web storage are dropped. With {@link SignedIn} the test starts signed in, in the language given.
 */
public final class SharedBrowser implements ParameterResolver, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Optional<SignedIn> signedIn = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), SignedIn.class)
                .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), SignedIn.class));
        signedIn.ifPresent(person -> {
            Browser browser = browser(context);
            browser.signIn(person.value().email(), DemoData.PASSWORD);
            browser.use(person.language());
        });
    }

    @Override
    public void afterEach(ExtensionContext context) {
        reset(context);
    }

    /** What a class did with the browser in {@code @BeforeAll} or {@code @AfterAll} is undone too. */
    @Override
    public void afterAll(ExtensionContext context) {
        reset(context);
    }

    private static void reset(ExtensionContext context) {
        Shared shared = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).get(Shared.class, Shared.class);
        if (shared != null) {
            shared.browser.reset();
        }
    }

    private static Browser browser(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Shared.class, key -> new Shared(new Browser()), Shared.class).browser;
    }

    private record Shared(Browser browser) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            browser.close();
        }
    }
}
