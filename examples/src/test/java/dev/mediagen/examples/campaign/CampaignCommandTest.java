package dev.mediagen.examples.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mediagen.examples.Command;
import dev.mediagen.examples.Target;
import dev.mediagen.testkit.MediaFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the campaign end to end on the five simulators and checks the package it writes. */
class CampaignCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Target NO_KEYS = new Target(name -> null);

    private int run(Path out, List<String> extra, ByteArrayOutputStream stdout) throws Exception {
        List<String> args = new ArrayList<>(List.of("A solar-powered camping lantern that folds flat", "--out", out.toString()));
        args.addAll(extra);
        PrintStream print = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        return new CampaignCommand(NO_KEYS, CampaignVendors.all()).run(args, print, print);
    }

    @Test
    void writesACompletePackageWithValidMediaManifestAndContactSheet(@TempDir Path out) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();

        int code = run(out, List.of(), stdout);

        assertThat(code).as(stdout.toString(StandardCharsets.UTF_8)).isEqualTo(Command.OK);
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.path("failures")).isEmpty();
        Set<String> kinds = new java.util.HashSet<>();
        manifest.path("assets").forEach(a -> kinds.add(a.path("vendor").asText() + ":" + a.path("kind").asText()));
        assertThat(kinds).containsAll(CampaignVendors.all().keySet().stream()
                .flatMap(v -> EXPECTED_KINDS.getOrDefault(v, List.of()).stream().map(k -> v + ":" + k))
                .collect(Collectors.toSet()));
        checkAssets(out, manifest);
        checkTotals(manifest);
    }

    @Test
    void aVendorWhoseJobsAllFailLeavesTheOthersWrittenAndExitsOne(@TempDir Path out) throws Exception {
        String failing = CampaignVendors.all().keySet().iterator().next();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();

        int code = run(out, List.of("--fail", failing), stdout);

        assertThat(code).isEqualTo(Command.JOB_FAILURES);
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.path("failures")).isNotEmpty();
        manifest.path("failures").forEach(f -> {
            assertThat(f.path("vendor").asText()).isEqualTo(failing);
            assertThat(f.path("error").asText()).isNotBlank();
        });
        manifest.path("assets").forEach(a -> assertThat(a.path("vendor").asText()).isNotEqualTo(failing));
        if (CampaignVendors.all().size() > 1) {
            assertThat(manifest.path("assets")).isNotEmpty();
        }
        checkAssets(out, manifest);
        assertThat(Files.readString(out.resolve("index.html"))).contains("Failed jobs");
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("job(s) failed");
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path out) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        assertThat(dev.mediagen.examples.Main.run(List.of("campaign"), print, print)).isEqualTo(Command.USAGE);
        assertThat(dev.mediagen.examples.Main.run(List.of("campaign", "x", "--vendors", "nobody"), print, print))
                .isEqualTo(Command.USAGE);
        assertThat(dev.mediagen.examples.Main.run(List.of("campaign", "--help"), print, print)).isEqualTo(Command.OK);
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("unknown vendor: nobody").contains("--live");
    }

    @Test
    void liveModeSkipsVendorsWithoutKeys(@TempDir Path out) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int code = run(out, List.of("--live"), stdout);
        assertThat(code).isEqualTo(Command.USAGE);
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("skipping rynjer: RYNJER_API_KEY is not set");
    }

    static final Map<String, List<String>> EXPECTED_KINDS = Map.of(
            "vap", List.of("hero-image", "background-music"),
            "rynjer", List.of("square-variant"),
            "agentmedia", List.of("ugc-video"),
            "videogen", List.of("voiceover"),
            "apex", List.of("b-roll", "photoshoot"));

    private static void checkAssets(Path out, JsonNode manifest) throws Exception {
        String html = Files.readString(out.resolve("index.html"));
        for (JsonNode asset : manifest.path("assets")) {
            Path file = out.resolve(asset.path("file").asText());
            assertThat(file).exists();
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes.length).isEqualTo(asset.path("bytes").asLong()).isPositive();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                    .isEqualTo(asset.path("sha256").asText());
            String sniffed = MediaFiles.sniff(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 16)));
            assertThat(sniffed).isIn("image/png", "audio/wav", "video/mp4", "audio/mpeg", "image/jpeg");
            assertThat(asset.path("contentType").asText()).isEqualTo(sniffed);
            assertThat(html).contains("src=\"" + asset.path("file").asText() + "\"");
        }
    }

    private static void checkTotals(JsonNode manifest) {
        Map<String, Long> bytesPerVendor = new java.util.HashMap<>();
        Map<String, Integer> countPerVendor = new java.util.HashMap<>();
        manifest.path("assets").forEach(a -> {
            bytesPerVendor.merge(a.path("vendor").asText(), a.path("bytes").asLong(), Long::sum);
            countPerVendor.merge(a.path("vendor").asText(), 1, Integer::sum);
        });
        bytesPerVendor.forEach((vendor, bytes) -> {
            JsonNode total = manifest.path("totals").path(vendor);
            assertThat(total.path("bytes").asLong()).isEqualTo(bytes);
            assertThat(total.path("assets").asInt()).isEqualTo(countPerVendor.get(vendor));
        });
    }
}
