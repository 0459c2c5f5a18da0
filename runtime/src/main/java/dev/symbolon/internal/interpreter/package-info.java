/**
 * The reference interpreter: the plain, obviously correct evaluation of a graph that generated code
 * and gradients are checked against. {@link dev.symbolon.internal.interpreter.Interpreter} is the
 * entry point; the other classes each evaluate one family of ops.
 */
package dev.symbolon.internal.interpreter;
