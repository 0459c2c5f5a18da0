package dev.symbolon.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field as state that lives across calls, as Theano's shared variables. The compiled class
 * owns its value and exposes it as a {@code SharedVariable} accessor of the same name; symbolic
 * methods read it and change it only through {@code update(field, newValue)}. Scalars start at 0;
 * a non-scalar must be set with {@code setValue} before the first call that reads it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Shared {}
