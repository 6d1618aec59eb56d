package io.kefu.shop.web;

import java.util.ArrayList;
import java.util.List;

import io.kefu.shop.StorePolicy;

import org.jspecify.annotations.Nullable;

/**
 * The policies form: the shop's policies, then the common ones it does not state yet
 * (七天无理由退换, 发票 …) and a blank row; a row without a body is dropped, a new row without a
 * code gets {@code CUSTOM_<n>}.
 */
class PolicyForm {

	private List<Row> rows = new ArrayList<>();

	static PolicyForm of(List<StorePolicy> policies) {
		PolicyForm form = new PolicyForm();
		policies.forEach(p -> form.rows.add(new Row(p.code(), p.title(), p.body())));
		StorePolicy.COMMON.forEach((code, title) -> {
			if (policies.stream().noneMatch(p -> p.code().equals(code))) {
				form.rows.add(new Row(code, title, ""));
			}
		});
		form.rows.add(new Row("", "", ""));
		return form;
	}

	List<StorePolicy> toPolicies() {
		List<StorePolicy> policies = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			if (row.body.isBlank() && (row.code.isBlank() || row.title.isBlank() || isCommon(row))) {
				continue;
			}
			String code = row.code.isBlank() ? "CUSTOM_" + (i + 1) : row.code;
			policies.add(StorePolicy.of("rows[" + i + "]", code, row.title, row.body));
		}
		return StorePolicy.checked(policies);
	}

	private static boolean isCommon(Row row) {
		return row.title.equals(StorePolicy.COMMON.get(row.code));
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One policy as typed. */
	public static class Row {

		private String code = "";

		private String title = "";

		private String body = "";

		public Row() {
		}

		Row(String code, String title, String body) {
			this.code = code;
			this.title = title;
			this.body = body;
		}

		public String getCode() {
			return code;
		}

		public void setCode(@Nullable String code) {
			this.code = code == null ? "" : code;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(@Nullable String title) {
			this.title = title == null ? "" : title;
		}

		public String getBody() {
			return body;
		}

		public void setBody(@Nullable String body) {
			this.body = body == null ? "" : body;
		}

	}

}
