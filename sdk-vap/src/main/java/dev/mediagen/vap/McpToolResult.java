package dev.mediagen.vap;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A successful MCP tool result: human-readable content blocks (VAP's tools answer in text, not JSON). */
public final class McpToolResult {
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final List<McpContent> content;

    McpToolResult(List<McpContent> content) {
        this.content = List.copyOf(content);
    }

    /** The content blocks. */
    public List<McpContent> content() {
        return content;
    }

    /** The text blocks joined by newlines. */
    public String text() {
        return content.stream().map(McpContent::text).flatMap(Optional::stream).collect(Collectors.joining("\n"));
    }

    /** The first UUID in the text: the id of the task or operation a tool created or read. */
    public Optional<String> firstId() {
        Matcher matcher = UUID.matcher(text());
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    @Override
    public String toString() {
        return "McpToolResult{" + text() + "}";
    }
}
