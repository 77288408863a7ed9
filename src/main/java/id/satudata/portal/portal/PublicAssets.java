package id.satudata.portal.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The few static files of the public pages, each served under a name holding its content
 * hash ({@code portal.3f2a9c1d.css}), so a browser may keep it for a year and a new
 * version is a new name: the stylesheet, the enhancing script and ECharts (from its
 * webjar).
 */
@Component
public class PublicAssets {

    static final String PATH = "/pub/";

    /** A file: its name with the hash, its type and its bytes. */
    record Asset(String hashedName, String contentType, byte[] bytes) {
    }

    private static final Map<String, String[]> SOURCES = Map.of("portal.css",
            new String[] { "public/portal.css", "text/css;charset=UTF-8" }, "portal.js",
            new String[] { "public/portal.js", "text/javascript;charset=UTF-8" }, "echarts.js",
            new String[] { "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.common.min.js",
                    "text/javascript;charset=UTF-8" });

    private final Map<String, Asset> byName;

    private final Map<String, Asset> byHashedName;

    PublicAssets() {
        java.util.Map<String, Asset> named = new java.util.HashMap<>();
        SOURCES.forEach((name, source) -> named.put(name, load(name, source[0], source[1])));
        this.byName = Map.copyOf(named);
        java.util.Map<String, Asset> hashed = new java.util.HashMap<>();
        named.values().forEach(a -> hashed.put(a.hashedName(), a));
        this.byHashedName = Map.copyOf(hashed);
    }

    /** The address of an asset by its plain name ("portal.css"). */
    public String url(String name) {
        Asset asset = byName.get(name);
        if (asset == null) {
            throw new IllegalArgumentException("No public asset " + name);
        }
        return PATH + asset.hashedName();
    }

    Optional<Asset> byHashedName(String hashedName) {
        return Optional.ofNullable(byHashedName.get(hashedName));
    }

    private static Asset load(String name, String path, String contentType) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            byte[] bytes = in.readAllBytes();
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
            int dot = name.lastIndexOf('.');
            return new Asset(name.substring(0, dot) + "." + hash + name.substring(dot), contentType, bytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read the public asset " + path, e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
