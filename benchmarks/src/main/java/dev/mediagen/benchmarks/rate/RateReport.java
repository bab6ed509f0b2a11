package dev.mediagen.benchmarks.rate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints the Markdown table of the JSON lines written by {@link RatePacing} ({@code --out}). */
public final class RateReport {
    private RateReport() {
    }

    /** Prints the table of every JSON-lines file given. */
    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> results = new ArrayList<>();
        for (String file : args) {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (!line.isBlank()) {
                    results.add(json.readValue(line, new TypeReference<Map<String, Object>>() { }));
                }
            }
        }
        System.out.println(RatePacing.table(results));
    }
}
