package dev.mediagen.videogen;

import dev.mediagen.core.Futures;
import dev.mediagen.core.MediaGenException;
import dev.mediagen.core.Page;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.download.DownloadListener;
import dev.mediagen.core.download.DownloadResult;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.wait.JobClassifier;
import dev.mediagen.core.wait.JobFuture;
import dev.mediagen.core.wait.JobSnapshot;
import dev.mediagen.core.wait.JobState;
import dev.mediagen.core.wait.JobType;
import dev.mediagen.core.wait.PollStrategy;
import dev.mediagen.core.wait.WaitOptions;
import dev.mediagen.videogen.model.CreateUploadRequest;
import dev.mediagen.videogen.model.FileSearchRequest;
import dev.mediagen.videogen.model.FileSearchResult;
import dev.mediagen.videogen.model.FileType;
import dev.mediagen.videogen.model.FileUpload;
import dev.mediagen.videogen.model.ListParams;
import dev.mediagen.videogen.model.StorageFile;
import dev.mediagen.videogen.model.UploadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * VideoGen's file storage: list, search, get, upload (create, PUT to the presigned URL, wait until processed),
 * hydrate (refresh the signed URLs), archive, public previews, and download to disk.
 */
public final class VideoGenFileService {
    /** VideoGen's upload helper polls the hydrate endpoint every 1.5 s; we start there and back off. */
    static final PollStrategy PROCESSING_POLLS = PollStrategy.backoff(Duration.ofMillis(1500), 1.5, Duration.ofSeconds(10));

    private final ApiRuntime runtime;
    private final HydratedFiles hydratedFiles;
    private final PresignedUpload uploads;
    private final JobType<StorageFile> processing;

    VideoGenFileService(ApiRuntime runtime) {
        this.runtime = runtime;
        this.hydratedFiles = new HydratedFiles(runtime.scheduler().clock());
        this.uploads = new PresignedUpload(runtime.downloadCalls());
        this.processing = JobType.of("file", id -> hydrateInternal(id).thenApply(JobSnapshot::of), PROCESSING,
                PROCESSING_POLLS);
    }

    /** Lists the team's files, most recently updated first; {@code autoPager()} walks every page. */
    public Page<StorageFile> list() {
        return list(ListParams.defaults());
    }

    /** Lists files with paging. */
    public Page<StorageFile> list(ListParams params) {
        return list(params, RequestOptions.none());
    }

    /** Lists files, with per-call options. */
    public Page<StorageFile> list(ListParams params, RequestOptions options) {
        return Futures.join(listAsync(params, options));
    }

    /** Lists files, asynchronously. */
    public CompletableFuture<Page<StorageFile>> listAsync(ListParams params) {
        return listAsync(params, RequestOptions.none());
    }

    /** Lists files, asynchronously with per-call options. */
    public CompletableFuture<Page<StorageFile>> listAsync(ListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return runtime.call(Listings.paging(ApiRequest.get("/v1/files"), params)
                        .endpointClass(VideoGenProfile.FILES_READ).build(), options, runtime.json(FileList.class))
                .thenApply(list -> Listings.page(list.files, list.hasMore, list.nextCursor,
                        cursor -> listAsync(params.withCursor(cursor), options)));
    }

    /** Searches analysed files by meaning. */
    public List<FileSearchResult> search(FileSearchRequest request) {
        return search(request, RequestOptions.none());
    }

    /** Searches files, with per-call options. */
    public List<FileSearchResult> search(FileSearchRequest request, RequestOptions options) {
        return Futures.join(searchAsync(request, options));
    }

    /** Searches files, asynchronously. */
    public CompletableFuture<List<FileSearchResult>> searchAsync(FileSearchRequest request) {
        return searchAsync(request, RequestOptions.none());
    }

    /** Searches files, asynchronously with per-call options. */
    public CompletableFuture<List<FileSearchResult>> searchAsync(FileSearchRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        return runtime.call(ApiRequest.post("/v1/files/search").json(request)
                        .endpointClass(VideoGenProfile.FILES_SEARCH).build(), options, runtime.json(SearchResults.class))
                .thenApply(found -> found.results == null ? List.of() : List.copyOf(found.results));
    }

    /** Gets a file's metadata (signed URLs come from {@link #hydrate(String)}). */
    public StorageFile get(String fileId) {
        return get(fileId, RequestOptions.none());
    }

    /** Gets a file, with per-call options. */
    public StorageFile get(String fileId, RequestOptions options) {
        return Futures.join(getAsync(fileId, options));
    }

    /** Gets a file, asynchronously. */
    public CompletableFuture<StorageFile> getAsync(String fileId) {
        return getAsync(fileId, RequestOptions.none());
    }

    /** Gets a file, asynchronously with per-call options. */
    public CompletableFuture<StorageFile> getAsync(String fileId, RequestOptions options) {
        return fileCall(ApiRequest.get(filePath(fileId, "")).endpointClass(VideoGenProfile.FILES_READ), options);
    }

    /** Registers a new file and returns the presigned URL to PUT its bytes to; {@link #upload(Path)} does it all. */
    public FileUpload createUpload(CreateUploadRequest request) {
        return createUpload(request, RequestOptions.none());
    }

    /** Registers a new file, with per-call options. */
    public FileUpload createUpload(CreateUploadRequest request, RequestOptions options) {
        return Futures.join(createUploadAsync(request, options));
    }

    /** Registers a new file, asynchronously. */
    public CompletableFuture<FileUpload> createUploadAsync(CreateUploadRequest request) {
        return createUploadAsync(request, RequestOptions.none());
    }

    /** Registers a new file, asynchronously with per-call options. */
    public CompletableFuture<FileUpload> createUploadAsync(CreateUploadRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        return runtime.call(ApiRequest.post("/v1/files/upload").json(request)
                .endpointClass(VideoGenProfile.FILES_UPLOAD).build(), options, runtime.json(FileUpload.class));
    }

    /** Refreshes a file's signed source URLs. */
    public StorageFile hydrate(String fileId) {
        return hydrate(fileId, RequestOptions.none());
    }

    /** Refreshes a file's signed URLs, with per-call options. */
    public StorageFile hydrate(String fileId, RequestOptions options) {
        return Futures.join(hydrateAsync(fileId, options));
    }

    /** Refreshes a file's signed URLs, asynchronously. */
    public CompletableFuture<StorageFile> hydrateAsync(String fileId) {
        return hydrateAsync(fileId, RequestOptions.none());
    }

    /** Refreshes a file's signed URLs, asynchronously with per-call options. */
    public CompletableFuture<StorageFile> hydrateAsync(String fileId, RequestOptions options) {
        return fileCall(hydrateRequest(fileId), options);
    }

    /** The file with usable signed URLs: hydrates only when a URL is missing or expires within a minute. */
    public StorageFile hydrated(String fileId) {
        return hydrated(fileId, RequestOptions.none());
    }

    /** Like {@link #hydrated(String)}, with per-call options for the hydrate call if one is needed. */
    public StorageFile hydrated(String fileId, RequestOptions options) {
        return Futures.join(hydratedAsync(fileId, options));
    }

    /** Like {@link #hydrated(String)}, asynchronously. */
    public CompletableFuture<StorageFile> hydratedAsync(String fileId) {
        return hydratedAsync(fileId, RequestOptions.none());
    }

    /** Like {@link #hydrated(String)}, asynchronously with per-call options. */
    public CompletableFuture<StorageFile> hydratedAsync(String fileId, RequestOptions options) {
        ApiRequest.segment(fileId);
        Optional<StorageFile> fresh = hydratedFiles.fresh(fileId);
        return fresh.isPresent() ? CompletableFuture.completedFuture(fresh.get()) : hydrateAsync(fileId, options);
    }

    /** Archives a file (it leaves the lists). */
    public StorageFile archive(String fileId) {
        return archive(fileId, RequestOptions.none());
    }

    /** Archives a file, with per-call options. */
    public StorageFile archive(String fileId, RequestOptions options) {
        return Futures.join(archiveAsync(fileId, options));
    }

    /** Archives a file, asynchronously. */
    public CompletableFuture<StorageFile> archiveAsync(String fileId) {
        return archiveAsync(fileId, RequestOptions.none());
    }

    /** Archives a file, asynchronously with per-call options. */
    public CompletableFuture<StorageFile> archiveAsync(String fileId, RequestOptions options) {
        return fileCall(ApiRequest.post(filePath(fileId, "/archive")), options);
    }

    /** Enables the permanent public preview URL (and public playback for video and audio). */
    public StorageFile enablePublicPreview(String fileId) {
        return enablePublicPreview(fileId, RequestOptions.none());
    }

    /** Enables public preview, with per-call options. */
    public StorageFile enablePublicPreview(String fileId, RequestOptions options) {
        return Futures.join(enablePublicPreviewAsync(fileId, options));
    }

    /** Enables public preview, asynchronously. */
    public CompletableFuture<StorageFile> enablePublicPreviewAsync(String fileId) {
        return enablePublicPreviewAsync(fileId, RequestOptions.none());
    }

    /** Enables public preview, asynchronously with per-call options. */
    public CompletableFuture<StorageFile> enablePublicPreviewAsync(String fileId, RequestOptions options) {
        return fileCall(ApiRequest.post(filePath(fileId, "/enable-public-preview")), options);
    }

    /** Disables public preview. */
    public StorageFile disablePublicPreview(String fileId) {
        return disablePublicPreview(fileId, RequestOptions.none());
    }

    /** Disables public preview, with per-call options. */
    public StorageFile disablePublicPreview(String fileId, RequestOptions options) {
        return Futures.join(disablePublicPreviewAsync(fileId, options));
    }

    /** Disables public preview, asynchronously. */
    public CompletableFuture<StorageFile> disablePublicPreviewAsync(String fileId) {
        return disablePublicPreviewAsync(fileId, RequestOptions.none());
    }

    /** Disables public preview, asynchronously with per-call options. */
    public CompletableFuture<StorageFile> disablePublicPreviewAsync(String fileId, RequestOptions options) {
        return fileCall(ApiRequest.post(filePath(fileId, "/disable-public-preview")), options);
    }

    /** Uploads a local file and blocks until VideoGen processed it; returns it hydrated. */
    public StorageFile upload(Path file) {
        return upload(file, UploadOptions.defaults());
    }

    /** Uploads a local file with a name, type and wait of your choice; blocks until it is ready. */
    public StorageFile upload(Path file, UploadOptions uploadOptions) {
        return Futures.join(uploadAsync(file, uploadOptions));
    }

    /** Uploads a local file; completes when VideoGen processed it. */
    public CompletableFuture<StorageFile> uploadAsync(Path file) {
        return uploadAsync(file, UploadOptions.defaults());
    }

    /**
     * Uploads a local file: registers it ({@code POST /v1/files/upload}), streams its bytes to the presigned URL
     * without the API key, then waits until a rendition is ready (hydrating, as VideoGen's own helper does; a
     * {@code file.upload.completed} webhook ends the wait early). Cancelling the future stops whichever step runs.
     */
    public CompletableFuture<StorageFile> uploadAsync(Path file, UploadOptions uploadOptions) {
        return uploadAsync(file, uploadOptions, RequestOptions.none());
    }

    /** Uploads a local file, with per-call options for the API calls. */
    public CompletableFuture<StorageFile> uploadAsync(Path file, UploadOptions uploadOptions, RequestOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(uploadOptions, "uploadOptions");
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return Futures.failed(new ValidationException("not a readable file: " + file));
        }
        CreateUploadRequest request;
        try {
            CreateUploadRequest.Builder builder = CreateUploadRequest
                    .builder(uploadOptions.displayName().orElse(file.getFileName().toString()))
                    .temporary(uploadOptions.temporary());
            uploadOptions.type().or(() -> typeOf(file)).ifPresent(builder::type);
            request = builder.build();
        } catch (ValidationException e) {
            return Futures.failed(e);
        }
        String contentType = uploadOptions.contentType().orElse(PresignedUpload.contentTypeOf(file));
        return Futures.composeCancellable(createUploadAsync(request, options),
                created -> Futures.composeCancellable(uploads.put(created.uploadUrl(), file, contentType),
                        uploaded -> waitUntilReadyAsync(created.fileId(), uploadOptions.waitOptions())));
    }

    /** Waits until a file has a ready rendition (an upload processed), hydrating it as it polls. */
    public StorageFile waitUntilReady(String fileId, WaitOptions waitOptions) {
        return Futures.join(waitUntilReadyAsync(fileId, waitOptions));
    }

    /** Waits until a file has a ready rendition, asynchronously; fails with JobFailedException if processing failed. */
    public JobFuture<StorageFile> waitUntilReadyAsync(String fileId, WaitOptions waitOptions) {
        ApiRequest.segment(fileId);
        return runtime.waiter().await(processing, fileId, null, waitOptions.toBuilder().cancelJobOnCancel(false).build());
    }

    /** Downloads a file's best source (download rendition, else public preview, else preview) to {@code target}. */
    public DownloadResult download(String fileId, Path target) {
        return download(fileId, target, DownloadListener.NONE);
    }

    /** Downloads a file's best source to {@code target}, reporting progress. */
    public DownloadResult download(String fileId, Path target, DownloadListener listener) {
        return Futures.join(downloadAsync(fileId, target, listener));
    }

    /** Downloads a file's best source, asynchronously. */
    public CompletableFuture<DownloadResult> downloadAsync(String fileId, Path target) {
        return downloadAsync(fileId, target, DownloadListener.NONE);
    }

    /**
     * Downloads a file's best source to {@code target}, hydrating first only when needed; the file appears only
     * when complete. Cancelling the future aborts the transfer.
     */
    public CompletableFuture<DownloadResult> downloadAsync(String fileId, Path target, DownloadListener listener) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(listener, "listener");
        return Futures.composeCancellable(hydratedAsync(fileId), file -> {
            Optional<String> url = bestUrl(file);
            if (url.isEmpty()) {
                return Futures.failed(new MediaGenException("File " + fileId + " has no downloadable source yet"));
            }
            return runtime.downloader().toPath(url.get(), target, listener);
        });
    }

    Optional<String> bestUrl(StorageFile file) {
        return file.bestDownloadUrl(hydratedFiles.clock().instant(), HydratedFiles.EXPIRY_MARGIN);
    }

    void remember(StorageFile file) {
        hydratedFiles.remember(file);
    }

    /** Offers a file from a verified webhook delivery: remembered, and a pending upload wait sees it. */
    boolean deliver(StorageFile file) {
        hydratedFiles.remember(file);
        return runtime.waiter().deliver(processing, file.fileId(), file);
    }

    private CompletableFuture<StorageFile> hydrateInternal(String fileId) {
        return runtime.send(hydrateRequest(fileId).build(), RequestOptions.none(), runtime.json(StorageFile.class))
                .thenApply(this::keep);
    }

    private static ApiRequest.Builder hydrateRequest(String fileId) {
        return ApiRequest.post(filePath(fileId, "/hydrate")).endpointClass(VideoGenProfile.FILES_HYDRATE);
    }

    private CompletableFuture<StorageFile> fileCall(ApiRequest.Builder request, RequestOptions options) {
        return runtime.call(request.build(), options, runtime.json(StorageFile.class)).thenApply(this::keep);
    }

    /** The API's newest view of a file replaces the remembered one (a view without URLs drops it). */
    private StorageFile keep(StorageFile file) {
        hydratedFiles.update(file);
        return file;
    }

    private static String filePath(String fileId, String suffix) {
        return "/v1/files/" + ApiRequest.segment(fileId) + suffix;
    }

    /** The media type a file name implies, when it implies one. */
    static Optional<FileType> typeOf(Path file) {
        String type = PresignedUpload.contentTypeOf(file);
        if (type.startsWith("image/")) {
            return Optional.of(FileType.IMAGE);
        }
        if (type.startsWith("video/")) {
            return Optional.of(FileType.VIDEO);
        }
        if (type.startsWith("audio/")) {
            return Optional.of(FileType.AUDIO);
        }
        if (type.equals("application/pdf")) {
            return Optional.of(FileType.PDF);
        }
        return type.contains("presentation") ? Optional.of(FileType.SLIDESHOW) : Optional.empty();
    }

    private static final JobClassifier<StorageFile> PROCESSING = new JobClassifier<>() {
        @Override
        public JobState state(StorageFile file) {
            if (file.hasReadySource()) {
                return JobState.SUCCEEDED;
            }
            return file.hasFailed() ? JobState.FAILED : JobState.PENDING;
        }

        @Override
        public String status(StorageFile file) {
            return state(file).name().toLowerCase(Locale.ROOT);
        }

        @Override
        public Optional<String> failureMessage(StorageFile file) {
            return Optional.of("processing of file " + file.fileId() + " failed");
        }
    };

    /** {@code GET /v1/files}. */
    static final class FileList {
        List<StorageFile> files;
        boolean hasMore;
        String nextCursor;
    }

    /** {@code POST /v1/files/search}. */
    static final class SearchResults {
        List<FileSearchResult> results;
    }
}
