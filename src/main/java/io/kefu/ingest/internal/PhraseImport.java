package io.kefu.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.kefu.scripts.QuickPhrase;
import io.kefu.scripts.ScriptLibrary;
import io.kefu.shop.Shop;

import org.springframework.stereotype.Component;

/** Imports a quick-phrase list into the shop's script library. */
@Component
class PhraseImport {

	private static final int BATCH = 500;

	private final ScriptLibrary library;

	PhraseImport(ScriptLibrary library) {
		this.library = library;
	}

	void run(Shop shop, Path file, ImportTally tally) throws IOException {
		List<QuickPhrase> batch = new ArrayList<>();
		QuickPhraseList.read(file, phrase -> {
			tally.read();
			batch.add(new QuickPhrase(phrase.group(), phrase.code(), phrase.text(), phrase.image(), phrase.team()));
			if (batch.size() == BATCH) {
				store(shop, batch, tally);
			}
		}, line -> {
			tally.read();
			tally.reject(line);
		});
		store(shop, batch, tally);
	}

	private void store(Shop shop, List<QuickPhrase> batch, ImportTally tally) {
		for (boolean added : library.addPhrases(shop.id(), batch)) {
			if (added) {
				tally.inserted(1);
			}
			else {
				tally.unchanged(1);
			}
		}
		batch.clear();
	}

}
