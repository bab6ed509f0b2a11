package dev.mediagen.vap;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

/** The VAP module's public API shows no OkHttp or Jackson type (Jackson annotations on fields are fine). */
class VapPublicApiTest {
    private static final List<String> FORBIDDEN = List.of("okhttp3.", "okio.", "com.fasterxml.jackson.");

    @Test
    void noPublicSignatureMentionsOkHttpOrJackson() throws Exception {
        List<Class<?>> types = publicClasses();
        List<String> violations = new ArrayList<>();
        for (Class<?> type : types) {
            check(type.getName() + " extends", type.getGenericSuperclass(), violations);
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
        assertThat(types).contains(VapClient.class, Task.class, VapTaskService.class, VapWebhooks.class);
        assertThat(violations).isEmpty();
    }

    private static void check(String where, Type type, List<String> violations) {
        if (type != null && FORBIDDEN.stream().anyMatch(type.getTypeName()::contains)) {
            violations.add(where + " uses " + type.getTypeName());
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static List<Class<?>> publicClasses() throws URISyntaxException, java.io.IOException {
        Path root = Path.of(VapClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class")).map(p -> root.relativize(p).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(VapPublicApiTest::load).filter(type -> Modifier.isPublic(type.getModifiers()))
                    .collect(Collectors.toList());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
