package dev.mediagen.examples.campaign;

import dev.mediagen.testkit.Simulator;

/** A campaign vendor's client and, when simulated, the simulator it talks to; closing stops both. */
abstract class VendorPart<C extends AutoCloseable> implements CampaignVendor {
    protected final C client;
    private final Simulator simulator;

    VendorPart(C client, Simulator simulator) {
        this.client = client;
        this.simulator = simulator;
    }

    /** Whether this part runs on a simulator (so waits poll quickly on its sped-up clock). */
    protected boolean simulated() {
        return simulator != null;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the " + name() + " client failed", e);
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
    }
}
