package dev.mediagen.videogen;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module's public API exposes no OkHttp or Jackson type, and every public model is immutable (no setters). */
class VideoGenPublicApiTest {
    private static final List<String> FORBIDDEN = List.of("okhttp3.", "okio.", "com.fasterxml.jackson.",
            "dev.mediagen.core.internal.");

    @Test
    void noPublicSignatureMentionsOkHttpJacksonOrCoreInternals() throws Exception {
        List<Class<?>> types = publicClasses();
        List<String> violations = new ArrayList<>();
        for (Class<?> type : types) {
            for (Method method : type.getDeclaredMethods()) {
                if (visible(method.getModifiers()) && !method.isSynthetic()) {
                    check(type.getName() + "#" + method.getName(), method, violations);
                    if (forbidden(method.getGenericReturnType())) {
                        violations.add(type.getName() + "#" + method.getName() + " returns " + method.getGenericReturnType());
                    }
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (visible(constructor.getModifiers())) {
                    check(type.getName() + "#<init>", constructor, violations);
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (visible(field.getModifiers()) && forbidden(field.getGenericType())) {
                    violations.add(type.getName() + "." + field.getName());
                }
            }
        }
        assertThat(types).hasSizeGreaterThan(60);
        assertThat(violations).isEmpty();
    }

    @Test
    void publicModelsHaveNoSettersAndNoPublicMutableFields() throws Exception {
        List<String> mutators = new ArrayList<>();
        for (Class<?> type : publicClasses()) {
            if (type.getName().contains("Builder") || type.getSimpleName().startsWith("VideoGen")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && method.getName().startsWith("set")) {
                    mutators.add(type.getName() + "#" + method.getName());
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
                    mutators.add(type.getName() + "." + field.getName());
                }
            }
        }
        assertThat(mutators).isEmpty();
    }

    private static void check(String where, Executable executable, List<String> violations) {
        for (Type parameter : executable.getGenericParameterTypes()) {
            if (forbidden(parameter)) {
                violations.add(where + " takes " + parameter);
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

    private static List<Class<?>> publicClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(VideoGenClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.map(root::relativize).map(Path::toString).filter(p -> p.endsWith(".class"))
                    .map(p -> p.substring(0, p.length() - 6).replace('/', '.').replace('\\', '.'))
                    .collect(Collectors.toList());
        }
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name);
            if (Modifier.isPublic(type.getModifiers())) {
                types.add(type);
            }
        }
        return types;
    }
}
