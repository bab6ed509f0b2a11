package dev.mediagen.examples.campaign;

import dev.mediagen.agentmedia.AgentMediaClient;
import dev.mediagen.agentmedia.AspectRatio;
import dev.mediagen.agentmedia.VideoCreateParams;
import dev.mediagen.core.Futures;
import dev.mediagen.examples.Target;
import dev.mediagen.testkit.AgentMediaSimulator;
import dev.mediagen.testkit.SimClock;
import java.time.Duration;
import java.util.List;

/** agent-media's part: the 9:16 UGC video ad, from the script written out of the product description. */
final class AgentMediaCampaign extends VendorPart<AgentMediaClient> {
    private AgentMediaCampaign(AgentMediaClient client, AgentMediaSimulator simulator) {
        super(client, simulator);
    }

    static CampaignVendors.Factory factory() {
        return new CampaignVendors.Factory() {
            @Override
            public String envPrefix() {
                return "AGENTMEDIA";
            }

            @Override
            public CampaignVendor simulated(boolean failAllJobs) {
                SimClock clock = SimClock.accelerated(CampaignVendors.SPEED);
                AgentMediaSimulator simulator = new AgentMediaSimulator(clock).start();
                simulator.failAllJobs(failAllJobs);
                // The documented hint is "Retry-After: 5" seconds; on a sped-up clock that is a fraction of a second.
                simulator.retryAfter(clock.toReal(Duration.ofSeconds(5)));
                return new AgentMediaCampaign(AgentMediaClient.builder().baseUrl(simulator.apiBaseUrl())
                        .apiKey(simulator.apiKey()).build(), simulator);
            }

            @Override
            public CampaignVendor live(Target target) {
                return new AgentMediaCampaign(AgentMediaClient.builder().environment(target.environment()).fromEnv().build(),
                        null);
            }
        };
    }

    @Override
    public String name() {
        return "agentmedia";
    }

    @Override
    public List<AssetJob> plan(ScriptWriter script) {
        VideoCreateParams params = VideoCreateParams.script(script.adScript())
                .targetDuration(15)
                .aspectRatio(AspectRatio.PORTRAIT_9_16)
                .build();
        return List.of(new SimpleAssetJob(name(), "ugc-video", script.adScript(), client.downloads(), sink -> {
            long[] credits = {0};
            return Futures.composeCancellable(client.videos().createAsync(params), created -> {
                sink.submitted(created.jobId());
                credits[0] = created.creditsDeducted();
                return client.videos().waitForAsync(created.jobId(), Waits.forCampaign(sink, simulated()));
            }).thenApply(done -> new JobOutcome(done.id(), done.resultUrls(), Cost.credits(credits[0])));
        }));
    }
}
