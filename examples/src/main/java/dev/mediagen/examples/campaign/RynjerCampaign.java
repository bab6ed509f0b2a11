package dev.mediagen.examples.campaign;

import dev.mediagen.core.Futures;
import dev.mediagen.examples.Target;
import dev.mediagen.rynjer.GenerateParams;
import dev.mediagen.rynjer.Product;
import dev.mediagen.rynjer.PriceTable;
import dev.mediagen.rynjer.RynjerClient;
import dev.mediagen.rynjer.Units;
import dev.mediagen.testkit.RynjerSimulator;
import dev.mediagen.testkit.SimClock;
import java.util.List;

/** Rynjer's part: four square image variants from one generation. */
final class RynjerCampaign extends VendorPart<RynjerClient> {
    static final String MODEL = "nano-banana-pro";

    private RynjerCampaign(RynjerClient client, RynjerSimulator simulator) {
        super(client, simulator);
    }

    static CampaignVendors.Factory factory() {
        return new CampaignVendors.Factory() {
            @Override
            public String envPrefix() {
                return "RYNJER";
            }

            @Override
            public CampaignVendor simulated(boolean failAllJobs) {
                RynjerSimulator simulator = new RynjerSimulator(SimClock.accelerated(CampaignVendors.SPEED)).start();
                simulator.failAllJobs(failAllJobs);
                return new RynjerCampaign(RynjerClient.builder().baseUrl(simulator.baseUrl())
                        .apiKey(RynjerSimulator.API_KEY).build(), simulator);
            }

            @Override
            public CampaignVendor live(Target target) {
                return new RynjerCampaign(RynjerClient.builder().environment(target.environment()).fromEnv().build(), null);
            }
        };
    }

    @Override
    public String name() {
        return "rynjer";
    }

    @Override
    public List<AssetJob> plan(ScriptWriter script) {
        GenerateParams params = GenerateParams.builder().model(MODEL).product(Product.IMAGE)
                .prompt(script.squarePrompt())
                .units(Units.builder().count(4).aspectRatio("1:1").build())
                .build();
        Cost cost = PriceTable.standard().credits(MODEL, params.units().orElseThrow()).map(Cost::credits).orElse(null);
        return List.of(new SimpleAssetJob(name(), "square-variant", script.squarePrompt(), client.downloads(),
                sink -> Futures.composeCancellable(client.generations().generateAsync(params), created -> {
                    sink.submitted(created.requestId());
                    return client.generations().waitForAsync(created.requestId(), Waits.forCampaign(sink, simulated()));
                }).thenApply(done -> new JobOutcome(done.requestId(), done.outputUrls(), cost))));
    }
}
