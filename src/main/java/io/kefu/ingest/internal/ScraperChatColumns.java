package io.kefu.ingest.internal;

import java.util.List;

/** The columns of layout C, the chat CSV that scraper tools write. */
final class ScraperChatColumns {

	static final Column CONVERSATION = Column.optional("会话ID", "会话id", "会话编号");

	static final Column DATE = Column.required("日期");

	static final Column TIME = Column.required("时间");

	static final Column PEER = Column.optional("对象");

	static final Column SENDER = Column.required("发话者");

	static final Column MESSAGE = Column.required("消息");

	static final List<Column> ALL = List.of(CONVERSATION, DATE, TIME, PEER, SENDER, MESSAGE);

	private ScraperChatColumns() {
	}

}
