package io.kefu.ingest.internal;

import java.util.List;

/**
 * The columns of a quick-phrase (快捷短语) list, as Qianniu and shops' own registers name
 * them.
 */
final class QuickPhraseColumns {

	static final Column GROUP = Column.required("分组", "分组名称", "短语分组");

	static final Column CODE = Column.optional("快捷编码", "编码", "快捷键");

	static final Column TEXT = Column.required("快捷短语", "短语", "短语内容", "内容");

	static final Column IMAGE = Column.optional("图片");

	static final Column TEAM = Column.optional("是否加入团队");

	static final List<Column> ALL = List.of(GROUP, CODE, TEXT, IMAGE, TEAM);

	private QuickPhraseColumns() {
	}

}
