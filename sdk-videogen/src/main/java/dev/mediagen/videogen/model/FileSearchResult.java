package dev.mediagen.videogen.model;

/** One search hit: the file and its cosine similarity to the query (0 to 1; above 0.7 is a strong match). */
public final class FileSearchResult {
    private double similarity;
    private StorageFile file;

    private FileSearchResult() {
    }

    /** The similarity, 0 to 1. */
    public double similarity() {
        return similarity;
    }

    /** The matching file. */
    public StorageFile file() {
        return file;
    }

    @Override
    public String toString() {
        return "FileSearchResult{similarity=" + similarity + ", file=" + file + "}";
    }
}
