package embeddedpostgres;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A stand-in for a shop process that dies without stopping its database: starts PostgreSQL on the given
 * directory, stores a row, says READY and waits to be killed.
 */
public final class DyingShop {

    public static void main(String[] args) throws Exception {
        var postgres = EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0])).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
        try (var connection = postgres.getPostgresDatabase().getConnection(); var sql = connection.createStatement()) {
            sql.execute("create table survivor (name text)");
            sql.execute("insert into survivor values ('written before the crash')");
        }
        System.out.println("READY");
        System.out.flush();
        waitToBeKilled();
    }

    private static void waitToBeKilled() throws IOException {
        while (System.in.read() != -1) {
            // the test never writes; it kills this process
        }
    }
}
