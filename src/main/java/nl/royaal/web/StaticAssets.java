package nl.royaal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The phone page: exactly three files, read once from the module and served from memory. There is
 * no file system behind it, so there is no directory to list and no path to climb out of.
 */
final class StaticAssets {

    /** One file of the page. */
    record Asset(String contentType, byte[] bytes) {
    }

    private static final String BASE = "/nl/royaal/web/";

    private final Map<String, Asset> byPath;

    private StaticAssets(Map<String, Asset> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    static StaticAssets load() {
        Map<String, Asset> assets = new LinkedHashMap<>();
        assets.put("/", read("phone.html", "text/html; charset=utf-8"));
        assets.put("/app.js", read("phone.js", "text/javascript; charset=utf-8"));
        assets.put("/app.css", read("phone.css", "text/css; charset=utf-8"));
        return new StaticAssets(assets);
    }

    Optional<Asset> get(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The bytes a phone loads the first time: the three files together. */
    int totalBytes() {
        return byPath.values().stream().mapToInt(asset -> asset.bytes().length).sum();
    }

    private static Asset read(String name, String contentType) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("The phone page file " + name + " is missing from the build");
            }
            return new Asset(contentType, in.readAllBytes());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
