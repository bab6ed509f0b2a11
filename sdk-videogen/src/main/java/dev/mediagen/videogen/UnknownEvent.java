package dev.mediagen.videogen;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A verified delivery of an event this SDK does not know yet; its raw JSON is kept. */
public final class UnknownEvent extends VideoGenEvent {
    @JsonIgnore
    private String json;

    private UnknownEvent() {
    }

    void json(String json) {
        this.json = json;
    }

    /** The delivery's JSON body, as received. */
    public String json() {
        return json;
    }
}
