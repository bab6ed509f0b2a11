package dev.mediagen.apex;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module's public API exposes no OkHttp or Jackson type, and every model is immutable from outside. */
class ApexPublicApiTest {
    private static final List<String> FORBIDDEN = List.of("okhttp3.", "okio.", "com.fasterxml.jackson.");

    @Test
    void noPublicSignatureMentionsOkHttpOrJackson() throws Exception {
        List<String> violations = new ArrayList<>();
        List<Class<?>> classes = publicClasses();
        assertThat(classes).contains(ApexClient.class, ApexClient.Builder.class, Job.class, ApexCosts.class);
        for (Class<?> type : classes) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    List<Type> types = new ArrayList<>(List.of(method.getGenericParameterTypes()));
                    types.add(method.getGenericReturnType());
                    types.stream().filter(ApexPublicApiTest::forbidden)
                            .forEach(t -> violations.add(type.getName() + "#" + method.getName() + " uses " + t));
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(constructor.getModifiers())) {
                    List.of(constructor.getGenericParameterTypes()).stream().filter(ApexPublicApiTest::forbidden)
                            .forEach(t -> violations.add(type.getName() + "#<init> takes " + t));
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
                    violations.add(type.getName() + "." + field.getName() + " is public and mutable");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static boolean forbidden(Type type) {
        return FORBIDDEN.stream().anyMatch(type.getTypeName()::contains);
    }

    private static List<Class<?>> publicClasses() throws Exception {
        Path root = Path.of(ApexClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                if (name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, ApexPublicApiTest.class.getClassLoader());
                if (Modifier.isPublic(type.getModifiers())) {
                    classes.add(type);
                }
            }
        }
        return classes;
    }
}
