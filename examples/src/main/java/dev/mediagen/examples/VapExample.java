package dev.mediagen.examples;

import dev.mediagen.core.JobFailedException;
import dev.mediagen.core.MediaGenException;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.download.DownloadResult;
import dev.mediagen.core.wait.PollStrategy;
import dev.mediagen.core.wait.WaitOptions;
import dev.mediagen.testkit.SimClock;
import dev.mediagen.testkit.VapSimulator;
import dev.mediagen.vap.AgentRegistration;
import dev.mediagen.vap.AspectRatio;
import dev.mediagen.vap.Balance;
import dev.mediagen.vap.Deposit;
import dev.mediagen.vap.DepositParams;
import dev.mediagen.vap.DepositProvider;
import dev.mediagen.vap.ImageParams;
import dev.mediagen.vap.ImageQuality;
import dev.mediagen.vap.Task;
import dev.mediagen.vap.TaskRequest;
import dev.mediagen.vap.VapClient;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code vap}: registers an agent, deposits, generates an image, waits for it and downloads it. Runs on the embedded
 * VAP simulator unless {@code VAP_API_KEY} is set; then it uses that agent on the real API (no registration, and a
 * deposit only when {@code --deposit} is given, since paying it is up to you).
 */
public final class VapExample implements Command {
    private static final String DEFAULT_PROMPT = "A mountain landscape at sunset";
    private static final Set<String> FLAGS = Set.of("fail");
    private static final Set<String> VALUED = Set.of("prompt", "aspect-ratio", "quality", "deposit", "provider", "out");

    private final Target target;

    /** Reads the process environment. */
    public VapExample() {
        this(new Target());
    }

    /** Reads the given target (for tests). */
    VapExample(Target target) {
        this.target = target;
    }

    @Override
    public String name() {
        return "vap";
    }

    @Override
    public String summary() {
        return "VAP: register, deposit, generate an image, wait, download";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "usage: vap [--prompt TEXT] [--aspect-ratio R] [--quality standard|high] [--deposit USD]",
                "           [--provider manual|crypto|card] [--out DIR] [--fail]",
                "",
                "Registers a VAP agent, deposits (the simulated operator confirms it), generates an image, waits for",
                "it and saves it under --out (default ./out/vap). Prints progress, then the finished task as JSON.",
                "",
                "  --prompt TEXT       what to generate (default \"" + DEFAULT_PROMPT + "\")",
                "  --aspect-ratio R    1:1, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3, 21:9 or 9:21 (default 16:9)",
                "  --quality Q         standard (default) or high",
                "  --deposit USD       amount to deposit, at least 1.00 (simulator default 5.00; live: none)",
                "  --provider P        manual (default), crypto or card",
                "  --out DIR           where the image is saved",
                "  --fail              simulator only: the task fails, to show the refund",
                "",
                "Runs on the embedded simulator unless VAP_API_KEY is set; then it calls VAP_BASE_URL",
                "(default https://api.vapagent.com) with that agent's key.",
                "Exit codes: 0 done, 1 the task (or a call) failed, 2 bad command line.");
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(arguments, FLAGS, VALUED);
        if (!args.positionals().isEmpty()) {
            throw new Args.UsageException("unexpected argument: " + args.positionals().get(0));
        }
        TaskRequest request = TaskRequest.of(imageParams(args));
        DepositParams deposit = depositParams(args);
        Path outDir = args.outDir("./out/vap");
        if (target.live("VAP")) {
            if (args.flag("fail")) {
                throw new Args.UsageException("--fail only works on the simulator");
            }
            try (VapClient client = VapClient.builder().environment(target.environment()).fromEnv().build()) {
                out.println("target: the VAP API at " + target.env("VAP_BASE_URL").orElse(VapClient.DEFAULT_BASE_URL)
                        + " with the agent of VAP_API_KEY");
                return generate(client, deposit, request, WaitOptions.builder(), outDir, out, err, null);
            }
        }
        try (VapSimulator simulator = new VapSimulator(SimClock.accelerated(60)).start()) {
            simulator.failAllJobs(args.flag("fail"));
            out.println("target: embedded VAP simulator at " + simulator.baseUrl()
                    + " (set VAP_API_KEY for the real API)");
            String apiKey;
            try (VapClient anonymous = VapClient.builder().baseUrl(simulator.baseUrl()).build()) {
                AgentRegistration agent = anonymous.agents().register("mediagen-example");
                out.println("registered agent " + agent.agentId() + " (API key received; store it, it is shown once)");
                apiKey = agent.apiKey();
            }
            try (VapClient client = VapClient.builder().baseUrl(simulator.baseUrl()).apiKey(apiKey).build()) {
                WaitOptions.Builder wait = WaitOptions.builder()
                        .pollStrategy(PollStrategy.backoff(Duration.ofMillis(100), 1.5, Duration.ofSeconds(1)));
                DepositParams simulated = deposit != null ? deposit : DepositParams.of("5.00", DepositProvider.MANUAL);
                return generate(client, simulated, request, wait, outDir, out, err, simulator);
            }
        }
    }

    private int generate(VapClient client, DepositParams deposit, TaskRequest request, WaitOptions.Builder wait,
                         Path outDir, PrintStream out, PrintStream err, VapSimulator simulator) throws Exception {
        try {
            if (deposit != null) {
                Deposit started = client.deposits().init(deposit);
                out.println("deposit " + started.id() + " of $" + deposit.amount().toPlainString() + " via "
                        + deposit.provider() + ": " + started.status().map(Object::toString).orElse("started"));
                started.instructions().ifPresent(text -> out.println("  " + text));
                if (simulator != null) {
                    simulator.confirmDeposit(started.id());
                    out.println("  (the simulated VAP operator confirmed the payment)");
                }
            }
            Balance balance = client.agents().balance();
            out.println("balance: $" + balance.usable().toPlainString() + " usable, tier " + balance.tier() + " ("
                    + balance.tierName().orElse("?") + ")");
            out.println("generating: " + request.params().description());
            Task task = client.tasks().createAndWaitAsync(request, wait.listener(update ->
                    out.println("  task " + update.jobId() + ": " + update.status())).build()).get(30, TimeUnit.MINUTES);
            Files.createDirectories(outDir);
            List<String> urls = task.resultUrls();
            for (int i = 0; i < urls.size(); i++) {
                Path file = outDir.resolve(fileName(task, i, urls.get(i)));
                DownloadResult saved = client.downloads().toPath(urls.get(i), file).get(10, TimeUnit.MINUTES);
                out.println("saved " + file + " (" + saved.bytes() + " bytes, sha256 " + saved.sha256() + ")");
            }
            out.println("balance after: $" + client.agents().balance().usable().toPlainString() + " usable");
            out.println(JsonOutput.toJson(task));
            return OK;
        } catch (java.util.concurrent.ExecutionException e) {
            return failed(dev.mediagen.core.Futures.unwrap(e.getCause()), client, out, err);
        } catch (MediaGenException e) {
            return failed(e, client, out, err);
        }
    }

    private static int failed(RuntimeException error, VapClient client, PrintStream out, PrintStream err) {
        if (error instanceof JobFailedException) {
            Task task = ((JobFailedException) error).job(Task.class);
            err.println("task failed: " + task.errorMessage().orElse(task.status().asString()));
            out.println(JsonOutput.toJson(task));
            try {
                out.println("balance after refund: $" + client.agents().balance().usable().toPlainString() + " usable");
            } catch (MediaGenException ignored) {
                // The balance line is informational only.
            }
        } else {
            err.println("error: " + error.getMessage());
        }
        return JOB_FAILURES;
    }

    private static String fileName(Task task, int index, String url) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        int dot = path.lastIndexOf('.');
        String extension = dot > path.lastIndexOf('/') && path.length() - dot <= 5 ? path.substring(dot) : ".bin";
        return "vap-" + task.id() + (index == 0 ? "" : "-" + index) + extension.toLowerCase(Locale.ROOT);
    }

    private static ImageParams imageParams(Args args) {
        try {
            ImageParams.Builder params = ImageParams.builder().description(args.option("prompt").orElse(DEFAULT_PROMPT))
                    .aspectRatio(AspectRatio.parse(args.option("aspect-ratio").orElse("16:9")));
            args.option("quality").map(ImageQuality::parse).ifPresent(params::quality);
            return params.build();
        } catch (ValidationException e) {
            throw new Args.UsageException(e.getMessage());
        }
    }

    private static DepositParams depositParams(Args args) {
        if (args.option("deposit").isEmpty()) {
            return null;
        }
        try {
            DepositProvider provider = DepositProvider.of(args.option("provider").orElse("manual"));
            return DepositParams.of(args.option("deposit").get(), provider);
        } catch (ValidationException e) {
            throw new Args.UsageException(e.getMessage());
        }
    }
}
