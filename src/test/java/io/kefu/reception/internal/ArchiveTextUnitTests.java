package io.kefu.reception.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.kefu.reception.internal.ArchiveIndex.Filter;
import io.kefu.reception.internal.ArchiveIndex.IndexedMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive finds what Ctrl-F would: every word typed, contained anywhere in the
 * message, however a dictionary cuts the text, and not across a sentence break.
 */
class ArchiveTextUnitTests {

	private static final List<String> TEXTS = List.of("亲，发顺丰包邮吗", "今天发货。货快到了", "七天无理由退换货", "有破损怎么办", "iPhone13 的电池",
			"ＡＢＣ全角字母");

	@TempDir
	Path dir;

	ArchiveIndex index;

	@BeforeEach
	void indexTexts() {
		index = new ArchiveIndex(dir);
		List<IndexedMessage> messages = new ArrayList<>();
		for (int i = 0; i < TEXTS.size(); i++) {
			messages.add(new IndexedMessage(i + 1, 1, 100 + i, 7, null, 19_000 + i, 1_000L * i, TEXTS.get(i)));
		}
		index.add(messages);
		index.commit(java.util.Map.of());
	}

	@AfterEach
	void close() throws Exception {
		index.close();
	}

	@Test
	void aWordIsFoundInsideLongerWordsAndAcrossDictionaryWords() {
		assertThat(found("顺丰")).containsExactly("亲，发顺丰包邮吗");
		assertThat(found("邮吗")).containsExactly("亲，发顺丰包邮吗");
		assertThat(found("无理由")).containsExactly("七天无理由退换货");
		assertThat(found("换货")).containsExactly("七天无理由退换货");
	}

	@Test
	void everyWordMustBeThereInAnyOrder() {
		assertThat(found("包邮 顺丰")).containsExactly("亲，发顺丰包邮吗");
		assertThat(found("包邮　破损")).as("a full-width space separates too").isEmpty();
	}

	@Test
	void aPhraseDoesNotRunAcrossASentenceBreak() {
		assertThat(found("发货快")).isEmpty();
		assertThat(found("发货")).containsExactly("今天发货。货快到了");
		assertThat(found("货快")).containsExactly("今天发货。货快到了");
	}

	@Test
	void oneCharacterCaseAndWidthAreFound() {
		assertThat(found("破")).containsExactly("有破损怎么办");
		assertThat(found("IPHONE13")).containsExactly("iPhone13 的电池");
		assertThat(found("abc")).containsExactly("ＡＢＣ全角字母");
	}

	@Test
	void aSearchOfPunctuationOnlyHoldsNoQuery() {
		assertThat(ArchiveText.query(ArchiveText.words("，。"))).isNull();
	}

	@Test
	void aSnippetMarksEveryWordAndCutsAroundTheFirstMatch() {
		String text = "开头".repeat(60) + "顺丰包邮" + "结尾".repeat(60);

		ArchiveText.Snippet snippet = ArchiveText.snippet(text, List.of("包邮", "顺丰"));

		assertThat(snippet.text()).hasSize(ArchiveText.SNIPPET).contains("顺丰包邮");
		assertThat(snippet.cutBefore()).isTrue();
		assertThat(snippet.cutAfter()).isTrue();
		assertThat(snippet.highlights()).hasSize(1);
		int[] span = snippet.highlights().get(0);
		assertThat(snippet.text().substring(span[0], span[1])).isEqualTo("顺丰包邮");
	}

	private List<String> found(String words) {
		Filter filter = new Filter(1, ArchiveText.query(ArchiveText.words(words)), null, null, null, null);
		return index.search(filter, 0, 20).ids().stream().map(id -> TEXTS.get((int) (id - 1))).toList();
	}

}
