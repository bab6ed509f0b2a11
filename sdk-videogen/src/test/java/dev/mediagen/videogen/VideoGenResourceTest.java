package dev.mediagen.videogen;

import static dev.mediagen.videogen.Wire.assertCall;
import static dev.mediagen.videogen.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.testkit.VideoGenSimulator;
import dev.mediagen.videogen.model.Account;
import dev.mediagen.videogen.model.AvatarPresenter;
import dev.mediagen.videogen.model.Gender;
import dev.mediagen.videogen.model.Language;
import dev.mediagen.videogen.model.PresenterListParams;
import dev.mediagen.videogen.model.TtsVoice;
import dev.mediagen.videogen.model.VoiceListParams;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The resource catalogs and {@code /v1/me}: on the wire with the spec's examples, and against the simulator. */
class VideoGenResourceTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void presentersVoicesLanguagesAndMeOnTheWire() throws Exception {
        server.enqueue(json(200, SpecExamples.response("listAvatarPresenters")));
        server.enqueue(json(200, SpecExamples.response("listTtsVoices")));
        server.enqueue(json(200, "{\"languages\":[{\"languageCode\":\"en-US\",\"name\":\"English (US)\"}]}"));
        server.enqueue(json(200, SpecExamples.response("getMe")));
        try (VideoGenClient client = Wire.client(server).build()) {
            AvatarPresenter presenter = client.resources().avatarPresenters(PresenterListParams.builder().limit(5)
                    .voiceId("vg_voic_7t1wdka3tmk").build()).items().get(0);
            TtsVoice voice = client.resources().ttsVoices(VoiceListParams.builder().includeDeprecated(true).build())
                    .items().get(0);
            List<Language> languages = client.resources().languages();
            Account me = client.account().me();

            assertCall(server.takeRequest(), "GET", "/v1/resources/avatar-presenters?limit=5&voiceId=vg_voic_7t1wdka3tmk");
            assertCall(server.takeRequest(), "GET", "/v1/resources/tts-voices?includeDeprecatedVoices=true");
            assertCall(server.takeRequest(), "GET", "/v1/resources/languages");
            assertCall(server.takeRequest(), "GET", "/v1/me");
            assertThat(presenter.avatarPresenterId()).isEqualTo("vg_pres_a1ua8slxzfi");
            assertThat(presenter.gender()).contains(Gender.FEMALE);
            assertThat(presenter.previewVideoUrl()).hasValueSatisfying(url -> assertThat(url).endsWith("preview.mp4"));
            assertThat(voice.voiceId()).isEqualTo("vg_voic_7t1wdka3tmk");
            assertThat(voice.languageCode()).isEqualTo("en-US");
            assertThat(voice.accent()).contains("american");
            assertThat(voice.supportsDirectToolExecution()).isFalse();
            assertThat(voice.supportsAllLanguages()).isTrue();
            assertThat(voice.isDeprecated()).isFalse();
            assertThat(languages).extracting(Language::languageCode).containsExactly("en-US");
            assertThat(me.apiKeyNickname()).isEqualTo("Production key");
            assertThat(me.displayName()).contains("Ada Lovelace");
            assertThat(me.teamId()).isEqualTo("1f0a2b3c-4d5e-6789-ab12-cdef34567890");
        }
    }

    @Test
    void theSimulatorListsDeprecatedVoicesOnlyWhenAskedAndPagesWithCursors() {
        try (SimulatedVideoGen sim = SimulatedVideoGen.automatic()) {
            List<String> current = sim.client.resources().ttsVoices(VoiceListParams.builder().limit(2).build())
                    .autoPager().stream().map(TtsVoice::voiceId).collect(Collectors.toList());
            List<String> all = sim.client.resources().ttsVoices(VoiceListParams.builder().includeDeprecated(true).build())
                    .autoPager().stream().map(TtsVoice::voiceId).collect(Collectors.toList());

            assertThat(current).hasSize(4).doesNotContain(VideoGenSimulator.DEPRECATED_VOICE_ID)
                    .contains(VideoGenSimulator.VOICE_ID);
            assertThat(all).hasSize(5).contains(VideoGenSimulator.DEPRECATED_VOICE_ID);
            assertThat(sim.simulator.requestCount("GET", "/v1/resources/tts-voices")).isEqualTo(3);
            assertThat(sim.client.resources().avatarPresenters().items()).extracting(AvatarPresenter::avatarPresenterId)
                    .contains(VideoGenSimulator.PRESENTER_ID);
            assertThat(sim.client.resources().languages()).extracting(Language::languageCode).contains("en-US", "es-ES");
            assertThat(sim.client.account().me().email()).isEqualTo("developer@example.com");
        }
    }
}
