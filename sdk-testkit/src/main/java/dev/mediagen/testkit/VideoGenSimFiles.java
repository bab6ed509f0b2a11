package dev.mediagen.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The simulated file storage: presigned uploads, processing, renditions served from signed, expiring URLs on the
 * simulator itself, public previews, search, and the {@code StorageFile} views of the API.
 */
final class VideoGenSimFiles {
    static final List<String> TYPES = List.of("IMAGE", "VIDEO", "AUDIO", "PDF", "SLIDESHOW");

    private final Clock clock;
    private final Supplier<String> baseUrl;
    private final Simulator.Ids ids = new Simulator.Ids("vg_file_");
    private final Map<String, SimFile> files = new LinkedHashMap<>();
    private final byte[] signingKey = new byte[32];
    volatile Duration urlTtl = Duration.ofHours(1);
    volatile Duration uploadUrlTtl = Duration.ofMinutes(15);
    volatile Duration processingTime = Duration.ofSeconds(3);

    VideoGenSimFiles(Clock clock, Supplier<String> baseUrl) {
        this.clock = clock;
        this.baseUrl = baseUrl;
        new SecureRandom().nextBytes(signingKey);
    }

    /** One stored file. */
    static final class SimFile {
        final String id;
        String type;
        String scope = "GLOBAL";
        String displayName;
        byte[] bytes;
        String contentType;
        Instant updatedAt;
        Instant readyAt;
        boolean failed;
        boolean archived;
        boolean publicPreview;
        boolean uploadedByApi;
        String apiKey;
        boolean notified;
        String sourceToolType;
        String sourceToolExecutionId;

        SimFile(String id) {
            this.id = id;
        }

        boolean processed(Instant now) {
            return readyAt != null && !now.isBefore(readyAt);
        }

        boolean ready(Instant now) {
            return processed(now) && !failed;
        }
    }

    synchronized SimFile createForUpload(String displayName, String type, boolean temporary, String apiKey) {
        SimFile file = new SimFile(ids.next());
        file.apiKey = apiKey;
        file.displayName = displayName;
        file.type = type;
        file.scope = temporary ? "TEMPORARY" : "GLOBAL";
        file.uploadedByApi = true;
        file.updatedAt = clock.instant();
        files.put(file.id, file);
        return file;
    }

    synchronized SimFile createReady(String displayName, String type, byte[] bytes, String contentType,
                                     String toolType, String executionId, boolean temporary) {
        return createReady(displayName, type, bytes, contentType, toolType, executionId, temporary ? "TEMPORARY" : "GLOBAL");
    }

    synchronized SimFile createReady(String displayName, String type, byte[] bytes, String contentType,
                                     String toolType, String executionId, String scope) {
        SimFile file = new SimFile(ids.next());
        file.displayName = displayName;
        file.type = type;
        file.bytes = bytes;
        file.contentType = contentType;
        file.sourceToolType = toolType;
        file.sourceToolExecutionId = executionId;
        file.scope = scope;
        file.updatedAt = clock.instant();
        file.readyAt = clock.instant();
        file.notified = true;
        files.put(file.id, file);
        return file;
    }

    synchronized SimFile find(String fileId) {
        if (fileId == null || !fileId.startsWith("vg_file_")) {
            throw VideoGenSimErrors.fail(VideoGenSimErrors.invalidId("file id", String.valueOf(fileId)));
        }
        SimFile file = files.get(fileId);
        if (file == null) {
            throw VideoGenSimErrors.fail(VideoGenSimErrors.notFound("File", fileId));
        }
        return file;
    }

    /** A file a tool may use: it exists, is processed and, when {@code type} is given, has that type. */
    synchronized SimFile usable(String fileId, String field, String type) {
        SimFile file = find(fileId);
        if (!file.ready(clock.instant())) {
            throw VideoGenSimErrors.fail(VideoGenSimErrors.invalidParameters(field + ": file " + fileId
                    + " is not ready yet"));
        }
        if (type != null && file.type != null && !type.equals(file.type)) {
            throw VideoGenSimErrors.fail(VideoGenSimErrors.invalidParameters(field + ": file " + fileId + " is "
                    + file.type + ", expected " + type));
        }
        return file;
    }

    String uploadUrl(SimFile file) {
        long expires = clock.instant().plus(uploadUrlTtl).getEpochSecond();
        return baseUrl.get() + "/storage/upload/" + file.id + "?X-Amz-Expires=" + expires + "&X-Amz-Signature="
                + sign("upload/" + file.id + "/" + expires);
    }

    /** {@code PUT} to a presigned URL: S3 semantics (its own signature, no second credential). */
    SimResponse acceptUpload(SimRequest request) {
        String fileId = request.pathParam("fileId");
        if (request.header("authorization").isPresent()) {
            return storageError(400, "InvalidArgument", "Only one auth mechanism allowed; the presigned URL already "
                    + "carries its signature");
        }
        String expires = request.query("X-Amz-Expires").orElse("");
        if (!sign("upload/" + fileId + "/" + expires).equals(request.query("X-Amz-Signature").orElse(""))) {
            return storageError(403, "SignatureDoesNotMatch", "The request signature does not match");
        }
        if (Long.parseLong(expires) < clock.instant().getEpochSecond()) {
            return storageError(403, "AccessDenied", "Request has expired");
        }
        synchronized (this) {
            SimFile file = files.get(fileId);
            if (file == null) {
                return storageError(404, "NoSuchKey", "The specified key does not exist");
            }
            Instant now = clock.instant();
            file.bytes = request.body();
            file.contentType = request.header("content-type").orElse(MediaFiles.sniff(head(file.bytes)));
            String sniffed = typeOf(MediaFiles.sniff(head(file.bytes)));
            if (file.type == null) {
                file.type = sniffed;
            }
            file.failed = file.bytes.length == 0 || (sniffed != null && !sniffed.equals(file.type));
            file.readyAt = now.plus(processingTime);
            file.updatedAt = now;
            file.notified = false;
        }
        return SimResponse.empty(200).header("ETag", "\"" + sign(fileId).substring(0, 16) + "\"");
    }

    /** {@code GET} of a signed rendition URL. */
    SimResponse serveRendition(SimRequest request) {
        String fileId = request.pathParam("fileId");
        String rendition = request.pathParam("rendition");
        String expires = request.query("expires").orElse("");
        if (!sign(fileId + "/" + rendition + "/" + expires).equals(request.query("sig").orElse(""))) {
            return storageError(403, "SignatureDoesNotMatch", "The request signature does not match");
        }
        if (Long.parseLong(expires) < clock.instant().getEpochSecond()) {
            return storageError(403, "AccessDenied", "Request has expired");
        }
        SimFile file;
        synchronized (this) {
            file = files.get(fileId);
        }
        if (file == null || !file.ready(clock.instant())) {
            return storageError(404, "NoSuchKey", "The specified key does not exist");
        }
        return renditionBytes(file, rendition);
    }

    /** {@code GET} of a permanent public preview URL. */
    SimResponse servePublic(SimRequest request) {
        SimFile file;
        synchronized (this) {
            file = files.get(request.pathParam("fileId"));
        }
        if (file == null || !file.publicPreview || !file.ready(clock.instant())) {
            return storageError(404, "NoSuchKey", "The specified key does not exist");
        }
        return renditionBytes(file, "download");
    }

    private static SimResponse renditionBytes(SimFile file, String rendition) {
        switch (rendition) {
            case "thumbnail":
                return SimResponse.bytes(200, MediaFiles.png(32, 18, file.id.hashCode()), "image/png");
            case "hls":
                return SimResponse.text(200, "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-ENDLIST\n", "application/vnd.apple.mpegurl");
            default:
                return SimResponse.bytes(200, file.bytes, file.contentType);
        }
    }

    /** A fresh signed URL of a ready file's download rendition. */
    synchronized String signedDownloadUrl(SimFile file) {
        return view(file, true).path("downloadSource").path("url").asText();
    }

    /** A fresh signed URL of a ready file's thumbnail. */
    synchronized String signedThumbnailUrl(SimFile file) {
        return view(file, true).path("thumbnailSource").path("url").asText();
    }

    /** The {@code StorageFile} JSON; {@code hydrated} adds signed URLs to the ready sources. */
    synchronized ObjectNode view(SimFile file, boolean hydrated) {
        Instant now = clock.instant();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("fileId", file.id);
        if (file.type == null) {
            node.putNull("type");
        } else {
            node.put("type", file.type);
        }
        node.put("scope", file.scope);
        node.put("displayName", file.displayName);
        boolean analysed = file.ready(now) && !"TEMPORARY".equals(file.scope);
        if (analysed) {
            node.put("description", "Simulated " + String.valueOf(file.type).toLowerCase(Locale.ROOT) + ": "
                    + file.displayName);
        } else {
            node.putNull("description");
        }
        Double duration = duration(file);
        if (duration == null) {
            node.putNull("durationSeconds");
        } else {
            node.put("durationSeconds", duration);
        }
        node.putNull("transcript");
        for (String rendition : List.of("thumbnail", "preview", "download", "hls")) {
            node.set(rendition + "Source", source(file, rendition, now, hydrated));
        }
        node.put("isPublicPreviewEnabled", file.publicPreview);
        if (file.publicPreview && file.ready(now)) {
            ObjectNode preview = JsonNodeFactory.instance.objectNode();
            preview.put("status", "ready");
            preview.put("url", baseUrl.get() + "/public/" + file.id);
            preview.putNull("expiresAt");
            preview.put("fileBytes", file.bytes.length);
            node.set("staticPublicPreviewSource", preview);
            if ("VIDEO".equals(file.type) || "AUDIO".equals(file.type)) {
                node.put("publicPlaybackId", "vg_play_" + file.id.substring("vg_file_".length()));
                node.put("publicHlsUrl", baseUrl.get() + "/public/" + file.id + ".m3u8");
            }
        }
        if (file.sourceToolType != null) {
            node.put("sourceToolType", file.sourceToolType);
            node.put("sourceToolExecutionId", file.sourceToolExecutionId);
        }
        ObjectNode analysis = node.putObject("fileAnalysisMetadata");
        analysis.put("analysisLoadingState", analysed ? "FULFILLED" : "UNATTEMPTED");
        analysis.put("analysisProgressPercentage", analysed ? 100 : 0);
        return node;
    }

    private ObjectNode source(SimFile file, String rendition, Instant now, boolean hydrated) {
        ObjectNode source = JsonNodeFactory.instance.objectNode();
        String status = !file.processed(now) ? "pending" : file.failed ? "failed" : renditionStatus(file.type, rendition);
        source.put("status", status);
        if ("ready".equals(status) && hydrated) {
            long expires = now.plus(urlTtl).getEpochSecond();
            source.put("url", baseUrl.get() + "/storage/files/" + file.id + "/" + rendition + "?expires=" + expires
                    + "&sig=" + sign(file.id + "/" + rendition + "/" + expires));
            source.put("expiresAt", expires);
            int[] size = pngSize(rendition.equals("thumbnail") ? MediaFiles.png(32, 18, 0) : file.bytes);
            if (size != null) {
                source.put("width", size[0]);
                source.put("height", size[1]);
            }
            source.put("fileBytes", rendition.equals("thumbnail") ? 0 : file.bytes.length);
        }
        return source;
    }

    private static String renditionStatus(String type, String rendition) {
        String kind = type == null ? "" : type;
        switch (rendition) {
            case "thumbnail":
                return kind.equals("AUDIO") ? "skipped" : "ready";
            case "preview":
                return kind.equals("PDF") || kind.equals("SLIDESHOW") ? "skipped" : "ready";
            case "hls":
                return kind.equals("VIDEO") || kind.equals("AUDIO") ? "ready" : "skipped";
            default:
                return "ready";
        }
    }

    synchronized List<ObjectNode> listed() {
        return files.values().stream()
                .filter(f -> !f.archived && f.bytes != null)
                .sorted(Comparator.comparing((SimFile f) -> f.updatedAt).reversed())
                .map(f -> view(f, false))
                .collect(Collectors.toList());
    }

    synchronized List<ObjectNode> search(String query, int numResults) {
        Set<String> wanted = tokens(query);
        Instant now = clock.instant();
        List<Object[]> scored = new ArrayList<>();
        for (SimFile file : files.values()) {
            if (file.archived || !file.ready(now) || "TEMPORARY".equals(file.scope)) {
                continue;
            }
            Set<String> have = tokens(file.displayName + " " + file.type);
            long hits = wanted.stream().filter(have::contains).count();
            if (hits > 0) {
                scored.add(new Object[] {Math.round(1000.0 * hits / wanted.size()) / 1000.0, file});
            }
        }
        scored.sort(Comparator.comparing((Object[] s) -> (Double) s[0]).reversed());
        List<ObjectNode> results = new ArrayList<>();
        for (Object[] s : scored.subList(0, Math.min(numResults, scored.size()))) {
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            result.put("similarity", (Double) s[0]);
            result.set("file", view((SimFile) s[1], false));
            results.add(result);
        }
        return results;
    }

    /** Uploaded files whose processing ended since the last call, for {@code file.upload.*} webhooks. */
    synchronized List<SimFile> newlyProcessed() {
        Instant now = clock.instant();
        List<SimFile> done = new ArrayList<>();
        for (SimFile file : files.values()) {
            if (file.uploadedByApi && !file.notified && file.processed(now)) {
                file.notified = true;
                done.add(file);
            }
        }
        return done;
    }

    private static Set<String> tokens(String text) {
        return new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")));
    }

    private static Double duration(SimFile file) {
        if (file.bytes == null) {
            return null;
        }
        if ("AUDIO".equals(file.type) && "audio/wav".equals(MediaFiles.sniff(head(file.bytes)))) {
            return Math.round((file.bytes.length - 44) / 16.0) / 1000.0;
        }
        return "VIDEO".equals(file.type) ? 6.0 : null;
    }

    private static int[] pngSize(byte[] bytes) {
        if (bytes == null || bytes.length < 24 || !"image/png".equals(MediaFiles.sniff(head(bytes)))) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 16, 8);
        return new int[] {buffer.getInt(), buffer.getInt()};
    }

    static byte[] head(byte[] bytes) {
        return bytes == null ? new byte[0] : Arrays.copyOf(bytes, Math.min(16, bytes.length));
    }

    static String typeOf(String contentType) {
        if (contentType.startsWith("image/")) {
            return "IMAGE";
        }
        if (contentType.startsWith("video/")) {
            return "VIDEO";
        }
        if (contentType.startsWith("audio/")) {
            return "AUDIO";
        }
        return null;
    }

    private String sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SimResponse storageError(int status, String code, String message) {
        return SimResponse.text(status, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code
                + "</Code><Message>" + message + "</Message></Error>", "application/xml");
    }

    static JsonNode textOrNull(String value) {
        return value == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode(value);
    }
}
