package dev.mediagen.examples.campaign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code index.html}: a self-contained page to look at the package — images shown, audio and video playable. */
final class ContactSheet {
    private ContactSheet() {
    }

    static void write(Path file, Manifest manifest) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
            .append("<title>Campaign: ").append(escape(manifest.product)).append("</title>\n")
            .append("<style>body{font-family:system-ui,sans-serif;margin:2rem;background:#fafafa;color:#222}")
            .append(".grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:1rem}")
            .append(".card{background:#fff;border:1px solid #ddd;border-radius:8px;padding:.75rem}")
            .append(".card img,.card video{width:100%;border-radius:4px}.card audio{width:100%}")
            .append(".meta{font-size:.8rem;color:#555;word-break:break-all}.fail{color:#b00020}")
            .append("table{border-collapse:collapse}td,th{padding:.25rem .75rem;border-bottom:1px solid #ddd;text-align:left}")
            .append("</style></head><body>\n")
            .append("<h1>Campaign package</h1>\n<p><strong>Product:</strong> ").append(escape(manifest.product))
            .append("</p>\n<p class=\"meta\">Created ").append(manifest.createdAt).append(" (").append(escape(manifest.mode))
            .append(")</p>\n<div class=\"grid\">\n");
        for (Asset asset : manifest.assets()) {
            html.append("<div class=\"card\">").append(media(asset))
                .append("<h3>").append(escape(asset.kind)).append(" &middot; ").append(escape(asset.vendor)).append("</h3>")
                .append("<p class=\"meta\"><a href=\"").append(escape(asset.file)).append("\">").append(escape(asset.file))
                .append("</a> &middot; ").append(asset.contentType).append(" &middot; ").append(asset.bytes).append(" bytes")
                .append(asset.cost == null ? "" : " &middot; cost " + asset.cost.amount.toPlainString() + " " + asset.cost.unit)
                .append("<br>job ").append(escape(asset.jobId)).append("<br>sha256 ").append(asset.sha256).append("</p>")
                .append("<p class=\"meta\">Prompt: ").append(escape(asset.prompt)).append("</p></div>\n");
        }
        html.append("</div>\n");
        if (!manifest.failures().isEmpty()) {
            html.append("<h2 class=\"fail\">Failed jobs</h2><ul>\n");
            for (Manifest.Failure failure : manifest.failures()) {
                html.append("<li class=\"fail\">").append(escape(failure.vendor)).append(" ").append(escape(failure.kind))
                    .append(": ").append(escape(failure.error)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<h2>Totals</h2><table><tr><th>vendor</th><th>assets</th><th>failures</th><th>bytes</th><th>cost</th></tr>\n");
        manifest.totals.forEach((vendor, total) -> {
            html.append("<tr><td>").append(escape(vendor)).append("</td><td>").append(total.assets).append("</td><td>")
                .append(total.failures).append("</td><td>").append(total.bytes).append("</td><td>")
                .append(escape(total.costText())).append("</td></tr>\n");
        });
        html.append("</table>\n</body></html>\n");
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    private static String media(Asset asset) {
        String src = escape(asset.file);
        String type = asset.contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("image/")) {
            return "<img src=\"" + src + "\" alt=\"" + escape(asset.kind) + "\">";
        }
        if (type.startsWith("audio/")) {
            return "<audio controls src=\"" + src + "\"></audio>";
        }
        if (type.startsWith("video/")) {
            return "<video controls src=\"" + src + "\"></video>";
        }
        return "<a href=\"" + src + "\">" + src + "</a>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
