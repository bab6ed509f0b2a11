package dev.mediagen.examples;

import dev.mediagen.core.Futures;
import dev.mediagen.core.JobFailedException;
import dev.mediagen.core.download.DownloadResult;
import dev.mediagen.core.wait.JobUpdate;
import dev.mediagen.core.wait.PollStrategy;
import dev.mediagen.core.wait.WaitOptions;
import dev.mediagen.testkit.MediaFiles;
import dev.mediagen.testkit.SimClock;
import dev.mediagen.testkit.VideoGenSimulator;
import dev.mediagen.videogen.VideoGenClient;
import dev.mediagen.videogen.model.FileType;
import dev.mediagen.videogen.model.StorageFile;
import dev.mediagen.videogen.model.TextToSpeechRequest;
import dev.mediagen.videogen.model.ToolExecution;
import dev.mediagen.videogen.model.ToolResult;
import dev.mediagen.videogen.model.TtsVoice;
import dev.mediagen.videogen.model.UploadOptions;
import dev.mediagen.videogen.model.UpscaleImageRequest;
import dev.mediagen.videogen.model.VoiceListParams;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code videogen}: uploads an image, upscales it and generates a voiceover at the same time, waits for both and
 * downloads the results. Runs on the embedded VideoGen simulator unless {@code VIDEOGEN_API_KEY} is set.
 */
public final class VideoGenExample implements Command {
    private static final String PREFIX = "VIDEOGEN";
    private static final Set<String> FLAGS = Set.of("fail");
    private static final Set<String> VALUED = Set.of("out", "image", "text", "voice");
    private static final String DEFAULT_TEXT = "Meet the new Aurora lamp: warm light, zero glare, all night long.";

    /** On the simulator jobs run two simulated minutes (two seconds), long enough to show progress. */
    private static final Duration SIMULATED_RUNNING_TIME = Duration.ofMinutes(2);

    private final Target target;
    private final Duration simulatedRunningTime;

    /** Reads the process environment. */
    public VideoGenExample() {
        this(new Target());
    }

    /** Reads the given target's environment (for tests). */
    VideoGenExample(Target target) {
        this(target, SIMULATED_RUNNING_TIME);
    }

    /** Reads the given target's environment; simulated jobs run {@code simulatedRunningTime} (for quick tests). */
    VideoGenExample(Target target, Duration simulatedRunningTime) {
        this.target = target;
        this.simulatedRunningTime = simulatedRunningTime;
    }

    @Override
    public String name() {
        return "videogen";
    }

    @Override
    public String summary() {
        return "VideoGen: upload an image, upscale it and generate a voiceover, wait for both, download";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "usage: java -jar mediagen-examples.jar videogen [options]",
                "",
                "Uploads an image, runs upscale-image on it and text-to-speech at the same time, waits for both",
                "(progress is printed as it arrives) and downloads the upscaled image and the voiceover.",
                "",
                "options:",
                "  --image FILE        the image to upload (default: a generated sample PNG)",
                "  --text TEXT         what the voiceover says (default: a product line)",
                "  --voice ID          a TTS voice id (default: the first voice that supports direct tool runs)",
                "  --out DIR           where to save the results (default: ./out/videogen)",
                "  --fail              simulator only: make the tool executions fail (exit code 1)",
                "  --help              this text",
                "",
                "Runs on the embedded simulator unless VIDEOGEN_API_KEY is set; then it calls VIDEOGEN_BASE_URL",
                "(default https://api.videogen.io).",
                "",
                "exit codes: 0 success, 1 an execution failed, 2 usage error");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(args, FLAGS, VALUED);
        if (!parsed.positionals().isEmpty()) {
            throw new Args.UsageException("unexpected argument: " + parsed.positionals().get(0));
        }
        boolean live = target.live(PREFIX);
        if (live && parsed.flag("fail")) {
            throw new Args.UsageException("--fail only works on the simulator (unset VIDEOGEN_API_KEY)");
        }
        Path image = parsed.option("image").map(Path::of).orElse(null);
        if (image != null && !Files.isRegularFile(image)) {
            throw new Args.UsageException("--image " + image + " is not a file");
        }
        Path dir = parsed.outDir("out/videogen");

        VideoGenSimulator simulator = live ? null : new VideoGenSimulator(SimClock.accelerated(60)).start();
        try (VideoGenClient client = live
                ? VideoGenClient.builder().environment(target.environment()).fromEnv().build()
                : VideoGenClient.builder().baseUrl(simulator.baseUrl()).apiKey(VideoGenSimulator.API_KEY).build()) {
            if (simulator != null) {
                simulator.failAllJobs(parsed.flag("fail")).runningTime(simulatedRunningTime);
                out.println("target: embedded VideoGen simulator at " + simulator.baseUrl()
                        + " (set VIDEOGEN_API_KEY for the real API)");
            } else {
                out.println("target: the VideoGen API (VIDEOGEN_API_KEY is set)");
            }
            String text = parsed.option("text").orElse(DEFAULT_TEXT);
            return run(client, image, text, parsed.option("voice").orElse(null), dir, live, out, err);
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
    }

    private int run(VideoGenClient client, Path image, String text, String voice, Path dir, boolean live,
                    PrintStream out, PrintStream err) throws Exception {
        Path upload = image != null ? image : sampleImage();
        out.println("uploading " + (image != null ? image : "a sample image") + "...");
        StorageFile uploaded;
        try {
            uploaded = client.files().upload(upload, UploadOptions.builder()
                    .displayName(image != null ? image.getFileName().toString() : "sample.png")
                    .waitOptions(waitOptions("upload", live, out)).build());
        } finally {
            if (image == null) {
                Files.deleteIfExists(upload);
            }
        }
        out.println("uploaded " + uploaded.fileId());

        String voiceId = voice != null ? voice : directVoice(client);
        out.println("upscaling " + uploaded.fileId() + " and generating a voiceover with voice " + voiceId + "...");
        CompletableFuture<ToolExecution> upscale = client.tools().runAndWait(UpscaleImageRequest.of(uploaded.fileId()),
                waitOptions("upscale", live, out));
        CompletableFuture<ToolExecution> voiceover = client.tools().runAndWait(
                TextToSpeechRequest.builder(text, voiceId).build(), waitOptions("voiceover", live, out));
        Map<String, ToolExecution> done = new LinkedHashMap<>();
        try {
            done.put("upscale", Futures.join(upscale));
            done.put("voiceover", Futures.join(voiceover));
        } catch (JobFailedException failed) {
            upscale.cancel(true);
            voiceover.cancel(true);
            out.println(JsonOutput.toJson(failed.job()));
            err.println("execution failed: " + failed.getMessage());
            return JOB_FAILURES;
        }
        out.println(JsonOutput.toJson(done));

        Files.createDirectories(dir);
        int saved = 0;
        for (Map.Entry<String, ToolExecution> entry : done.entrySet()) {
            List<ToolResult> results = entry.getValue().results();
            for (int i = 0; i < results.size(); i++) {
                StorageFile file = client.files().hydrated(results.get(i).fileId());
                String name = entry.getKey() + (results.size() > 1 ? "-" + (i + 1) : "") + "." + extension(file);
                Path target = dir.resolve(name);
                DownloadResult result = client.files().download(file.fileId(), target);
                out.printf("saved %s (%d bytes, sha256 %s)%n", target, result.bytes(), result.sha256());
                saved++;
            }
        }
        out.printf("done: %d file(s) in %s%n", saved, dir);
        return OK;
    }

    private static WaitOptions waitOptions(String label, boolean live, PrintStream out) {
        WaitOptions.Builder wait = WaitOptions.builder().timeout(Duration.ofMinutes(30))
                .listener(update -> out.println("  " + label + " " + describe(update)));
        if (!live) {
            wait.pollStrategy(PollStrategy.fixed(Duration.ofMillis(200)));
        }
        return wait.build();
    }

    private static String describe(JobUpdate update) {
        return update.jobId() + ": " + update.status()
                + (update.progress().isPresent() ? String.format(Locale.ROOT, " %.0f%%", update.progress().getAsDouble()) : "");
    }

    private static String directVoice(VideoGenClient client) {
        return client.resources().ttsVoices(VoiceListParams.builder().limit(200).build()).autoPager().stream()
                .filter(TtsVoice::supportsDirectToolExecution)
                .map(TtsVoice::voiceId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no TTS voice supports direct tool execution"));
    }

    private static Path sampleImage() throws Exception {
        Path sample = Files.createTempFile("videogen-sample", ".png");
        Files.write(sample, MediaFiles.png(96, 54, 42));
        return sample;
    }

    private static String extension(StorageFile file) {
        String url = file.downloadSource().flatMap(s -> s.url()).orElse("");
        String path = url.isEmpty() ? "" : URI.create(url).getPath();
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && name.length() - dot - 1 >= 2 && name.length() - dot - 1 <= 4) {
            return name.substring(dot + 1).toLowerCase(Locale.ROOT);
        }
        FileType type = file.type().orElse(FileType.of(""));
        return type.equals(FileType.IMAGE) ? "png" : type.equals(FileType.AUDIO) ? "wav"
                : type.equals(FileType.VIDEO) ? "mp4" : "bin";
    }
}
