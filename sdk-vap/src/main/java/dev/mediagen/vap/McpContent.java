package dev.mediagen.vap;

import java.util.Optional;

/** One content block of an MCP tool result (VAP sends {@code text} blocks). */
public final class McpContent {
    private final String type;
    private final String text;
    private final String data;
    private final String mimeType;

    McpContent(String type, String text, String data, String mimeType) {
        this.type = type;
        this.text = text;
        this.data = data;
        this.mimeType = mimeType;
    }

    /** The block type ({@code text}, {@code image}, ...). */
    public String type() {
        return type;
    }

    /** The text of a text block. */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** The base64 data of an image or audio block. */
    public Optional<String> data() {
        return Optional.ofNullable(data);
    }

    /** The MIME type of a data block. */
    public Optional<String> mimeType() {
        return Optional.ofNullable(mimeType);
    }

    @Override
    public String toString() {
        return "McpContent{type=" + type + (text == null ? "" : ", text=" + text) + "}";
    }
}
