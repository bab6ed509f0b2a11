package dev.mediagen.examples.campaign;

import dev.mediagen.core.Futures;
import dev.mediagen.examples.Target;
import dev.mediagen.testkit.SimClock;
import dev.mediagen.testkit.VideoGenSimulator;
import dev.mediagen.videogen.VideoGenClient;
import dev.mediagen.videogen.model.TextToSpeechRequest;
import dev.mediagen.videogen.model.TtsVoice;
import dev.mediagen.videogen.model.VoiceListParams;
import java.util.List;

/** VideoGen's part: the voiceover of the ad script, by text-to-speech. */
final class VideoGenCampaign extends VendorPart<VideoGenClient> {
    private VideoGenCampaign(VideoGenClient client, VideoGenSimulator simulator) {
        super(client, simulator);
    }

    static CampaignVendors.Factory factory() {
        return new CampaignVendors.Factory() {
            @Override
            public String envPrefix() {
                return "VIDEOGEN";
            }

            @Override
            public CampaignVendor simulated(boolean failAllJobs) {
                VideoGenSimulator simulator = new VideoGenSimulator(SimClock.accelerated(CampaignVendors.SPEED)).start();
                simulator.failAllJobs(failAllJobs);
                return new VideoGenCampaign(VideoGenClient.builder().baseUrl(simulator.baseUrl())
                        .apiKey(VideoGenSimulator.API_KEY).build(), simulator);
            }

            @Override
            public CampaignVendor live(Target target) {
                return new VideoGenCampaign(VideoGenClient.builder().environment(target.environment()).fromEnv().build(),
                        null);
            }
        };
    }

    @Override
    public String name() {
        return "videogen";
    }

    @Override
    public List<AssetJob> plan(ScriptWriter script) {
        TextToSpeechRequest speech = TextToSpeechRequest.builder(script.adScript(), voice()).build();
        return List.of(new SimpleAssetJob(name(), "voiceover", script.adScript(), client.downloads(),
                sink -> Futures.composeCancellable(client.tools().textToSpeechAsync(speech), started -> {
                    sink.submitted(started.toolExecutionId());
                    return client.tools().waitForAsync(started.toolExecutionId(), Waits.forCampaign(sink, simulated()));
                }).thenCompose(done -> client.tools().resultUrlsAsync(done)
                        .thenApply(urls -> new JobOutcome(done.toolExecutionId(), urls, null)))));
    }

    /** The first voice that text-to-speech accepts directly (some are for workflows only). */
    private String voice() {
        if (simulated()) {
            return VideoGenSimulator.VOICE_ID;
        }
        return client.resources().ttsVoices(VoiceListParams.builder().limit(200).build()).autoPager().stream()
                .filter(TtsVoice::supportsDirectToolExecution)
                .map(TtsVoice::voiceId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("VideoGen offers no voice for direct text-to-speech"));
    }
}
