package io.kefu.reception.internal;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Leaves a hole in the positions where the text breaks between two terms (punctuation, a
 * space, a change of script), so that a phrase of bigrams does not run across it: 发货快 is
 * not found in 今天发货。货快到了. Bigrams of one run of Chinese overlap by a character and stay
 * next to each other.
 */
final class SentenceBreaks extends TokenFilter {

	private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);

	private final PositionIncrementAttribute positions = addAttribute(PositionIncrementAttribute.class);

	private int lastEnd = -1;

	SentenceBreaks(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		if (lastEnd >= 0 && offsets.startOffset() >= lastEnd) {
			positions.setPositionIncrement(positions.getPositionIncrement() + 1);
		}
		lastEnd = offsets.endOffset();
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		lastEnd = -1;
	}

}
