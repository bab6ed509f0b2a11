package dev.mediagen.videogen;

import static dev.mediagen.videogen.Wire.assertCall;
import static dev.mediagen.videogen.Wire.assertJsonBody;
import static dev.mediagen.videogen.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.PermissionDeniedException;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.download.DownloadResult;
import dev.mediagen.core.time.VirtualScheduler;
import dev.mediagen.videogen.model.AnalysisState;
import dev.mediagen.videogen.model.CreateUploadRequest;
import dev.mediagen.videogen.model.FileScope;
import dev.mediagen.videogen.model.FileSearchRequest;
import dev.mediagen.videogen.model.FileSearchResult;
import dev.mediagen.videogen.model.FileType;
import dev.mediagen.videogen.model.FileUpload;
import dev.mediagen.videogen.model.ListParams;
import dev.mediagen.videogen.model.SourceStatus;
import dev.mediagen.videogen.model.StorageFile;
import dev.mediagen.videogen.model.ToolType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file endpoints on the wire, with the OpenAPI document's examples as fixtures. */
class VideoGenFileWireTest {
    static final Instant NOW = Instant.parse("2026-07-01T10:00:00Z");
    static final String FILE = "vg_file_obLD1OX2eJCrEs0071Z4kA";

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    private VirtualScheduler scheduler;
    private VideoGenClient client;

    @BeforeEach
    void setUp() {
        scheduler = VirtualScheduler.manual(NOW);
        client = Wire.client(server, scheduler);
    }

    @AfterEach
    void tearDown() {
        client.close();
        scheduler.close();
    }

    @Test
    void listSendsPagingAndReadsTheSpecExample() throws Exception {
        server.enqueue(json(200, SpecExamples.response("getFiles")));

        List<StorageFile> files = client.files().list(ListParams.builder().limit(10).cursor("abc").build()).items();

        assertCall(server.takeRequest(), "GET", "/v1/files?limit=10&cursor=abc");
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.fileId()).isEqualTo("vg_file_mot8bV5POiscDeHyo7TF1g");
            assertThat(file.type()).contains(FileType.IMAGE);
            assertThat(file.scope()).contains(FileScope.GLOBAL);
            assertThat(file.displayName()).contains("Project Logo");
            assertThat(file.description()).contains("High-resolution logo for the main project branding");
        });
    }

    @Test
    void searchSendsTheSpecExampleAndReadsSimilarityAndSources() throws Exception {
        server.enqueue(json(200, SpecExamples.response("searchFiles")));

        List<FileSearchResult> results = client.files().search(FileSearchRequest.builder("sunset over mountains").build());

        assertJsonBody(assertCall(server.takeRequest(), "POST", "/v1/files/search"),
                SpecExamples.request("searchFiles", 0).toString());
        FileSearchResult hit = results.get(0);
        assertThat(hit.similarity()).isEqualTo(0.87);
        StorageFile file = hit.file();
        assertThat(file.sourceToolType()).contains(ToolType.GENERATE_IMAGE);
        assertThat(file.downloadSource().orElseThrow().status()).isEqualTo(SourceStatus.READY);
        assertThat(file.downloadSource().orElseThrow().width()).hasValue(3840);
        assertThat(file.downloadSource().orElseThrow().fileBytes()).hasValue(8_500_000L);
        assertThat(file.downloadSource().orElseThrow().expiresAt()).contains(Instant.ofEpochSecond(1710000000));
        assertThat(file.hlsSource().orElseThrow().status()).isEqualTo(SourceStatus.SKIPPED);
        assertThat(file.hlsSource().orElseThrow().url()).as("an empty url is absent").isEmpty();
        assertThat(file.publicPlaybackId()).isEmpty();
    }

    @Test
    void searchWithAllFields() throws Exception {
        server.enqueue(json(200, "{\"results\":[]}"));

        client.files().search(FileSearchRequest.builder("logo").numResults(25).selfOnly(true).build());

        assertJsonBody(server.takeRequest(), "{\"query\":\"logo\",\"numResults\":25,\"selfOnly\":true}");
    }

    @Test
    void getReadsTheSpecExample() throws Exception {
        server.enqueue(json(200, SpecExamples.response("getFile")));

        StorageFile file = client.files().get(FILE);

        assertCall(server.takeRequest(), "GET", "/v1/files/" + FILE);
        assertThat(file.displayName()).contains("Sunset Beach Photo");
        assertThat(file.downloadSource()).isEmpty();
        assertThat(file.needsHydration(NOW, Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void createUploadSendsTheSpecExampleAndHidesTheSignatureInToString() throws Exception {
        server.enqueue(json(200, SpecExamples.response("createFileUpload")));

        FileUpload upload = client.files().createUpload(CreateUploadRequest.builder("My Campaign Video")
                .type(FileType.VIDEO).build());

        assertJsonBody(assertCall(server.takeRequest(), "POST", "/v1/files/upload"),
                SpecExamples.request("createFileUpload", 0).toString());
        assertThat(upload.fileId()).isEqualTo(FILE);
        assertThat(upload.uploadUrl()).contains("X-Amz-Signature=exampleSignatureValue");
        assertThat(upload.toString()).doesNotContain("exampleSignatureValue").contains("?[redacted]");
    }

    @Test
    void hydrateReadsSignedSources() throws Exception {
        server.enqueue(json(200, SpecExamples.response("hydrateFile")));

        StorageFile file = client.files().hydrate(FILE);

        RecordedRequest request = assertCall(server.takeRequest(), "POST", "/v1/files/" + FILE + "/hydrate");
        assertThat(request.getBody().size()).isZero();
        assertThat(file.durationSeconds()).hasValue(12.5);
        assertThat(file.downloadSource().orElseThrow().url())
                .contains("https://stream.media.videogen.io/example/1080p.mp4?token=abc&download=My%20Campaign%20Video.mp4");
        assertThat(file.downloadSource().orElseThrow().toString()).doesNotContain("token=abc");
        assertThat(file.bestDownloadUrl(NOW, Duration.ofMinutes(1))).contains(file.downloadSource().get().url().get());
    }

    @Test
    void archiveAndPublicPreviewPostToTheirPaths() throws Exception {
        server.enqueue(json(200, SpecExamples.response("archiveFile")));
        server.enqueue(json(200, SpecExamples.response("enablePublicPreview")));
        server.enqueue(json(200, SpecExamples.response("disablePublicPreview")));

        StorageFile archived = client.files().archive("vg_file_123abc456def");
        StorageFile previewed = client.files().enablePublicPreview(FILE);
        StorageFile hidden = client.files().disablePublicPreview(FILE);

        assertCall(server.takeRequest(), "POST", "/v1/files/vg_file_123abc456def/archive");
        assertCall(server.takeRequest(), "POST", "/v1/files/" + FILE + "/enable-public-preview");
        assertCall(server.takeRequest(), "POST", "/v1/files/" + FILE + "/disable-public-preview");
        assertThat(archived.sourceToolExecutionId()).contains("vg_tool_789xyz123abc");
        assertThat(previewed.isPublicPreviewEnabled()).isTrue();
        assertThat(previewed.publicPlaybackId()).contains("vg_play_abc123def");
        assertThat(previewed.staticPublicPreviewSource().orElseThrow().expiresAt()).as("permanent").isEmpty();
        assertThat(hidden.isPublicPreviewEnabled()).isFalse();
    }

    @Test
    void hydratedCallsHydrateOnlyWhenAUrlIsMissingOrAboutToExpire() throws Exception {
        long expires = NOW.plus(Duration.ofHours(1)).getEpochSecond();
        server.enqueue(json(200, hydratedFile(expires)));
        server.enqueue(json(200, hydratedFile(expires + 3600)));

        StorageFile first = client.files().hydrated("vg_file_h");
        StorageFile cached = client.files().hydrated("vg_file_h");
        scheduler.advance(Duration.ofMinutes(58));
        StorageFile stillCached = client.files().hydrated("vg_file_h");
        scheduler.advance(Duration.ofSeconds(90));
        StorageFile refreshed = client.files().hydrated("vg_file_h");

        assertThat(cached).isSameAs(first);
        assertThat(stillCached).isSameAs(first);
        assertThat(refreshed).isNotSameAs(first);
        assertThat(refreshed.downloadSource().orElseThrow().expiresAt()).contains(Instant.ofEpochSecond(expires + 3600));
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertCall(server.takeRequest(), "POST", "/v1/files/vg_file_h/hydrate");
        assertCall(server.takeRequest(), "POST", "/v1/files/vg_file_h/hydrate");
    }

    @Test
    void downloadStreamsTheBestSourceWithoutTheApiKeyAndReportsProgress() throws Exception {
        String url = server.url("/cdn/vg_file_h.png?token=secret").toString();
        server.enqueue(json(200, hydratedFileAt(url, NOW.plus(Duration.ofHours(1)).getEpochSecond())));
        byte[] media = new byte[200_000];
        new java.util.Random(1).nextBytes(media);
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "image/png")
                .body(new okio.Buffer().write(media)).build());
        List<Long> progress = new CopyOnWriteArrayList<>();
        Path target = dir.resolve("out/fox.png");
        Files.createDirectories(target.getParent());

        DownloadResult result = client.files().download("vg_file_h", target, (bytes, total) -> progress.add(bytes));

        assertCall(server.takeRequest(), "POST", "/v1/files/vg_file_h/hydrate");
        RecordedRequest download = server.takeRequest();
        assertThat(download.getTarget()).isEqualTo("/cdn/vg_file_h.png?token=secret");
        assertThat(download.getHeaders().get("Authorization")).isNull();
        assertThat(Files.readAllBytes(target)).isEqualTo(media);
        assertThat(result.bytes()).isEqualTo(200_000);
        assertThat(progress).isSorted().last().isEqualTo(200_000L);
    }

    @Test
    void uploadCreatesPutsWithoutTheApiKeyThenWaitsUntilAProcessedRendition() throws Exception {
        scheduler.close();
        client.close();
        scheduler = VirtualScheduler.automatic(NOW);
        client = Wire.client(server, scheduler);
        Path png = dir.resolve("logo.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3});
        String uploadUrl = server.url("/storage/vg_file_up/primary?X-Amz-Signature=s3cr3t").toString();
        server.enqueue(json(200, "{\"fileId\":\"vg_file_up\",\"uploadUrl\":\"" + uploadUrl + "\"}"));
        server.enqueue(new MockResponse.Builder().code(200).build());
        server.enqueue(json(200, "{\"fileId\":\"vg_file_up\",\"scope\":\"GLOBAL\",\"type\":null,"
                + "\"downloadSource\":{\"status\":\"pending\"}}"));
        server.enqueue(json(200, hydratedFile(NOW.plus(Duration.ofHours(2)).getEpochSecond()).replace("vg_file_h", "vg_file_up")));

        StorageFile ready = client.files().upload(png);

        assertJsonBody(assertCall(server.takeRequest(), "POST", "/v1/files/upload"),
                "{\"type\":\"IMAGE\",\"displayName\":\"logo.png\",\"isTemporary\":false}");
        RecordedRequest put = server.takeRequest();
        assertThat(put.getMethod()).isEqualTo("PUT");
        assertThat(put.getTarget()).isEqualTo("/storage/vg_file_up/primary?X-Amz-Signature=s3cr3t");
        assertThat(put.getHeaders().get("Authorization")).isNull();
        assertThat(put.getHeaders().get("Content-Type")).isEqualTo("image/png");
        assertThat(put.getBody().toByteArray()).isEqualTo(Files.readAllBytes(png));
        assertCall(server.takeRequest(), "POST", "/v1/files/vg_file_up/hydrate");
        assertCall(server.takeRequest(), "POST", "/v1/files/vg_file_up/hydrate");
        assertThat(ready.fileId()).isEqualTo("vg_file_up");
        assertThat(ready.hasReadySource()).isTrue();
        assertThat(ready.analysis().orElseThrow().state()).isEqualTo(AnalysisState.FULFILLED);
    }

    @Test
    void aRejectedPresignedPutFailsTheUploadWithoutLeakingTheSignature() throws Exception {
        Path png = dir.resolve("logo.png");
        Files.write(png, new byte[] {1, 2, 3});
        String uploadUrl = server.url("/storage/vg_file_up/primary?X-Amz-Signature=s3cr3t").toString();
        server.enqueue(json(200, "{\"fileId\":\"vg_file_up\",\"uploadUrl\":\"" + uploadUrl + "\"}"));
        server.enqueue(new MockResponse.Builder().code(403).body("<Error><Code>AccessDenied</Code></Error>").build());

        assertThatThrownBy(() -> client.files().upload(png))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("presigned upload URL")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr3t"));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aMissingFileIsRejectedBeforeAnyRequest() {
        assertThatThrownBy(() -> client.files().upload(dir.resolve("nope.png"))).isInstanceOf(ValidationException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theFileTypeFollowsTheExtension() {
        assertThat(List.of("a.png", "b.JPG", "c.mp4", "d.wav", "e.mp3", "f.pdf", "g.pptx", "h.bin").stream()
                .map(name -> VideoGenFileService.typeOf(Path.of(name)).map(FileType::asString).orElse("-"))
                .collect(Collectors.toList()))
                .containsExactly("IMAGE", "IMAGE", "VIDEO", "AUDIO", "AUDIO", "PDF", "SLIDESHOW", "-");
    }

    static String hydratedFile(long expiresAt) {
        return hydratedFileAt("https://cdn.videogen.io/vg_file_h.png?token=t", expiresAt);
    }

    static String hydratedFileAt(String url, long expiresAt) {
        String source = "{\"status\":\"ready\",\"url\":\"" + url + "\",\"expiresAt\":" + expiresAt + "}";
        return "{\"fileId\":\"vg_file_h\",\"type\":\"IMAGE\",\"scope\":\"GLOBAL\",\"displayName\":\"fox.png\","
                + "\"thumbnailSource\":" + source + ",\"previewSource\":" + source + ",\"downloadSource\":" + source
                + ",\"hlsSource\":{\"status\":\"skipped\"},\"isPublicPreviewEnabled\":false,"
                + "\"fileAnalysisMetadata\":{\"analysisLoadingState\":\"FULFILLED\",\"analysisProgressPercentage\":100}}";
    }
}
