package id.satudata.portal.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What demo contributors share: a seeded random generator, the clock, the demo password,
 * and the shared reference folder (real data files, boundaries) when it exists on this
 * machine.
 */
public record DemoContext(RandomGenerator random, Clock clock, String password, Path sharedDir) {

    /** A file of the shared folder, if this installation has it. */
    public Optional<Path> shared(String relativePath) {
        Path file = sharedDir.resolve(relativePath);
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }
}
