package org.iecmhc.lms.testsupport;

import java.util.Optional;

import org.iecmhc.lms.demo.DemoData;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Hands browser tests the Chromium of their class's {@link Lane} (a {@link Browser} parameter, in a test or a
 * {@code @BeforeAll}), started at first use and closed at the end of the run: a Chromium start costs seconds on a
 * busy machine. Each test then starts as a fresh browser would: after it, the languages it switched are put back on
 * the accounts and cookies and web storage are dropped (what a class did in {@code @BeforeAll} or {@code @AfterAll}
 * is undone when it gives its lane back). With {@link SignedIn} the test starts signed in, in the language given.
 * Goes with {@link RunningApplication}, which hands out the lanes.
 */
public final class SharedBrowser implements ParameterResolver, BeforeEachCallback, AfterEachCallback {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return RunningApplication.lane().browser();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Optional<SignedIn> signedIn = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), SignedIn.class)
                .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), SignedIn.class));
        signedIn.ifPresent(person -> {
            Browser browser = RunningApplication.lane().browser();
            browser.signIn(person.value().email(), DemoData.PASSWORD);
            browser.use(person.language());
        });
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RunningApplication.lane().resetBrowser();
    }
}
