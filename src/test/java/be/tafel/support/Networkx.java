package be.tafel.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Debian's Python with NetworkX, the reference for scores: where it is and whether it is installed. */
public final class Networkx {
    /** Debian's python3 (which has python3-networkx), else the first python3 on the path. */
    public static final String PYTHON =
            Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

    private Networkx() {}

    /** Whether {@link #PYTHON} can import networkx. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import networkx")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
