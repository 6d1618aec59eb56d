package io.kefu.ingest.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import io.kefu.database.DatabaseLocation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads hold buyers' data: the folders they wait in are readable by Kefu's user only.
 */
class UploadFolderUnitTests {

	@TempDir
	Path home;

	@Test
	void theFoldersUploadsWaitInAreTheOwnersOnly() throws Exception {
		Path incoming = home.resolve("data/imports/incoming");

		QueuedImportJobs.ownerOnlyFolder(incoming);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(incoming))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(incoming.getParent())))
			.isEqualTo("rwx------");
		assertThat(QueuedImportJobs.ownerOnlyFolder(incoming)).isEqualTo(incoming);
	}

	@Test
	void uploadsWaitInTheDataDirectoryUnlessTheFolderIsSet() {
		assertThat(new ImportProperties(null, null).folder())
			.isEqualTo(DatabaseLocation.fromEnvironment(System.getenv()).dataDir().resolve("imports"));
		assertThat(new ImportProperties(home, null).folder()).isEqualTo(home);
	}

}
