package dev.mediagen.examples.campaign;

import dev.mediagen.examples.Args;
import dev.mediagen.examples.Command;
import dev.mediagen.examples.Target;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code campaign "<product description>"}: one prompt in, a campaign-ready asset package out. */
public final class CampaignCommand implements Command {
    private final Target target;
    private final Map<String, CampaignVendors.Factory> vendors;

    /** The command on the real environment. */
    public CampaignCommand() {
        this(new Target(), CampaignVendors.all());
    }

    /** The command with a given environment and vendor set (for tests). */
    public CampaignCommand(Target target, Map<String, CampaignVendors.Factory> vendors) {
        this.target = target;
        this.vendors = vendors;
    }

    @Override
    public String name() {
        return "campaign";
    }

    @Override
    public String summary() {
        return "one product description in, a complete asset package out (all five vendors)";
    }

    @Override
    public String usage() {
        return "usage: campaign \"<product description>\" [--out DIR] [--live] [--vendors vap,agentmedia,...]\n"
                + "                [--product-image URL] [--fail VENDOR]\n\n"
                + "Submits, all at once: hero images (VAP, 16:9), square variants (Rynjer, 4 images), a 9:16 UGC video\n"
                + "ad with a script written from the description (agent-media), a voiceover of that script (VideoGen\n"
                + "text-to-speech), b-roll and a product photoshoot (Apex), and background music (VAP). Shows live\n"
                + "progress, downloads every result, and writes the files, manifest.json and index.html into DIR.\n\n"
                + "  --out DIR        where to write the package (default ./campaign-<timestamp>)\n"
                + "  --live           call the real vendors whose <VENDOR>_API_KEY is set (base URL from\n"
                + "                   <VENDOR>_BASE_URL, default the public URL); vendors without a key are skipped\n"
                + "  --vendors LIST   only these vendors (default: " + String.join(",", vendors.keySet()) + ")\n"
                + "  --product-image URL  the product picture for the Apex photoshoot (default: Apex's demo product)\n"
                + "  --fail VENDOR    simulator only: make every job of VENDOR fail (to see partial packages)\n\n"
                + "Without --live every vendor is an embedded simulator on loopback with a sped-up clock: no keys,\n"
                + "no network. Exit code: 0 all assets produced, 1 some jobs failed, 2 usage error.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(args, Set.of("live"), Set.of("out", "vendors", "fail", "product-image"));
        if (parsed.positionals().size() != 1) {
            throw new Args.UsageException("give exactly one product description (quote it)");
        }
        String description = parsed.positionals().get(0);
        if (description.isBlank()) {
            throw new Args.UsageException("the product description is empty");
        }
        boolean live = parsed.flag("live");
        Set<String> chosen = chosenVendors(parsed);
        String failing = parsed.option("fail").orElse(null);
        if (failing != null && (live || !vendors.containsKey(failing))) {
            throw new Args.UsageException(live ? "--fail works only on the simulators" : "unknown vendor for --fail: " + failing);
        }
        Path outDir = parsed.outDir("campaign-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        ScriptWriter script = new ScriptWriter(description);
        try {
            parsed.option("product-image").ifPresent(script::productImage);
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(e.getMessage());
        }

        List<CampaignVendor> started = new ArrayList<>();
        try {
            for (String name : chosen) {
                CampaignVendors.Factory factory = vendors.get(name);
                if (live) {
                    if (!target.live(factory.envPrefix())) {
                        out.println("skipping " + name + ": " + factory.envPrefix() + "_API_KEY is not set");
                        continue;
                    }
                    started.add(factory.live(target));
                } else {
                    started.add(factory.simulated(name.equals(failing)));
                }
            }
            if (started.isEmpty()) {
                err.println("no vendor to run: set at least one <VENDOR>_API_KEY for --live");
                return USAGE;
            }
            List<AssetJob> jobs = new ArrayList<>();
            for (CampaignVendor vendor : started) {
                jobs.addAll(vendor.plan(script));
            }
            out.println("Campaign for: " + script.product());
            out.println("Ad script (" + script.adScript().split("\\s+").length + " words): " + script.adScript());
            out.println((live ? "Live vendors" : "Simulated vendors") + ", " + jobs.size() + " jobs, writing to " + outDir);
            out.println();
            ProgressBoard board = new ProgressBoard(out, System.console() != null && out == System.out);
            Manifest manifest = new CampaignRunner(board, Clock.systemUTC()).run(script.product(),
                    live ? "live" : "simulated", jobs, outDir);
            out.println();
            out.println("Wrote " + manifest.assets().size() + " files, manifest.json and index.html to " + outDir.toAbsolutePath());
            manifest.totals.forEach((vendor, total) -> out.println(String.format("  %-10s %d assets, %d failed, cost %s",
                    vendor, total.assets, total.failures, total.costText())));
            if (!manifest.failures().isEmpty()) {
                out.println(manifest.failures().size() + " job(s) failed:");
                manifest.failures().forEach(f -> out.println("  " + f.vendor + " " + f.kind + ": " + f.error));
                return JOB_FAILURES;
            }
            out.println("Open " + outDir.resolve("index.html").toAbsolutePath() + " in a browser to see the package.");
            return OK;
        } finally {
            started.forEach(CampaignVendor::close);
        }
    }

    private Set<String> chosenVendors(Args parsed) {
        Set<String> chosen = new LinkedHashSet<>();
        String list = parsed.option("vendors").orElse(String.join(",", vendors.keySet()));
        for (String name : list.split(",")) {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!vendors.containsKey(trimmed)) {
                throw new Args.UsageException("unknown vendor: " + trimmed + " (known: " + String.join(",", vendors.keySet()) + ")");
            }
            chosen.add(trimmed);
        }
        if (chosen.isEmpty()) {
            throw new Args.UsageException("--vendors is empty");
        }
        return chosen;
    }
}
