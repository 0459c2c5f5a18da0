package dev.symbolon.processor.host;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;
import javax.annotation.processing.ProcessingEnvironment;

/** Environments wrapped the ways build hosts wrap them. */
final class Wrappers {
    private Wrappers() {}

    /**
     * IntelliJ IDEA's build process: a {@link Proxy} whose handler, an anonymous class, captures the
     * real environment (javac names the captured variable's field {@code val$delegateTo}).
     */
    static ProcessingEnvironment intellijProxy(ProcessingEnvironment delegateTo) {
        InvocationHandler handler = new InvocationHandler() {
            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                try {
                    return method.invoke(delegateTo, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        };
        return (ProcessingEnvironment) Proxy.newProxyInstance(Wrappers.class.getClassLoader(),
                new Class<?>[] {ProcessingEnvironment.class}, handler);
    }

    /** A wrapper that reaches the real environment only through a function: nothing to find. */
    static ProcessingEnvironment hidden(ProcessingEnvironment environment) {
        Supplier<ProcessingEnvironment> source = () -> environment;
        return (ProcessingEnvironment) Proxy.newProxyInstance(Wrappers.class.getClassLoader(),
                new Class<?>[] {ProcessingEnvironment.class}, new ForwardingHandler(source));
    }

    private record ForwardingHandler(Supplier<ProcessingEnvironment> source) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(source.get(), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
