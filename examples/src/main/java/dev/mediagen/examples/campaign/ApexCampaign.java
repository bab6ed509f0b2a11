package dev.mediagen.examples.campaign;

import dev.mediagen.apex.ApexClient;
import dev.mediagen.apex.BRollRequest;
import dev.mediagen.apex.Job;
import dev.mediagen.apex.PhotoAngle;
import dev.mediagen.apex.PhotoBackground;
import dev.mediagen.apex.PhotoLighting;
import dev.mediagen.apex.PhotoshootRequest;
import dev.mediagen.core.Futures;
import dev.mediagen.examples.Target;
import dev.mediagen.testkit.ApexSimulator;
import dev.mediagen.testkit.SimClock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Apex Studio's part: a b-roll clip and a product photoshoot. */
final class ApexCampaign extends VendorPart<ApexClient> {
    private ApexCampaign(ApexClient client, ApexSimulator simulator) {
        super(client, simulator);
    }

    static CampaignVendors.Factory factory() {
        return new CampaignVendors.Factory() {
            @Override
            public String envPrefix() {
                return "APEX";
            }

            @Override
            public CampaignVendor simulated(boolean failAllJobs) {
                ApexSimulator simulator = new ApexSimulator(SimClock.accelerated(CampaignVendors.SPEED)).start();
                simulator.failAllJobs(failAllJobs);
                return new ApexCampaign(ApexClient.builder().baseUrl(simulator.baseUrl()).apiKey(ApexSimulator.API_KEY)
                        .build(), simulator);
            }

            @Override
            public CampaignVendor live(Target target) {
                return new ApexCampaign(ApexClient.builder().environment(target.environment()).fromEnv().build(), null);
            }
        };
    }

    @Override
    public String name() {
        return "apex";
    }

    @Override
    public List<AssetJob> plan(ScriptWriter script) {
        BRollRequest bRoll = BRollRequest.builder().prompt(script.brollPrompt()).duration(5).build();
        PhotoshootRequest photoshoot = PhotoshootRequest.builder().productImage(script.productImageUrl())
                .background(PhotoBackground.STUDIO_WHITE).angle(PhotoAngle.HERO).lighting(PhotoLighting.SOFT).count(2).build();
        return List.of(
                job("b-roll", script.brollPrompt(), () -> client.generation().bRollAsync(bRoll)),
                job("photoshoot", script.photoshootPrompt(), () -> client.generation().photoshootAsync(photoshoot)));
    }

    private AssetJob job(String kind, String prompt, Supplier<CompletableFuture<Job>> create) {
        return new SimpleAssetJob(name(), kind, prompt, client.downloads(),
                sink -> Futures.composeCancellable(create.get(), queued -> {
                    sink.submitted(queued.jobId());
                    return client.jobs().waitForAsync(queued.jobId(), Waits.forCampaign(sink, simulated()));
                }).thenApply(done -> new JobOutcome(done.jobId(), done.outputUrls(),
                        done.creditCost().isPresent() ? Cost.credits(done.creditCost().getAsLong()) : null)));
    }
}
