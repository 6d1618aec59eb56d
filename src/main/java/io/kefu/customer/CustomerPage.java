package io.kefu.customer;

import java.util.List;

/** One page of customers, newest first seen first; {@code total} counts all found. */
public record CustomerPage(long total, int page, int pageSize, List<CustomerRow> customers) {

	public CustomerPage {
		customers = List.copyOf(customers);
	}

}
