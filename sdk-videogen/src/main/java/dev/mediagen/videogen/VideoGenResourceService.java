package dev.mediagen.videogen;

import dev.mediagen.core.Futures;
import dev.mediagen.core.Page;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.videogen.model.AvatarPresenter;
import dev.mediagen.videogen.model.Language;
import dev.mediagen.videogen.model.PresenterListParams;
import dev.mediagen.videogen.model.TtsVoice;
import dev.mediagen.videogen.model.VoiceListParams;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** VideoGen's catalogs ({@code /v1/resources/...}): avatar presenters, TTS voices and languages. */
public final class VideoGenResourceService {
    private final ApiRuntime runtime;

    VideoGenResourceService(ApiRuntime runtime) {
        this.runtime = runtime;
    }

    /** Lists the avatar presenters. */
    public Page<AvatarPresenter> avatarPresenters() {
        return avatarPresenters(PresenterListParams.defaults());
    }

    /** Lists avatar presenters with paging and voice matching. */
    public Page<AvatarPresenter> avatarPresenters(PresenterListParams params) {
        return avatarPresenters(params, RequestOptions.none());
    }

    /** Lists avatar presenters, with per-call options. */
    public Page<AvatarPresenter> avatarPresenters(PresenterListParams params, RequestOptions options) {
        return Futures.join(avatarPresentersAsync(params, options));
    }

    /** Lists avatar presenters, asynchronously. */
    public CompletableFuture<Page<AvatarPresenter>> avatarPresentersAsync(PresenterListParams params) {
        return avatarPresentersAsync(params, RequestOptions.none());
    }

    /** Lists avatar presenters, asynchronously with per-call options. */
    public CompletableFuture<Page<AvatarPresenter>> avatarPresentersAsync(PresenterListParams params,
                                                                          RequestOptions options) {
        Objects.requireNonNull(params, "params");
        ApiRequest.Builder request = ApiRequest.get("/v1/resources/avatar-presenters")
                .query("limit", params.limit().isPresent() ? params.limit().getAsInt() : null)
                .query("cursor", params.cursor().orElse(null))
                .query("voiceId", params.voiceId().orElse(null))
                .endpointClass(VideoGenProfile.RESOURCES);
        return runtime.call(request.build(), options, runtime.json(PresenterList.class))
                .thenApply(list -> Listings.page(list.avatarPresenters, list.hasMore, list.nextCursor,
                        cursor -> avatarPresentersAsync(params.withCursor(cursor), options)));
    }

    /** Lists the current TTS voices. */
    public Page<TtsVoice> ttsVoices() {
        return ttsVoices(VoiceListParams.defaults());
    }

    /** Lists TTS voices with paging, optionally including deprecated voices. */
    public Page<TtsVoice> ttsVoices(VoiceListParams params) {
        return ttsVoices(params, RequestOptions.none());
    }

    /** Lists TTS voices, with per-call options. */
    public Page<TtsVoice> ttsVoices(VoiceListParams params, RequestOptions options) {
        return Futures.join(ttsVoicesAsync(params, options));
    }

    /** Lists TTS voices, asynchronously. */
    public CompletableFuture<Page<TtsVoice>> ttsVoicesAsync(VoiceListParams params) {
        return ttsVoicesAsync(params, RequestOptions.none());
    }

    /** Lists TTS voices, asynchronously with per-call options. */
    public CompletableFuture<Page<TtsVoice>> ttsVoicesAsync(VoiceListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        ApiRequest.Builder request = ApiRequest.get("/v1/resources/tts-voices")
                .query("limit", params.limit().isPresent() ? params.limit().getAsInt() : null)
                .query("cursor", params.cursor().orElse(null))
                .query("includeDeprecatedVoices", params.includeDeprecated().orElse(null))
                .endpointClass(VideoGenProfile.RESOURCES);
        return runtime.call(request.build(), options, runtime.json(VoiceList.class))
                .thenApply(list -> Listings.page(list.ttsVoices, list.hasMore, list.nextCursor,
                        cursor -> ttsVoicesAsync(params.withCursor(cursor), options)));
    }

    /** Lists the languages (not paginated). */
    public List<Language> languages() {
        return languages(RequestOptions.none());
    }

    /** Lists the languages, with per-call options. */
    public List<Language> languages(RequestOptions options) {
        return Futures.join(languagesAsync(options));
    }

    /** Lists the languages, asynchronously. */
    public CompletableFuture<List<Language>> languagesAsync() {
        return languagesAsync(RequestOptions.none());
    }

    /** Lists the languages, asynchronously with per-call options. */
    public CompletableFuture<List<Language>> languagesAsync(RequestOptions options) {
        return runtime.call(ApiRequest.get("/v1/resources/languages").endpointClass(VideoGenProfile.RESOURCES).build(),
                        options, runtime.json(LanguageList.class))
                .thenApply(list -> list.languages == null ? List.of() : List.copyOf(list.languages));
    }

    /** {@code GET /v1/resources/avatar-presenters}. */
    static final class PresenterList {
        List<AvatarPresenter> avatarPresenters;
        boolean hasMore;
        String nextCursor;
    }

    /** {@code GET /v1/resources/tts-voices}. */
    static final class VoiceList {
        List<TtsVoice> ttsVoices;
        boolean hasMore;
        String nextCursor;
    }

    /** {@code GET /v1/resources/languages}. */
    static final class LanguageList {
        List<Language> languages;
    }
}
