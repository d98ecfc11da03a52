package org.bulletinarchive.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bulletinarchive.files.SafePaths;
import org.bulletinarchive.output.SiteOutput;

/**
 * Copies assets/ into the site with a content hash in each file name (site.css becomes
 * site.1a2b3c4d.css), because WeChat's browser caches hard. Returns the name map templates use.
 * Files under assets/root/ (favicon.ico) go to the site root under their own names: clients ask for them there.
 */
public final class AssetPipeline {

    private AssetPipeline() {
    }

    /** Assets published at the site root as they are named, not hashed. */
    static final String ROOT_FOLDER = "root/";

    /**
     * Writes every asset through the site's writer (like a page: only when changed) and returns logical path (css/site.css) to published path (assets/css/site.1a2b3c4d.css,
     * and root/favicon.ico to favicon.ico).
     */
    public static Map<String, String> publish(Path assets, SiteOutput output) {
        Map<String, String> manifest = new TreeMap<>();
        if (!Files.isDirectory(assets)) {
            return manifest;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String logical = assets.relativize(file).toString().replace('\\', '/');
                if (logical.startsWith(".") || logical.contains("/.")) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                String published = logical.startsWith(ROOT_FOLDER) ? logical.substring(ROOT_FOLDER.length()) : "assets/" + hashedName(logical, bytes);
                SafePaths.inside(output.staging(), published, "asset");
                output.write(published, bytes, 0);
                manifest.put(logical, published);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return manifest;
    }

    static String hashedName(String logical, byte[] bytes) {
        String hash = sha256(bytes).substring(0, 10);
        int slash = logical.lastIndexOf('/');
        int dot = logical.lastIndexOf('.');
        if (dot <= slash + 1) {
            return logical + "." + hash;
        }
        return logical.substring(0, dot) + "." + hash + logical.substring(dot);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
