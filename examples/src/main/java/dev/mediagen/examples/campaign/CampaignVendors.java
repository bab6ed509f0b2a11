package dev.mediagen.examples.campaign;

import dev.mediagen.examples.Target;
import java.util.LinkedHashMap;
import java.util.Map;

/** The five vendors of the campaign, each able to run on its simulator or for real. */
public final class CampaignVendors {
    /** How much faster than real time the simulators' clocks run, so a campaign takes seconds. */
    static final double SPEED = 60;

    private CampaignVendors() {
    }

    /** Builds one vendor's part, simulated or live. */
    public interface Factory {
        /** The vendor's environment-variable prefix (e.g. {@code VAP}). */
        String envPrefix();

        /** The vendor on its embedded simulator; {@code failAllJobs} makes every job fail. */
        CampaignVendor simulated(boolean failAllJobs);

        /** The vendor for real, configured from the environment. */
        CampaignVendor live(Target target);
    }

    /** All five, in the order the campaign lists them. */
    public static Map<String, Factory> all() {
        Map<String, Factory> all = new LinkedHashMap<>();
        all.put("vap", VapCampaign.factory());
        all.put("agentmedia", AgentMediaCampaign.factory());
        all.put("rynjer", RynjerCampaign.factory());
        all.put("videogen", VideoGenCampaign.factory());
        all.put("apex", ApexCampaign.factory());
        return all;
    }
}
