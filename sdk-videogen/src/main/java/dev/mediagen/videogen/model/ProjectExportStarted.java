package dev.mediagen.videogen.model;

/** The API's acknowledgement of an export (HTTP 202): the export to follow. */
public final class ProjectExportStarted {
    private String exportId;

    private ProjectExportStarted() {
    }

    /** The export's id. */
    public String exportId() {
        return exportId;
    }

    @Override
    public String toString() {
        return "ProjectExportStarted{exportId=" + exportId + "}";
    }
}
