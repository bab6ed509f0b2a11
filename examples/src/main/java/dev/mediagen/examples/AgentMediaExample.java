package dev.mediagen.examples;

import dev.mediagen.agentmedia.AccountInfo;
import dev.mediagen.agentmedia.Actor;
import dev.mediagen.agentmedia.ActorList;
import dev.mediagen.agentmedia.AgentMediaClient;
import dev.mediagen.agentmedia.CreditEstimate;
import dev.mediagen.agentmedia.SubtitleStyle;
import dev.mediagen.agentmedia.VideoCreateParams;
import dev.mediagen.agentmedia.VideoCreated;
import dev.mediagen.agentmedia.VideoJob;
import dev.mediagen.core.InsufficientCreditsException;
import dev.mediagen.core.JobFailedException;
import dev.mediagen.core.MediaGenException;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.download.DownloadResult;
import dev.mediagen.core.wait.WaitOptions;
import dev.mediagen.testkit.AgentMediaSimulator;
import dev.mediagen.testkit.SimClock;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * {@code agentmedia}: lists the actor library, creates a 10-second UGC video, waits for it with progress output,
 * and downloads it. Runs on the embedded agent-media simulator unless {@code AGENTMEDIA_API_KEY} is set.
 */
public final class AgentMediaExample implements Command {
    private static final String PREFIX = AgentMediaClient.ENV_PREFIX;
    private static final Set<String> FLAGS = Set.of("fail");
    private static final Set<String> VALUED = Set.of("out", "script", "actor", "duration");
    private static final String DEFAULT_SCRIPT = "Ever wonder why top founders wake up at 5am? It is not about the"
            + " alarm clock. It is about the mindset.";
    private static final double SIMULATOR_SPEED = 60;

    private final Target target;

    /** Reads the process environment. */
    public AgentMediaExample() {
        this(new Target());
    }

    /** Reads the given target's environment (for tests). */
    AgentMediaExample(Target target) {
        this.target = target;
    }

    @Override
    public String name() {
        return "agentmedia";
    }

    @Override
    public String summary() {
        return "agent-media: list actors, create a 10 s UGC video, wait with progress, download it";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "usage: java -jar mediagen-examples.jar agentmedia [options]",
                "",
                "Lists the actor library, creates a UGC video presented by an actor, waits for it (printing",
                "each status change) and downloads the MP4.",
                "",
                "options:",
                "  --script TEXT       what the actor says (50-3000 characters, at most 37 words)",
                "  --actor SLUG        the presenting actor (default: emma)",
                "  --duration SECONDS  5, 10 or 15 (default: 10)",
                "  --out DIR           where to save the video (default: ./out/agentmedia)",
                "  --fail              simulator only: make the job fail (exit code 1)",
                "  --help              this text",
                "",
                "Runs on the embedded simulator unless AGENTMEDIA_API_KEY is set; then it calls",
                "AGENTMEDIA_BASE_URL (default " + AgentMediaClient.DEFAULT_BASE_URL + ").",
                "",
                "exit codes: 0 success, 1 video failed or not enough credits, 2 usage error");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(args, FLAGS, VALUED);
        if (!parsed.positionals().isEmpty()) {
            throw new Args.UsageException("unexpected argument: " + parsed.positionals().get(0));
        }
        boolean live = target.live(PREFIX);
        if (live && parsed.flag("fail")) {
            throw new Args.UsageException("--fail only works on the simulator (unset AGENTMEDIA_API_KEY)");
        }
        VideoCreateParams params = params(parsed);
        Path dir = parsed.outDir("out/agentmedia");

        AgentMediaSimulator simulator = live ? null : simulator(parsed.flag("fail"));
        try (AgentMediaClient client = live
                ? AgentMediaClient.builder().environment(target.environment()).fromEnv().build()
                : AgentMediaClient.builder().baseUrl(simulator.apiBaseUrl()).apiKey(simulator.apiKey()).build()) {
            out.println(live ? "target: the agent-media API (AGENTMEDIA_API_KEY is set)"
                    : "target: embedded agent-media simulator at " + simulator.apiBaseUrl()
                            + " (set AGENTMEDIA_API_KEY for the real API)");
            return run(client, params, dir, out, err);
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
    }

    private static AgentMediaSimulator simulator(boolean fail) {
        SimClock clock = SimClock.accelerated(SIMULATOR_SPEED);
        AgentMediaSimulator simulator = new AgentMediaSimulator(clock).start();
        return simulator.retryAfter(clock.toReal(Duration.ofSeconds(5))).failAllJobs(fail);
    }

    private int run(AgentMediaClient client, VideoCreateParams params, Path dir, PrintStream out, PrintStream err)
            throws Exception {
        ActorList actors = client.actors().list();
        out.printf("actors: %d in the library%n", actors.total());
        actors.actors().stream().filter(Actor::isActive).limit(5).forEach(actor -> out.printf("  %-8s %s (%s, %s, %s)%n",
                actor.slug(), actor.name(), actor.gender().orElse("?"), actor.ageRange().orElse("?"),
                actor.actorType().orElse("?")));

        CreditEstimate estimate = params.estimateCredits();
        AccountInfo account = client.account().info();
        out.printf("estimate: %d credits for a %d s video; balance: %d credits (%s plan)%n", estimate.totalCredits(),
                estimate.durationSeconds(), account.credits().total(), account.plan().name().orElse("?"));

        VideoCreated created;
        try {
            created = client.videos().create(params);
        } catch (InsufficientCreditsException e) {
            err.println("not enough credits: " + e.getMessage());
            return JOB_FAILURES;
        }
        out.printf("created job %s: %d credits deducted, %d s video%n", created.jobId(), created.creditsDeducted(),
                created.estimatedDuration().orElse(estimate.durationSeconds()));
        created.pacingWarning().ifPresent(warning -> out.println("pacing: " + warning));

        WaitOptions wait = WaitOptions.builder().timeout(Duration.ofMinutes(20))
                .listener(update -> out.printf("  %s: %s after %d s%n", update.jobId(), update.status(),
                        update.elapsed().toSeconds()))
                .build();
        VideoJob done;
        try {
            done = client.videos().waitForAsync(created.jobId(), wait).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof JobFailedException) {
                JobFailedException failed = (JobFailedException) cause;
                out.println(JsonOutput.toJson(failed.job()));
                err.println("video failed: " + failed.getMessage());
                return JOB_FAILURES;
            }
            throw cause instanceof MediaGenException ? (MediaGenException) cause : e;
        }
        out.println(JsonOutput.toJson(done));

        Files.createDirectories(dir);
        Path file = dir.resolve(done.id() + ".mp4");
        DownloadResult saved = client.downloads().toPath(done.outputUrl().orElseThrow(() ->
                new MediaGenException("the completed job has no output URL")), file).get();
        out.printf("saved %s (%d bytes, sha256 %s)%n", file, saved.bytes(), saved.sha256());
        return OK;
    }

    private static VideoCreateParams params(Args parsed) {
        int duration;
        try {
            duration = Integer.parseInt(parsed.option("duration").orElse("10"));
        } catch (NumberFormatException e) {
            throw new Args.UsageException("--duration must be 5, 10 or 15");
        }
        try {
            return VideoCreateParams.script(parsed.option("script").orElse(DEFAULT_SCRIPT))
                    .actorSlug(parsed.option("actor").orElse("emma"))
                    .targetDuration(duration)
                    .style(SubtitleStyle.HORMOZI)
                    .build();
        } catch (ValidationException e) {
            throw new Args.UsageException(e.getMessage());
        }
    }
}
