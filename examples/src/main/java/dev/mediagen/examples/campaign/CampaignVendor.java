package dev.mediagen.examples.campaign;

import java.util.List;

/** One vendor's part of the campaign: its client (simulated or live) and the asset jobs it produces. */
public interface CampaignVendor extends AutoCloseable {
    /** The vendor's short name, as used with {@code --vendors}. */
    String name();

    /** The jobs this vendor runs for the campaign. */
    List<AssetJob> plan(ScriptWriter script);

    /** Closes the client and stops the simulator, if one was started. */
    @Override
    void close();
}
