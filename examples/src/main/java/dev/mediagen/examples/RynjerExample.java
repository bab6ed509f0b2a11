package dev.mediagen.examples;

import dev.mediagen.core.InsufficientCreditsException;
import dev.mediagen.core.JobFailedException;
import dev.mediagen.core.MediaGenException;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.download.DownloadResult;
import dev.mediagen.core.wait.PollStrategy;
import dev.mediagen.core.wait.WaitOptions;
import dev.mediagen.rynjer.CreditEstimate;
import dev.mediagen.rynjer.EstimateParams;
import dev.mediagen.rynjer.GenerateParams;
import dev.mediagen.rynjer.Generation;
import dev.mediagen.rynjer.GenerationOutput;
import dev.mediagen.rynjer.RynjerClient;
import dev.mediagen.rynjer.Units;
import dev.mediagen.testkit.RynjerSimulator;
import dev.mediagen.testkit.SimClock;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * {@code rynjer}: estimates the cost, checks the balance, generates image variants, waits for them and downloads
 * them. Runs on the embedded Rynjer simulator unless {@code RYNJER_API_KEY} is set.
 */
public final class RynjerExample implements Command {
    private static final String PREFIX = "RYNJER";
    private static final Set<String> FLAGS = Set.of("fail");
    private static final Set<String> VALUED = Set.of("out", "prompt", "model", "count", "resolution");

    private final Target target;

    /** Reads the process environment. */
    public RynjerExample() {
        this(new Target());
    }

    /** Reads the given target's environment (for tests). */
    RynjerExample(Target target) {
        this.target = target;
    }

    @Override
    public String name() {
        return "rynjer";
    }

    @Override
    public String summary() {
        return "Rynjer Agent API: estimate, check credits, generate 4 image variants, wait, download";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "usage: java -jar mediagen-examples.jar rynjer [options]",
                "",
                "Estimates the cost, checks the credit balance, generates image variants with one request_id,",
                "waits for them and downloads them.",
                "",
                "options:",
                "  --prompt TEXT       what to draw (default: a lighthouse on a cliff at dawn, watercolor)",
                "  --model MODEL       a Rynjer image model (default: nano-banana-pro)",
                "  --count N           variants: 1, 2, 4 or 8 (default: 4)",
                "  --resolution RES    e.g. 1K or 4K (default: the model's)",
                "  --out DIR           where to save the images (default: ./out/rynjer)",
                "  --fail              simulator only: make the generation fail (exit code 1)",
                "  --help              this text",
                "",
                "Runs on the embedded simulator unless RYNJER_API_KEY is set; then it calls RYNJER_BASE_URL",
                "(default https://rynjer.com).",
                "",
                "exit codes: 0 success, 1 generation failed or not enough credits, 2 usage error");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(args, FLAGS, VALUED);
        if (!parsed.positionals().isEmpty()) {
            throw new Args.UsageException("unexpected argument: " + parsed.positionals().get(0));
        }
        boolean live = target.live(PREFIX);
        if (live && parsed.flag("fail")) {
            throw new Args.UsageException("--fail only works on the simulator (unset RYNJER_API_KEY)");
        }
        GenerateParams params = params(parsed);
        Path dir = parsed.outDir("out/rynjer");

        RynjerSimulator simulator = live ? null : new RynjerSimulator(SimClock.accelerated(60)).start();
        try (RynjerClient client = live
                ? RynjerClient.builder().environment(target.environment()).fromEnv().build()
                : RynjerClient.builder().baseUrl(simulator.baseUrl()).apiKey(RynjerSimulator.API_KEY).build()) {
            if (simulator != null) {
                simulator.failAllJobs(parsed.flag("fail"));
                out.println("target: embedded Rynjer simulator at " + simulator.baseUrl() + " (set RYNJER_API_KEY for the real API)");
            } else {
                out.println("target: the Rynjer API (RYNJER_API_KEY is set)");
            }
            return run(client, params, dir, live, out, err);
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
    }

    private int run(RynjerClient client, GenerateParams params, Path dir, boolean live, PrintStream out, PrintStream err)
            throws Exception {
        CreditEstimate estimate = client.credits().estimateWithFallback(EstimateParams.of(params));
        out.printf("estimate: %d credits for %s (%s)%n", estimate.estimatedCredits(), describe(params),
                estimate.isOffline() ? "offline price table" : "Rynjer estimate");
        long balance = client.credits().balance().credits();
        out.printf("balance: %d credits%n", balance);
        if (balance < estimate.estimatedCredits()) {
            err.printf("not enough credits: %d needed, %d available%n", estimate.estimatedCredits(), balance);
            return JOB_FAILURES;
        }

        WaitOptions.Builder wait = WaitOptions.builder().timeout(Duration.ofMinutes(15))
                .listener(update -> out.printf("  %s: %s%n", update.jobId(), update.status()));
        if (!live) {
            wait.pollStrategy(PollStrategy.fixed(Duration.ofMillis(200)));
        }
        out.println("generating...");
        Generation done;
        try {
            done = client.generations().generateAndWaitAsync(params, wait.build()).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof JobFailedException) {
                JobFailedException failed = (JobFailedException) cause;
                out.println(JsonOutput.toJson(failed.job()));
                err.println("generation failed: " + failed.getMessage());
                return JOB_FAILURES;
            }
            if (cause instanceof InsufficientCreditsException) {
                err.println("not enough credits: " + cause.getMessage());
                return JOB_FAILURES;
            }
            throw cause instanceof MediaGenException ? (MediaGenException) cause : e;
        }
        out.println(JsonOutput.toJson(done));

        Files.createDirectories(dir);
        List<GenerationOutput> outputs = done.outputs();
        for (int i = 0; i < outputs.size(); i++) {
            GenerationOutput output = outputs.get(i);
            Path file = dir.resolve("variant-" + (i + 1) + "." + extension(output));
            DownloadResult saved = client.downloads().toPath(output.url(), file).get();
            out.printf("saved %s (%d bytes, sha256 %s)%n", file, saved.bytes(), saved.sha256());
        }
        out.printf("done: %d file(s) in %s%n", outputs.size(), dir);
        return OK;
    }

    private static GenerateParams params(Args parsed) {
        int count;
        try {
            count = Integer.parseInt(parsed.option("count").orElse("4"));
        } catch (NumberFormatException e) {
            throw new Args.UsageException("--count must be a number");
        }
        if (count != 1 && count != 2 && count != 4 && count != 8) {
            throw new Args.UsageException("--count must be 1, 2, 4 or 8");
        }
        Units.Builder units = Units.builder().count(count);
        parsed.option("resolution").ifPresent(units::resolution);
        try {
            return GenerateParams.builder()
                    .model(parsed.option("model").orElse("nano-banana-pro"))
                    .prompt(parsed.option("prompt").orElse("a lighthouse on a cliff at dawn, watercolor"))
                    .units(units.build())
                    .build();
        } catch (ValidationException e) {
            throw new Args.UsageException(e.getMessage());
        }
    }

    private static String describe(GenerateParams params) {
        return params.units().map(u -> u.count().orElse(1)).orElse(1) + " x " + params.model();
    }

    private static String extension(GenerationOutput output) {
        String path = URI.create(output.url()).getPath();
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && name.length() - dot - 1 >= 2 && name.length() - dot - 1 <= 5) {
            return name.substring(dot + 1).toLowerCase(Locale.ROOT);
        }
        String type = output.type().orElse("");
        return type.equals("video") ? "mp4" : type.equals("music") ? "wav" : type.equals("image") ? "png" : "bin";
    }
}
