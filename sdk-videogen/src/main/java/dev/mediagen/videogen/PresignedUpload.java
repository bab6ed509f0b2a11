package dev.mediagen.videogen;

import dev.mediagen.core.ConnectionException;
import dev.mediagen.core.Headers;
import dev.mediagen.core.MediaGenException;
import dev.mediagen.core.internal.ExceptionFactory;
import dev.mediagen.core.internal.HttpResponse;
import dev.mediagen.core.internal.Redaction;
import dev.mediagen.core.internal.VendorError;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * PUTs a local file to a presigned storage URL, streaming it from disk. It goes over the download connections,
 * which never carry the API's Authorization header: the URL's own signature is the credential, and storage
 * rejects a request that carries two.
 */
final class PresignedUpload {
    private final Call.Factory calls;

    PresignedUpload(Call.Factory calls) {
        this.calls = calls;
    }

    CompletableFuture<Void> put(String uploadUrl, Path file, String contentType) {
        String safeUrl = Redaction.url(uploadUrl);
        CompletableFuture<Void> result = new CompletableFuture<>();
        Call call;
        try {
            long length = Files.size(file);
            Request request = new Request.Builder().url(uploadUrl).put(fileBody(file, length, contentType)).build();
            call = calls.newCall(request);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new MediaGenException("Could not read " + file + " for upload: " + e, e));
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new MediaGenException("Invalid upload URL " + safeUrl, e));
        }
        result.whenComplete((ignored, error) -> {
            if (result.isCancelled()) {
                call.cancel();
            }
        });
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call failed, IOException e) {
                boolean neverSent = e instanceof ConnectException || e instanceof UnknownHostException;
                result.completeExceptionally(new ConnectionException("Upload to " + safeUrl + " failed: " + e, e,
                        false, !neverSent));
            }

            @Override
            public void onResponse(Call done, Response response) {
                try (response) {
                    if (response.isSuccessful()) {
                        result.complete(null);
                        return;
                    }
                    byte[] body = response.body().bytes();
                    HttpResponse read = new HttpResponse(response.code(), Headers.of(response.headers().toMultimap()), body);
                    VendorError error = VendorError.builder()
                            .message("the presigned upload URL " + safeUrl + " was rejected").build();
                    result.completeExceptionally(ExceptionFactory.fromResponse("videogen", read, error, null, null, null));
                } catch (IOException e) {
                    result.completeExceptionally(new ConnectionException("Upload to " + safeUrl + " failed: " + e, e,
                            false, true));
                }
            }
        });
        return result;
    }

    private static RequestBody fileBody(Path file, long length, String contentType) {
        MediaType type = contentType == null ? null : MediaType.parse(contentType);
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return type;
            }

            @Override
            public long contentLength() {
                return length;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                try (Source source = Okio.source(file)) {
                    sink.writeAll(source);
                }
            }
        };
    }

    /** The Content-Type of a file by its extension, or {@code application/octet-stream}. */
    static String contentTypeOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        switch (extension) {
            case "png": return "image/png";
            case "jpg": case "jpeg": return "image/jpeg";
            case "webp": return "image/webp";
            case "gif": return "image/gif";
            case "svg": return "image/svg+xml";
            case "mp4": return "video/mp4";
            case "mov": return "video/quicktime";
            case "webm": return "video/webm";
            case "wav": return "audio/wav";
            case "mp3": return "audio/mpeg";
            case "m4a": return "audio/mp4";
            case "pdf": return "application/pdf";
            case "pptx": return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            default: return "application/octet-stream";
        }
    }
}
