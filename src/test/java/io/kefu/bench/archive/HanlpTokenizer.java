package io.kefu.bench.archive;

import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * HanLP's default segmenter (dictionary and bigram model inside the portable jar, nothing
 * downloaded) as a Lucene tokenizer: each word it finds is a term, blanks are dropped.
 */
final class HanlpTokenizer extends Tokenizer {

	private static final Segment SEGMENT = HanLP.newSegment();

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private Iterator<Term> words = Collections.emptyIterator();

	private int end;

	@Override
	public void reset() throws IOException {
		super.reset();
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[1024];
		for (int read = this.input.read(buffer); read != -1; read = this.input.read(buffer)) {
			text.append(buffer, 0, read);
		}
		this.words = text.isEmpty() ? Collections.emptyIterator() : SEGMENT.seg(text.toString()).iterator();
		this.end = 0;
	}

	@Override
	public boolean incrementToken() {
		clearAttributes();
		while (this.words.hasNext()) {
			String word = this.words.next().word;
			int start = this.end;
			this.end += word.length();
			if (!word.isBlank()) {
				this.term.append(word);
				this.offset.setOffset(correctOffset(start), correctOffset(this.end));
				return true;
			}
		}
		return false;
	}

	@Override
	public void end() throws IOException {
		super.end();
		this.offset.setOffset(correctOffset(this.end), correctOffset(this.end));
	}

}
