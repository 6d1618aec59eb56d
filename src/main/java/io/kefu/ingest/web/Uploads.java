package io.kefu.ingest.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.kefu.ingest.ImportJobs;

import org.springframework.web.multipart.MultipartFile;

/**
 * Moves uploaded files out of the request, which deletes its own, into files the import
 * job owns; shared by the API and the page's plain form.
 */
final class Uploads {

	private Uploads() {
	}

	static List<ImportJobs.Upload> save(List<MultipartFile> files) throws IOException {
		List<ImportJobs.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			Path saved = Files.createTempFile("kefu-upload", ".part");
			file.transferTo(saved);
			String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
			uploads.add(new ImportJobs.Upload(name, saved));
		}
		return uploads;
	}

}
