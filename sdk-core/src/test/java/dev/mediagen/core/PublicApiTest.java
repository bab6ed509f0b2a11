package dev.mediagen.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public API exposes no OkHttp or Jackson type, except the one advanced Call.Factory hook. */
class PublicApiTest {
    private static final List<String> FORBIDDEN = List.of("okhttp3.", "okio.", "com.fasterxml.jackson.");
    private static final String ALLOWED = "dev.mediagen.core.ClientBuilder#callFactory";

    @Test
    void noPublicSignatureMentionsOkHttpOrJackson() throws Exception {
        List<String> violations = new ArrayList<>();
        for (Class<?> type : publicApiClasses()) {
            if (type.getSuperclass() != null && forbidden(type.getGenericSuperclass())) {
                violations.add(type.getName() + " extends " + type.getGenericSuperclass());
            }
            for (Type iface : type.getGenericInterfaces()) {
                if (forbidden(iface)) {
                    violations.add(type.getName() + " implements " + iface);
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (visible(method.getModifiers()) && !method.isSynthetic()) {
                    check(type, method, method.getName(), violations);
                    if (forbidden(method.getGenericReturnType())) {
                        violations.add(type.getName() + "#" + method.getName() + " returns " + method.getGenericReturnType());
                    }
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (visible(constructor.getModifiers())) {
                    check(type, constructor, "<init>", violations);
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (visible(field.getModifiers()) && forbidden(field.getGenericType())) {
                    violations.add(type.getName() + "." + field.getName());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theScanSeesTheWholeApi() throws Exception {
        assertThat(publicApiClasses()).contains(ClientBuilder.class, RetryPolicy.class, dev.mediagen.core.wait.JobWaiter.class,
                dev.mediagen.core.download.Downloader.class, dev.mediagen.core.auth.AuthProvider.class);
    }

    private static void check(Class<?> type, Executable executable, String name, List<String> violations) {
        for (Type parameter : executable.getGenericParameterTypes()) {
            if (forbidden(parameter) && !(type.getName() + "#" + name).equals(ALLOWED)) {
                violations.add(type.getName() + "#" + name + " takes " + parameter);
            }
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static boolean forbidden(Type type) {
        String name = type.getTypeName();
        return FORBIDDEN.stream().anyMatch(name::contains);
    }

    static List<Class<?>> publicApiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(ClientBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                if (name.startsWith("dev.mediagen.core.internal.") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
                if (Modifier.isPublic(type.getModifiers())) {
                    classes.add(type);
                }
            }
        }
        return classes;
    }
}
