package dev.mediagen.apex;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A call factory whose {@code enqueue} runs the exchange on the calling thread. On an automatic virtual scheduler the
 * thread that sends a paced request is the scheduler's own, so virtual time cannot move on while the request is on
 * its way: the simulator sees every request at the instant the client sent it, as a real server would. Tests issue
 * bursts from a scheduler task too, so requests the limiter lets through at once are also sent before time moves.
 */
final class InlineCalls implements Call.Factory {
    private final OkHttpClient http = new OkHttpClient();

    @Override
    public Call newCall(Request request) {
        Call real = http.newCall(request);
        return (Call) Proxy.newProxyInstance(Call.class.getClassLoader(), new Class<?>[] {Call.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("enqueue")) {
                        run((Call) proxy, real, (Callback) args[0]);
                        return null;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void run(Call proxy, Call real, Callback callback) {
        Response response;
        try {
            response = real.execute();
        } catch (IOException e) {
            callback.onFailure(proxy, e);
            return;
        }
        try {
            callback.onResponse(proxy, response);
        } catch (IOException e) {
            callback.onFailure(proxy, e);
        }
    }

    void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
