package io.kefu.customer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a PUT of a customer sets: the whole list of tags, of groups (by name; a group the
 * shop does not have is refused) and the notes. A field left null stays as it is.
 */
public record CustomerChange(@Nullable List<String> tags, @Nullable List<String> groups, @Nullable String notes) {

	public static final int MAX_TAGS = 20;

	public CustomerChange {
		if (tags != null) {
			Set<String> clean = new LinkedHashSet<>();
			for (String tag : tags) {
				String t = tag == null ? "" : tag.strip();
				if (t.isEmpty() || t.length() > 20 || !VisibleText.isVisibleLine(t)) {
					throw new InvalidCustomerInputException("tags", "are 1 to 20 characters each");
				}
				clean.add(t);
			}
			if (clean.size() > MAX_TAGS) {
				throw new InvalidCustomerInputException("tags", "are at most " + MAX_TAGS);
			}
			tags = List.copyOf(clean);
		}
		if (groups != null) {
			groups = groups.stream().map(g -> g == null ? "" : g.strip()).distinct().toList();
			if (groups.size() > 100) {
				throw new InvalidCustomerInputException("groups", "are at most 100");
			}
		}
		if (notes != null && notes.length() > 2000) {
			throw new InvalidCustomerInputException("notes", "are at most 2000 characters");
		}
	}

}
