package newsquiz.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The server JVM starts in its own work folder, so the class path it is given must not depend on where we run. */
class ServerProcessClassPathTest {
    @Test
    void everyClassPathEntryIsAbsolute() {
        String original = System.getProperty("java.class.path");
        try {
            System.setProperty("java.class.path", "target/newsquiz.jar" + File.pathSeparator + "lib/other.jar");
            for (String entry : ServerProcess.absoluteClassPath().split(File.pathSeparator)) {
                assertTrue(Path.of(entry).isAbsolute(), entry);
            }
        } finally {
            System.setProperty("java.class.path", original);
        }
    }
}
