package org.iecmhc.lms.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.platform.i18n.Language;

/**
 * The demo person {@link SharedBrowser} signs in before the test (or each test of the class), in this language;
 * the language the account had is put back after the test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SignedIn {

    DemoPerson value();

    Language language() default Language.EN;
}
