package dev.symbolon.processor;

import dev.symbolon.runtime.Device;
import dev.symbolon.runtime.Mode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** An instance of a generated class, called by reflection as a user would call it directly. */
public final class Generated {
    private final Object instance;

    public Generated(Class<?> type) {
        this(construct(type, new Class<?>[0]));
    }

    private Generated(Object instance) {
        this.instance = instance;
    }

    /** An instance constructed with {@code new Compiled<Name>(device)}; the constructor's exception is thrown as is. */
    static Generated on(Device device, Class<?> type) {
        return new Generated(construct(type, new Class<?>[] {Device.class}, device));
    }

    private static Object construct(Class<?> type, Class<?>[] parameters, Object... args) {
        try {
            return type.getConstructor(parameters).newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** An instance constructed with {@code symbolon.mode} set to {@code mode}, the property restored afterwards. */
    static Generated inMode(String mode, Class<?> type) {
        String previous = System.getProperty(Mode.PROPERTY);
        System.setProperty(Mode.PROPERTY, mode);
        try {
            return new Generated(type);
        } finally {
            if (previous == null) {
                System.clearProperty(Mode.PROPERTY);
            } else {
                System.setProperty(Mode.PROPERTY, previous);
            }
        }
    }

    /** Calls the public method {@code name} whose parameter types are exactly {@code types}. */
    public Object call(String name, Class<?>[] types, Object... args) {
        try {
            Method m = instance.getClass().getMethod(name, types);
            return m.invoke(instance, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(name + Arrays.toString(types) + " among "
                    + Arrays.toString(instance.getClass().getMethods()), e);
        }
    }

    public static Class<?>[] types(Class<?>... types) {
        return types;
    }

    /** A component of a generated record. */
    public static Object component(Object record, String name) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no component " + name + " in " + record);
    }
}
