package org.iecmhc.lms.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The entity path a {@link SortColumn} constant orders by, written beside the constant so a list's enum names its
 * columns and their paths in one line, without each enum keeping a field for it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface SortPath {

    /** The path from the query's root, which is also the field of the table's column. */
    String value();
}
