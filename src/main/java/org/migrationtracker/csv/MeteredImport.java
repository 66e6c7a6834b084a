package org.migrationtracker.csv;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An import whose duration, rows and refusals the metrics show ({@link ImportMeters}): {@code tracker.imports}
 * (a timer by kind and outcome) and {@code tracker.import.rows}. The method returns an {@link ImportedFile}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface MeteredImport {

    /** The kind of file, e.g. {@code inventory}: the meters' {@code kind} tag. */
    String value();
}
