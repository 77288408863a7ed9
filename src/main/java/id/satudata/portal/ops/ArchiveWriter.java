package id.satudata.portal.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes a backup zip, keeping the SHA-256 of every file entry for the manifest. */
final class ArchiveWriter implements AutoCloseable {

    private final ZipOutputStream zip;

    private final Map<String, String> sha256 = new TreeMap<>();

    ArchiveWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out);
    }

    Map<String, String> checksums() {
        return sha256;
    }

    void addDirectory(String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name.endsWith("/") ? name : name + "/"));
        zip.closeEntry();
    }

    void addFile(String name, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            add(name, in);
        }
    }

    void add(String name, InputStream in) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        DigestInputStream digest = new DigestInputStream(in, sha());
        digest.transferTo(zip);
        zip.closeEntry();
        sha256.put(name, HexFormat.of().formatHex(digest.getMessageDigest().digest()));
    }

    /**
     * Adds a folder tree under a prefix; files vanishing while it runs (temporary files
     * of a running server) are skipped.
     */
    void addTree(String prefix, Path root, Predicate<Path> include) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                if (!include.test(root.relativize(dir))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                addDirectory(prefix + relative(root, dir));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && include.test(root.relativize(file))) {
                    try {
                        addFile(prefix + relative(root, file), file);
                    }
                    catch (NoSuchFileException gone) {
                        // removed while copying
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

}
