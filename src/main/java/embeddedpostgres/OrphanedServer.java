package embeddedpostgres;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on the data directory by a shop process that died without stopping it
 * (killed hard, or the machine's shutdown cut it short). It holds the directory, so the next start would
 * fail. A live shop holds zonky's lock file in the directory; when nobody holds it, the server is an
 * orphan and is stopped (PostgreSQL's fast shutdown on SIGTERM: committed data is safe).
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final String ZONKY_LOCK = "epg-lock";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private OrphanedServer() {
    }

    static void stopIfAny(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve(ZONKY_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return; // a running shop owns this directory; starting another one fails with PostgreSQL's message
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || !lines.getFirst().strip().matches("[0-9]+")) {
                return;
            }
            ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false))
                    .ifPresent(OrphanedServer::stop);
        } catch (java.nio.channels.OverlappingFileLockException ownedByThisProcess) {
            // this very process runs a server on the directory: not an orphan
        }
    }

    private static void stop(ProcessHandle postgres) {
        log.warn("Stopping PostgreSQL {} left running on the data directory by a shop that did not shut down cleanly",
                postgres.pid());
        postgres.destroy();
        try {
            postgres.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("PostgreSQL " + postgres.pid() + " did not stop within " + STOP_TIMEOUT, e);
        }
    }
}
