package dev.mediagen.testkit;

import java.lang.reflect.Constructor;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that starts a simulator for each test parameter of a simulator type and stops it after the
 * test: {@code @ExtendWith(SimulatorExtension.class)} then {@code void test(VapSimulator vap) {...}}.
 */
public final class SimulatorExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SimulatorExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return Simulator.class.isAssignableFrom(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        String key = type.getName() + "#" + parameter.getIndex();
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(key, k -> new Started(create(type)), Started.class).simulator;
    }

    private static Simulator create(Class<?> type) {
        try {
            Constructor<?> constructor = type.getConstructor();
            Simulator simulator = (Simulator) constructor.newInstance();
            simulator.start();
            return simulator;
        } catch (ReflectiveOperationException e) {
            throw new ParameterResolutionException(type.getSimpleName() + " needs a public no-argument constructor", e);
        }
    }

    /** Closes the simulator when the test's store is closed. */
    private static final class Started implements ExtensionContext.Store.CloseableResource {
        final Simulator simulator;

        Started(Simulator simulator) {
            this.simulator = simulator;
        }

        @Override
        public void close() {
            simulator.close();
        }
    }
}
