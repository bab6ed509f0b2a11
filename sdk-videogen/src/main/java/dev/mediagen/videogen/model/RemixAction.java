package dev.mediagen.videogen.model;

import java.util.List;

/**
 * An edit applied to a project after a workflow (or by a remix): captions, music, logo, transitions, resizing,
 * translation, narrator changes, and more. Create one with the factory of its type; arguments documented as
 * optional may be null, which keeps VideoGen's default.
 */
public final class RemixAction {
    private final RemixActionType type;
    private String fileId;
    private Double volume;
    private LogoPosition position;
    private Double sizePercent;
    private CaptionStyle captionStyle;
    private TransitionStyle sectionTransition;
    private TransitionStyle assetTransition;
    private AspectRatio aspectRatio;
    private Boolean removeFillers;
    private Boolean removePauses;
    private List<String> fillerWords;
    private Double minPauseSeconds;
    private String motionPrompt;
    private Boolean muteOutputVideos;
    private VideoQuality quality;
    private String stylePrompt;
    private ImageModelMode modelMode;
    private Boolean includeVideos;
    private Boolean includeStockContent;
    private String voiceId;
    private String avatarPresenterId;
    private Double voiceSpeed;
    private String prompt;
    private String languageCode;
    private Boolean changeVoice;
    private Boolean translateImageText;
    private AgentEditMode mode;
    private Double targetDurationSeconds;

    private RemixAction(RemixActionType type) {
        this.type = type;
    }

    /** Background music from an audio file (null: VideoGen picks), at a volume from 0 to 1 (optional). */
    public static RemixAction setBackgroundMusic(String fileId, Double volume) {
        RemixAction action = new RemixAction(RemixActionType.SET_BACKGROUND_MUSIC);
        action.fileId = Checks.optionalText("fileId", fileId);
        Checks.range("volume", volume, 0.0, 1.0);
        action.volume = volume;
        return action;
    }

    /** A logo image placed at {@code position} (optional), {@code sizePercent} of the frame (optional). */
    public static RemixAction setLogo(String fileId, LogoPosition position, Double sizePercent) {
        RemixAction action = new RemixAction(RemixActionType.SET_LOGO);
        action.fileId = Checks.optionalText("fileId", fileId);
        action.position = position;
        Checks.range("sizePercent", sizePercent, 0.0, 100.0);
        action.sizePercent = sizePercent;
        return action;
    }

    /** Captions in VideoGen's default style. */
    public static RemixAction enableCaptions() {
        return new RemixAction(RemixActionType.ENABLE_CAPTIONS);
    }

    /** Captions in {@code style}. */
    public static RemixAction enableCaptions(CaptionStyle style) {
        RemixAction action = enableCaptions();
        action.captionStyle = Checks.require("captionStyle", style);
        return action;
    }

    /** Removes captions. */
    public static RemixAction disableCaptions() {
        return new RemixAction(RemixActionType.DISABLE_CAPTIONS);
    }

    /** Transitions between sections and between assets (each optional). */
    public static RemixAction addTransitions(TransitionStyle sectionTransition, TransitionStyle assetTransition) {
        RemixAction action = new RemixAction(RemixActionType.ADD_TRANSITIONS);
        action.sectionTransition = sectionTransition;
        action.assetTransition = assetTransition;
        return action;
    }

    /** Resizes the project to {@code aspectRatio}. */
    public static RemixAction resizeProject(AspectRatio aspectRatio) {
        RemixAction action = new RemixAction(RemixActionType.RESIZE_PROJECT);
        action.aspectRatio = Checks.require("aspectRatio", aspectRatio);
        return action;
    }

    /** Removes filler words and pauses (each setting optional). */
    public static RemixAction cleanUpTranscript(Boolean removeFillers, Boolean removePauses, List<String> fillerWords,
                                                Double minPauseSeconds) {
        RemixAction action = new RemixAction(RemixActionType.CLEAN_UP_TRANSCRIPT);
        action.removeFillers = removeFillers;
        action.removePauses = removePauses;
        action.fillerWords = Checks.texts("fillerWords", fillerWords);
        Checks.atLeast("minPauseSeconds", minPauseSeconds, 0.0);
        action.minPauseSeconds = minPauseSeconds;
        return action;
    }

    /** Animates every eligible image into a clip (motion prompt, muting and quality optional). */
    public static RemixAction convertImagesToVideos(String motionPrompt, Boolean muteOutputVideos, VideoQuality quality) {
        RemixAction action = new RemixAction(RemixActionType.CONVERT_IMAGES_TO_VIDEOS);
        action.motionPrompt = Checks.optionalText("motionPrompt", motionPrompt);
        action.muteOutputVideos = muteOutputVideos;
        action.quality = quality;
        return action;
    }

    /** Regenerates the images in the style of {@code stylePrompt} (model mode optional). */
    public static RemixAction regenerateImages(String stylePrompt, ImageModelMode modelMode) {
        RemixAction action = new RemixAction(RemixActionType.REGENERATE_IMAGES);
        action.stylePrompt = Checks.requireText("stylePrompt", stylePrompt);
        action.modelMode = modelMode;
        return action;
    }

    /** Upscales the project's assets (whether videos and stock content are included is optional). */
    public static RemixAction upscaleAssets(Boolean includeVideos, Boolean includeStockContent) {
        RemixAction action = new RemixAction(RemixActionType.UPSCALE_ASSETS);
        action.includeVideos = includeVideos;
        action.includeStockContent = includeStockContent;
        return action;
    }

    /** Re-narrates with {@code voiceId} (presenter and speed optional). */
    public static RemixAction changeNarrator(String voiceId, String avatarPresenterId, Double voiceSpeed) {
        RemixAction action = new RemixAction(RemixActionType.CHANGE_NARRATOR);
        action.voiceId = Checks.requireText("voiceId", voiceId);
        action.avatarPresenterId = Checks.optionalText("avatarPresenterId", avatarPresenterId);
        Checks.atLeast("voiceSpeed", voiceSpeed, 0.0);
        action.voiceSpeed = voiceSpeed;
        return action;
    }

    /** Picks different stock visuals. */
    public static RemixAction shuffleStockVisuals() {
        return new RemixAction(RemixActionType.SHUFFLE_STOCK_VISUALS);
    }

    /** Generates background music from a description. */
    public static RemixAction generateMusic(String prompt) {
        RemixAction action = new RemixAction(RemixActionType.GENERATE_MUSIC);
        action.prompt = Checks.requireText("prompt", prompt);
        return action;
    }

    /** Translates the project into {@code languageCode} (voice change and image text optional). */
    public static RemixAction translateProject(String languageCode, Boolean changeVoice, Boolean translateImageText) {
        RemixAction action = new RemixAction(RemixActionType.TRANSLATE_PROJECT);
        action.languageCode = Checks.requireText("languageCode", languageCode);
        action.changeVoice = changeVoice;
        action.translateImageText = translateImageText;
        return action;
    }

    /** Lets VideoGen's agent edit the project as {@code prompt} says (mode and target length optional). */
    public static RemixAction editWithAgent(String prompt, AgentEditMode mode, Double targetDurationSeconds) {
        RemixAction action = new RemixAction(RemixActionType.EDIT_WITH_AGENT);
        action.prompt = Checks.requireText("prompt", prompt);
        action.mode = mode;
        Checks.atLeast("targetDurationSeconds", targetDurationSeconds, 0.0);
        action.targetDurationSeconds = targetDurationSeconds;
        return action;
    }

    /** The kind of edit. */
    public RemixActionType type() {
        return type;
    }

    @Override
    public String toString() {
        return "RemixAction{" + type + "}";
    }
}
