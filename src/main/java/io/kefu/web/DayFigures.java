package io.kefu.web;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The counts of one business day of a shop that the home page shows. */
record DayFigures(LocalDate businessDay, long consultingBuyers, long messages, long ordersCreated, long ordersPaid,
		BigDecimal paidAmount) {
}
