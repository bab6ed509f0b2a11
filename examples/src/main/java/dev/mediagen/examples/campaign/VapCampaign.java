package dev.mediagen.examples.campaign;

import dev.mediagen.core.Futures;
import dev.mediagen.examples.Target;
import dev.mediagen.testkit.SimClock;
import dev.mediagen.testkit.VapSimulator;
import dev.mediagen.vap.ImageParams;
import dev.mediagen.vap.MusicParams;
import dev.mediagen.vap.Task;
import dev.mediagen.vap.TaskParams;
import dev.mediagen.vap.VapClient;
import java.math.BigDecimal;
import java.util.List;

/** VAP's part: the 16:9 hero image and the background music. */
final class VapCampaign extends VendorPart<VapClient> {
    private VapCampaign(VapClient client, VapSimulator simulator) {
        super(client, simulator);
    }

    static CampaignVendors.Factory factory() {
        return new CampaignVendors.Factory() {
            @Override
            public String envPrefix() {
                return "VAP";
            }

            @Override
            public CampaignVendor simulated(boolean failAllJobs) {
                VapSimulator simulator = new VapSimulator(SimClock.accelerated(CampaignVendors.SPEED)).start();
                // Music needs tier 2 (Established); a simulated agent starts there with a funded balance.
                simulator.startAgentsAt(2, new BigDecimal("100.00")).failAllJobs(failAllJobs);
                String apiKey = simulator.registerAgent("mediagen-campaign");
                return new VapCampaign(VapClient.builder().baseUrl(simulator.baseUrl()).apiKey(apiKey).build(), simulator);
            }

            @Override
            public CampaignVendor live(Target target) {
                return new VapCampaign(VapClient.builder().environment(target.environment()).fromEnv().build(), null);
            }
        };
    }

    @Override
    public String name() {
        return "vap";
    }

    @Override
    public List<AssetJob> plan(ScriptWriter script) {
        return List.of(
                job("hero-image", script.heroPrompt(),
                        ImageParams.builder().description(script.heroPrompt()).aspectRatio("16:9").build()),
                job("background-music", script.musicPrompt(),
                        MusicParams.builder().description(script.musicPrompt()).duration(30).instrumental(true).build()));
    }

    private AssetJob job(String kind, String prompt, TaskParams params) {
        return new SimpleAssetJob(name(), kind, prompt, client.downloads(),
                sink -> Futures.composeCancellable(client.tasks().createAsync(params), created -> {
                    sink.submitted(created.id());
                    return client.tasks().waitForAsync(created.id(), Waits.forCampaign(sink, simulated()));
                }).thenApply(done -> new JobOutcome(done.id(), done.resultUrls(), cost(done))));
    }

    private static Cost cost(Task task) {
        return task.actualCost().or(task::estimatedCost).map(Cost::usd).orElse(null);
    }
}
