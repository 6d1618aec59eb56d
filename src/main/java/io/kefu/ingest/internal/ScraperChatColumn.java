package io.kefu.ingest.internal;

import java.util.List;

/** The columns of layout C, the chat CSV that scraper tools write. */
enum ScraperChatColumn implements ColumnAliases {

	CONVERSATION(false, "会话ID"),
	DATE(true, "日期"),
	TIME(true, "时间"),
	PEER(false, "对象"),
	SENDER(true, "发话者"),
	MESSAGE(true, "消息"),
	STATE(false, "消息状态"),
	PRODUCT_ID(false, "商品ID"),
	PRODUCT(false, "商品");

	private final boolean required;

	private final List<String> aliases;

	ScraperChatColumn(boolean required, String... aliases) {
		this.required = required;
		this.aliases = List.of(aliases);
	}

	@Override
	public List<String> aliases() {
		return aliases;
	}

	@Override
	public boolean required() {
		return required;
	}
}
