package dev.mediagen.videogen;

import dev.mediagen.videogen.model.StorageFile;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The most recent hydrated state of the files this client saw (hydrate answers, tool results, webhook payloads),
 * so {@code hydrated(fileId)} calls the hydrate endpoint only when a URL is missing or about to expire.
 */
final class HydratedFiles {
    /** A URL that expires sooner than this is refreshed before use. */
    static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 1_000;

    private final Clock clock;
    private final Map<String, StorageFile> files = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StorageFile> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    HydratedFiles(Clock clock) {
        this.clock = clock;
    }

    /** Keeps {@code file} when it carries usable signed URLs. */
    synchronized void remember(StorageFile file) {
        if (file != null && file.fileId() != null && !file.needsHydration(clock.instant(), EXPIRY_MARGIN)) {
            files.put(file.fileId(), file);
        }
    }

    /** The remembered file, while its URLs stay valid beyond the margin. */
    synchronized Optional<StorageFile> fresh(String fileId) {
        StorageFile file = files.get(fileId);
        if (file == null) {
            return Optional.empty();
        }
        if (file.needsHydration(clock.instant(), EXPIRY_MARGIN)) {
            files.remove(fileId);
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** Keeps {@code file} when it carries usable signed URLs, and otherwise drops any older copy of it. */
    synchronized void update(StorageFile file) {
        if (file == null || file.fileId() == null) {
            return;
        }
        if (file.needsHydration(clock.instant(), EXPIRY_MARGIN)) {
            files.remove(file.fileId());
        } else {
            files.put(file.fileId(), file);
        }
    }

    Clock clock() {
        return clock;
    }
}
