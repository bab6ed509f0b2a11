package dev.mediagen.examples.campaign;

import dev.mediagen.core.wait.PollStrategy;
import dev.mediagen.core.wait.WaitOptions;
import java.time.Duration;

/** The wait options of the campaign's jobs: progress to the board, quick polls on the sped-up simulators. */
final class Waits {
    private Waits() {
    }

    static WaitOptions forCampaign(StatusSink sink, boolean simulated) {
        WaitOptions.Builder options = WaitOptions.builder()
                .timeout(simulated ? Duration.ofMinutes(2) : Duration.ofMinutes(30))
                .listener(update -> sink.status(update.status(),
                        update.progress().isPresent() ? update.progress().getAsDouble() : Double.NaN));
        if (simulated) {
            options.pollStrategy(PollStrategy.fixed(Duration.ofMillis(250)));
        }
        return options.build();
    }
}
