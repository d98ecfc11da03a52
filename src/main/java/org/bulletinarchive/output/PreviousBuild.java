package org.bulletinarchive.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a build reuses of the last one, checked before any of it is used: the build state (by its checksum and its
 * counts), and the zip whose compressed entries are copied (by a hash of its bytes, which the
 * state holds as the site's offline copy). The published pages are checked file by file later, by {@link SiteOutput}.
 * A state of other templates, settings or program is not used, and that is no fault; anything damaged, or a zip
 * that is not the one the last build made, is reported once and the build is made in full.
 */
public final class PreviousBuild {

    /** The state to start from (an empty one for a full build), and what was wrong (null when nothing). */
    public record Checked(BuildState state, Path damaged, String problem) {

        public static Checked none() {
            return new Checked(BuildState.empty(), null, null);
        }

        static Checked damaged(Path file, String problem) {
            return new Checked(BuildState.empty(), file, problem);
        }
    }

    private PreviousBuild() {
    }

    /**
     * Reads and checks the state {@code stateFile} and the published {@code zip}, which the state holds in the site as
     * {@code zipInSite}, for a build of {@code environment}.
     */
    public static Checked check(Path stateFile, Path zip, String zipInSite, long environment) {
        BuildState state;
        try {
            state = BuildState.read(stateFile);
        } catch (IOException | RuntimeException e) {
            return Checked.damaged(stateFile, "is damaged (" + reason(e) + ")");
        }
        if (state.isEmpty() || state.environment() != environment) {
            return Checked.none();
        }
        BuildState.FileState made = state.file(zipInSite);
        try {
            if (made == null || !Files.isRegularFile(zip) || Files.size(zip) != made.size() || Hashing.bytes(Files.readAllBytes(zip)) != made.hash()) {
                return Checked.damaged(zip, "is not the zip the last build made (it was changed or replaced since)");
            }
        } catch (IOException e) {
            return Checked.damaged(zip, "cannot be read (" + reason(e) + ")");
        }
        return new Checked(state, null, null);
    }

    private static String reason(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
