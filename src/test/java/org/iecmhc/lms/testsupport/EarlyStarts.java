package org.iecmhc.lms.testsupport;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the Payara Micro instances the run's test classes will ask for as soon as the run begins: each start takes
 * a minute or more, mostly on one core, and waited for one after the other they were the longest waits of the
 * integration tests. The first shared instance starts at once (beside Arquillian's), the second as soon as the
 * first serves (when more than one class needs one), the private one as soon as the shared ones serve, the
 * two-member cluster ({@link TwoMemberCluster}) as soon as the private one serves, while the first classes run.
 * {@link RunningApplication} and {@link PrivateApplication} then find their instance started or starting. A run
 * without such classes (the unit and persistence tests) starts nothing. Registered for the JUnit launcher in
 * META-INF/services.
 */
public final class EarlyStarts implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        List<Class<?>> extensions = plan.getRoots().stream()
                .flatMap(root -> plan.getDescendants(root).stream())
                .map(TestIdentifier::getSource)
                .flatMap(source -> source.stream())
                .filter(ClassSource.class::isInstance)
                .map(source -> ((ClassSource) source).getJavaClass())
                .distinct()
                .flatMap(type -> AnnotationSupport.findRepeatableAnnotations(type, ExtendWith.class).stream()
                        .flatMap(extendWith -> Arrays.stream(extendWith.value())).distinct())
                .collect(Collectors.toList());
        int onLanes = Collections.frequency(extensions, RunningApplication.class);
        if (onLanes > 0) {
            RunningApplication.startEarly(onLanes);
        }
        if (extensions.contains(PrivateApplication.class)) {
            PrivateApplication.startEarly();
        }
        if (extensions.contains(TwoMemberCluster.class)) {
            TwoMemberCluster.startEarly();
        }
    }
}
