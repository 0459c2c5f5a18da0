package dev.symbolon.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link Symbolic} method that returns a scalar cost, also generates {@code <method>Grad(...)}
 * with the same parameters, returning a record {@code <Method>Grad} of the cost's value followed by
 * its gradient with respect to each name in {@link #wrt()}, in order.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Grad {
    /**
     * Names of parameters and {@link Shared} fields to differentiate with respect to. Empty (the
     * default) means every float parameter and every float {@code @Shared} field of the class.
     *
     * @return the names, in the order of the generated record's components
     */
    String[] wrt() default {};
}
