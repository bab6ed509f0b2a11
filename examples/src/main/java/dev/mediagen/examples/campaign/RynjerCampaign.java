package dev.mediagen.examples.campaign;

import dev.mediagen.core.Futures;
import dev.mediagen.core.download.Downloader;
import dev.mediagen.examples.Target;
import dev.mediagen.rynjer.GenerateParams;
import dev.mediagen.rynjer.Product;
import dev.mediagen.rynjer.PriceTable;
import dev.mediagen.rynjer.RynjerClient;
import dev.mediagen.rynjer.Units;
import dev.mediagen.testkit.RynjerSimulator;
import dev.mediagen.testkit.SimClock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Rynjer's part: four square image variants from one generation. */
final class RynjerCampaign implements CampaignVendor {
    static final String MODEL = "nano-banana-pro";

    private final RynjerClient client;
    private final RynjerSimulator simulator;

    private RynjerCampaign(RynjerClient client, RynjerSimulator simulator) {
        this.client = client;
        this.simulator = simulator;
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
        return List.of(new AssetJob() {
            @Override
            public String vendor() {
                return name();
            }

            @Override
            public String kind() {
                return "square-variant";
            }

            @Override
            public String prompt() {
                return script.squarePrompt();
            }

            @Override
            public Downloader downloader() {
                return client.downloads();
            }

            @Override
            public CompletableFuture<JobOutcome> start(StatusSink sink) {
                Cost cost = PriceTable.standard().credits(MODEL, params.units().orElseThrow())
                        .map(Cost::credits).orElse(null);
                return Futures.composeCancellable(
                        client.generations().generateAsync(params),
                        created -> {
                            sink.submitted(created.requestId());
                            return client.generations().waitForAsync(created.requestId(),
                                    Waits.forCampaign(sink, simulator != null));
                        })
                        .thenApply(done -> new JobOutcome(done.requestId(), done.outputUrls(), cost));
            }
        });
    }

    @Override
    public void close() {
        client.close();
        if (simulator != null) {
            simulator.close();
        }
    }
}
