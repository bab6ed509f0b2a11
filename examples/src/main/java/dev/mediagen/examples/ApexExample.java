package dev.mediagen.examples;

import dev.mediagen.apex.ApexClient;
import dev.mediagen.apex.BRollRequest;
import dev.mediagen.apex.CreditCost;
import dev.mediagen.apex.Job;
import dev.mediagen.apex.PhotoAngle;
import dev.mediagen.apex.PhotoBackground;
import dev.mediagen.apex.PhotoLighting;
import dev.mediagen.apex.PhotoshootRequest;
import dev.mediagen.apex.Resolution;
import dev.mediagen.core.InsufficientCreditsException;
import dev.mediagen.core.JobFailedException;
import dev.mediagen.core.MediaGenException;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.download.DownloadResult;
import dev.mediagen.core.wait.PollStrategy;
import dev.mediagen.core.wait.WaitOptions;
import dev.mediagen.testkit.ApexSimulator;
import dev.mediagen.testkit.SimClock;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * {@code apex}: generates a product photoshoot and a b-roll clip concurrently, waits for both and downloads them.
 * Runs on the embedded Apex Studio simulator unless {@code APEX_API_KEY} is set.
 */
public final class ApexExample implements Command {
    private static final String PREFIX = "APEX";
    private static final Set<String> FLAGS = Set.of("fail");
    private static final Set<String> VALUED = Set.of("out", "product-image", "prompt", "count");
    private static final String DEFAULT_PRODUCT_IMAGE = "https://cdn.useapexstudio.com/uploads/demo/water-bottle.png";

    private final Target target;

    /** Reads the process environment. */
    public ApexExample() {
        this(new Target());
    }

    /** Reads the given target's environment (for tests). */
    ApexExample(Target target) {
        this.target = target;
    }

    @Override
    public String name() {
        return "apex";
    }

    @Override
    public String summary() {
        return "Apex Studio: a product photoshoot and a b-roll clip, concurrently, waited for and downloaded";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "usage: java -jar mediagen-examples.jar apex [options]",
                "",
                "Generates a product photoshoot and a b-roll clip at the same time, waits for both and",
                "downloads the photos and the clip.",
                "",
                "options:",
                "  --product-image URL  the uploaded product photo (default: a demo URL; give your own for the real API)",
                "  --prompt TEXT        the b-roll scene (default: slow pan over a misty pine forest at dawn)",
                "  --count N            photos: 1 to 4 (default: 2)",
                "  --out DIR            where to save the files (default: ./out/apex)",
                "  --fail               simulator only: make the jobs fail (exit code 1)",
                "  --help               this text",
                "",
                "Runs on the embedded simulator unless APEX_API_KEY is set; then it calls APEX_BASE_URL",
                "(default https://useapexstudio.com).",
                "",
                "exit codes: 0 success, 1 a job failed or not enough credits, 2 usage error");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(args, FLAGS, VALUED);
        if (!parsed.positionals().isEmpty()) {
            throw new Args.UsageException("unexpected argument: " + parsed.positionals().get(0));
        }
        boolean live = target.live(PREFIX);
        if (live && parsed.flag("fail")) {
            throw new Args.UsageException("--fail only works on the simulator (unset APEX_API_KEY)");
        }
        PhotoshootRequest photoshoot = photoshoot(parsed);
        BRollRequest bRoll = bRoll(parsed);
        Path dir = parsed.outDir("out/apex");

        ApexSimulator simulator = live ? null : new ApexSimulator(SimClock.accelerated(60)).start();
        try (ApexClient client = live
                ? ApexClient.builder().environment(target.environment()).fromEnv().build()
                : ApexClient.builder().baseUrl(simulator.baseUrl()).apiKey(ApexSimulator.API_KEY).build()) {
            if (simulator != null) {
                simulator.failAllJobs(parsed.flag("fail"));
                out.println("target: embedded Apex Studio simulator at " + simulator.baseUrl()
                        + " (set APEX_API_KEY for the real API)");
            } else {
                out.println("target: the Apex Studio API (APEX_API_KEY is set)");
            }
            return run(client, photoshoot, bRoll, dir, live, out, err);
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
    }

    private int run(ApexClient client, PhotoshootRequest photoshoot, BRollRequest bRoll, Path dir, boolean live,
                    PrintStream out, PrintStream err) throws Exception {
        CreditCost cost = client.costs().estimate(photoshoot).plus(client.costs().estimate(bRoll));
        out.printf("estimate: %s (photoshoot %s + b-roll %s, documented prices)%n", cost,
                client.costs().estimate(photoshoot), client.costs().estimate(bRoll));
        long credits = client.account().usage().credits();
        out.printf("credits: %d%n", credits);
        if (credits < cost.max()) {
            err.printf("not enough credits: %d needed, %d available%n", cost.max(), credits);
            return JOB_FAILURES;
        }

        WaitOptions.Builder wait = WaitOptions.builder().timeout(Duration.ofMinutes(20))
                .listener(update -> out.printf("  %s: %s%n", update.jobId(), update.status()));
        if (!live) {
            wait.pollStrategy(PollStrategy.fixed(Duration.ofMillis(200)));
        }
        out.println("generating a " + photoshoot.count() + "-photo shoot and a b-roll clip...");
        CompletableFuture<Job> photos = client.generation().photoshootAndWaitAsync(photoshoot, wait.build());
        CompletableFuture<Job> footage = client.generation().bRollAndWaitAsync(bRoll, wait.build());
        Job shoot = settle(photos, "photoshoot", out, err);
        Job clip = settle(footage, "b-roll", out, err);
        if (shoot == null || clip == null) {
            return JOB_FAILURES;
        }

        Files.createDirectories(dir);
        int saved = 0;
        for (int i = 0; i < shoot.outputUrls().size(); i++) {
            saved += save(client, shoot.outputUrls().get(i), dir.resolve("photo-" + (i + 1) + "."
                    + extension(shoot.outputUrls().get(i), shoot)), out);
        }
        for (String url : clip.outputUrls()) {
            saved += save(client, url, dir.resolve("b-roll." + extension(url, clip)), out);
        }
        out.printf("done: %d file(s) in %s, %d credits%n", saved, dir,
                shoot.creditCost().orElse(0) + clip.creditCost().orElse(0));
        return OK;
    }

    /** The finished job, printed as JSON; null (after reporting why) when it failed. */
    private static Job settle(CompletableFuture<Job> future, String what, PrintStream out, PrintStream err)
            throws Exception {
        try {
            Job job = future.get();
            out.println(what + ":");
            out.println(JsonOutput.toJson(job));
            return job;
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof JobFailedException) {
                out.println(what + ":");
                out.println(JsonOutput.toJson(((JobFailedException) cause).job()));
                err.println(what + " failed: " + cause.getMessage());
                return null;
            }
            if (cause instanceof InsufficientCreditsException) {
                err.println("not enough credits for the " + what + ": " + cause.getMessage());
                return null;
            }
            throw cause instanceof MediaGenException ? (MediaGenException) cause : e;
        }
    }

    private static int save(ApexClient client, String url, Path file, PrintStream out) throws Exception {
        DownloadResult result = client.downloads().toPath(url, file).get();
        out.printf("saved %s (%d bytes, sha256 %s)%n", file, result.bytes(), result.sha256());
        return 1;
    }

    private static PhotoshootRequest photoshoot(Args parsed) {
        int count;
        try {
            count = Integer.parseInt(parsed.option("count").orElse("2"));
        } catch (NumberFormatException e) {
            throw new Args.UsageException("--count must be a number");
        }
        try {
            return PhotoshootRequest.builder()
                    .productImage(parsed.option("product-image").orElse(DEFAULT_PRODUCT_IMAGE))
                    .background(PhotoBackground.STUDIO_WHITE).angle(PhotoAngle.HERO).lighting(PhotoLighting.SOFT)
                    .count(count).build();
        } catch (ValidationException e) {
            throw new Args.UsageException(e.getMessage());
        }
    }

    private static BRollRequest bRoll(Args parsed) {
        try {
            return BRollRequest.builder()
                    .prompt(parsed.option("prompt").orElse("slow pan over a misty pine forest at dawn"))
                    .duration(5).resolution(Resolution.P720).build();
        } catch (ValidationException e) {
            throw new Args.UsageException(e.getMessage());
        }
    }

    private static String extension(String url, Job job) {
        String path = URI.create(url).getPath();
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && name.length() - dot - 1 >= 2 && name.length() - dot - 1 <= 4) {
            return name.substring(dot + 1).toLowerCase(Locale.ROOT);
        }
        String type = job.outputType().orElse("");
        return type.equals("video/mp4") ? "mp4" : type.equals("audio/wav") ? "wav" : type.startsWith("image/") ? "png"
                : "bin";
    }
}
