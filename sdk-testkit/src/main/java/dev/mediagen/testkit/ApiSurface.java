package dev.mediagen.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reflection checks of a module's public API, for the SDK's own tests: no OkHttp, okio, Jackson or core-internal
 * type in a public signature, and no public mutator on a model.
 */
public final class ApiSurface {
    private static final List<String> FOREIGN = List.of("okhttp3.", "okio.", "com.fasterxml.jackson.",
            "dev.mediagen.core.internal.");

    private ApiSurface() {
    }

    /** The public classes compiled into the same directory as {@code anchor} (a module's main classes). */
    public static List<Class<?>> publicClasses(Class<?> anchor) {
        Path root;
        try {
            root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .filter(name -> !name.endsWith("package-info") && !name.endsWith("module-info"))
                    .map(name -> load(name, anchor.getClassLoader()))
                    .filter(type -> Modifier.isPublic(type.getModifiers()))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every public or protected signature among {@code classes} that mentions OkHttp, Jackson or core internals. */
    public static List<String> foreignTypes(List<Class<?>> classes) {
        List<String> violations = new ArrayList<>();
        for (Class<?> type : classes) {
            check(type.getName() + " extends", type.getGenericSuperclass(), violations);
            for (Type iface : type.getGenericInterfaces()) {
                check(type.getName() + " implements", iface, violations);
            }
            for (Method method : type.getDeclaredMethods()) {
                if (visible(method.getModifiers()) && !method.isSynthetic()) {
                    check(type.getName() + "#" + method.getName(), method.getGenericReturnType(), violations);
                    for (Type parameter : method.getGenericParameterTypes()) {
                        check(type.getName() + "#" + method.getName(), parameter, violations);
                    }
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (visible(constructor.getModifiers())) {
                    for (Type parameter : constructor.getGenericParameterTypes()) {
                        check(type.getName() + "#<init>", parameter, violations);
                    }
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (visible(field.getModifiers())) {
                    check(type.getName() + "." + field.getName(), field.getGenericType(), violations);
                }
            }
        }
        return violations;
    }

    /** Public setters and public non-final fields among {@code classes}, builders and services excepted. */
    public static List<String> mutators(List<Class<?>> classes) {
        List<String> found = new ArrayList<>();
        for (Class<?> type : classes) {
            if (type.getSimpleName().endsWith("Builder") || type.getSimpleName().endsWith("Service")) {
                continue;
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
                    found.add(type.getName() + "." + field.getName());
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && method.getName().startsWith("set") && method.getName().length() > 3
                        && Character.isUpperCase(method.getName().charAt(3))) {
                    found.add(type.getName() + "#" + method.getName());
                }
            }
        }
        return found;
    }

    private static void check(String where, Type type, List<String> violations) {
        if (type != null && FOREIGN.stream().anyMatch(type.getTypeName()::contains)) {
            violations.add(where + " uses " + type.getTypeName());
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
