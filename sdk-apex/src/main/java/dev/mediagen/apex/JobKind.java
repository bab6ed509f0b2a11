package dev.mediagen.apex;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The type of an Apex job ({@code type} in jobs and webhooks); unknown types are kept as unknown values. */
public final class JobKind extends ExtensibleEnum {
    /** Image generation. */
    public static final JobKind IMAGE = new JobKind("image", true);
    /** Script-to-video generation. */
    public static final JobKind VIDEO = new JobKind("video", true);
    /** Text to speech. */
    public static final JobKind VOICE = new JobKind("voice", true);
    /** Talking-head avatar video. */
    public static final JobKind AVATAR = new JobKind("avatar", true);
    /** Auto-clipping of a long video. */
    public static final JobKind CLIP = new JobKind("clip", true);
    /** B-roll footage. */
    public static final JobKind B_ROLL = new JobKind("b-roll", true);
    /** Text to video. */
    public static final JobKind TEXT2VIDEO = new JobKind("text2video", true);
    /** A complete commercial. */
    public static final JobKind COMMERCIAL = new JobKind("commercial", true);
    /** Video translation with lip-sync. */
    public static final JobKind TRANSLATE = new JobKind("translate", true);
    /** Ad creatives from a website. */
    public static final JobKind INSTANT_AD = new JobKind("instant-ad", true);
    /** Product photoshoot. */
    public static final JobKind PHOTOSHOOT = new JobKind("photoshoot", true);

    private static final Map<String, JobKind> KNOWN = index(IMAGE, VIDEO, VOICE, AVATAR, CLIP, B_ROLL, TEXT2VIDEO,
            COMMERCIAL, TRANSLATE, INSTANT_AD, PHOTOSHOOT);

    private JobKind(String value, boolean known) {
        super(value, known);
    }

    /** The kind for a vendor string. */
    @JsonCreator
    public static JobKind of(String value) {
        return lookup(KNOWN, value, v -> new JobKind(v, false));
    }
}
