package org.iecmhc.lms.testsupport;

import java.util.Arrays;
import java.util.Comparator;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs the Arquillian classes first, then the classes marked {@link Order} by their number, the others in their
 * usual order: Arquillian starts its Payara Micro when its first class runs, so run first that start overlaps the
 * starts {@link EarlyStarts} began, instead of following them; and a long class started among the last would run
 * alone on one lane while the other has nothing left to do. Set as the default class order in
 * junit-platform.properties.
 */
public final class ArquillianFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparingInt((ClassDescriptor descriptor) -> usesArquillian(descriptor.getTestClass()) ? 0 : 1)
                .thenComparingInt(descriptor -> descriptor.findAnnotation(Order.class).map(Order::value)
                        .orElse(Order.DEFAULT)));
    }

    private static boolean usesArquillian(Class<?> type) {
        return AnnotationSupport.findRepeatableAnnotations(type, ExtendWith.class).stream()
                .anyMatch(extendWith -> Arrays.asList(extendWith.value()).contains(ArquillianExtension.class));
    }
}
