package io.kefu.ingest.internal;

import java.nio.file.Path;

import io.kefu.database.DatabaseLocation;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The imports' settings ({@code kefu.imports.*}).
 *
 * @param dir where uploaded files wait for their job, {@code imports} in
 * {@code KEFU_DATA_DIR} unless set: they hold buyers' names, phones and addresses, so the
 * folder is the owner's only, never a temporary folder every user can list; the web
 * application empties it when it starts
 * @param maxUploadSize the most one upload (all its files together) may weigh; the
 * servlet's multipart limits are set from it in {@code application.properties}
 */
@ConfigurationProperties("kefu.imports")
record ImportProperties(@Nullable Path dir, @DefaultValue("200MB") DataSize maxUploadSize) {

	Path folder() {
		return dir != null ? dir : DatabaseLocation.fromEnvironment(System.getenv()).dataDir().resolve("imports");
	}

}
