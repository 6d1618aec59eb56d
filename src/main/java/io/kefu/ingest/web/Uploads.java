package io.kefu.ingest.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.kefu.ingest.ImportJobs;
import io.kefu.ingest.UploadName;

import org.springframework.web.multipart.MultipartFile;

/**
 * Moves uploaded files out of the request, which deletes its own, into Kefu's upload
 * folder where the import job takes them over; shared by the API and the page's plain
 * form. Every name is checked before anything is written, so a refused upload leaves
 * nothing behind.
 */
final class Uploads {

	private Uploads() {
	}

	/**
	 * The chosen files; a part with neither name nor content (a form sent with no file
	 * chosen) is no file.
	 * @throws io.kefu.ingest.InvalidUploadNameException when a name is a path
	 */
	static List<ImportJobs.Upload> save(List<MultipartFile> files, ImportJobs jobs) throws IOException {
		List<MultipartFile> chosen = files.stream().filter(file -> !isNoFile(file)).toList();
		chosen.forEach(file -> UploadName.check(nameOf(file)));
		List<ImportJobs.Upload> uploads = new ArrayList<>();
		try {
			for (MultipartFile file : chosen) {
				Path saved = jobs.newUploadFile();
				uploads.add(new ImportJobs.Upload(nameOf(file), saved));
				file.transferTo(saved);
			}
		}
		catch (IOException | RuntimeException ex) {
			for (ImportJobs.Upload upload : uploads) {
				Files.deleteIfExists(upload.savedAt());
			}
			throw ex;
		}
		return uploads;
	}

	static boolean isNoFile(MultipartFile file) {
		return file.isEmpty() && nameOf(file).isEmpty();
	}

	private static String nameOf(MultipartFile file) {
		return file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
	}

}
