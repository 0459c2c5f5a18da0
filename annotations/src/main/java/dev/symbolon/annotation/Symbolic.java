package dev.symbolon.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method whose body is symbolic math. The annotation processor reads the body as a graph,
 * differentiates and rewrites it, and generates {@code Compiled<ClassName>} with one method of the
 * same name that computes it on values.
 *
 * <p>A body is a sequence of local declarations and assignments, {@code update(...)} statements and
 * one final {@code return}. Parameters, locals and the result are symbolic scalars (Java primitives
 * or {@code Scalar}), {@code Vector}, {@code Matrix} or {@code Tensor}, or a record of those for
 * several outputs. The method may be static or an instance method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Symbolic {}
