package io.kefu.shop.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.kefu.shop.InvalidKnowledgeException;
import io.kefu.shop.ProductId;
import io.kefu.shop.ProductIssue;
import io.kefu.shop.ProductIssues;
import io.kefu.shop.ShopId;
import io.kefu.shop.UnknownKnowledgeException;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcProductIssues implements ProductIssues {

	private static final String SELECT = """
			select i.id, i.product_id, p.title, i.kind, i.note, i.reported_by, i.reporter, i.reported_at, i.fixer,
			i.fixed_at from product_issue i join product p on p.id = i.product_id
			""";

	private final JdbcClient jdbc;

	JdbcProductIssues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public ProductIssue report(ShopId shop, long productId, ProductIssue.@Nullable Kind kind, @Nullable String note,
			long reporterId, String reporter, Instant at) {
		if (kind == null) {
			throw new InvalidKnowledgeException("kind", "is one of PRICE, PICTURE, OTHER");
		}
		String text = note == null ? "" : note.strip();
		if (text.length() > ProductIssue.MAX_NOTE) {
			throw new InvalidKnowledgeException("note",
					"is at most " + ProductIssue.MAX_NOTE + " characters, not " + text.length());
		}
		if (text.isEmpty() && kind == ProductIssue.Kind.OTHER) {
			throw new InvalidKnowledgeException("note", "says what is wrong");
		}
		boolean ours = productId > 0 && jdbc.sql("select count(*) from product where id = ? and shop_id = ?")
			.params(productId, shop.value())
			.query(Integer.class)
			.single() == 1;
		if (!ours) {
			throw new UnknownKnowledgeException("product", productId, shop);
		}
		long id = jdbc.sql("""
				insert into product_issue (shop_id, product_id, kind, note, reported_by, reporter, reported_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(shop.value(), productId, kind.name(), text, reporterId, reporter, Timestamp.from(at))
			.query(Long.class)
			.single();
		return find(shop, id).orElseThrow();
	}

	@Override
	public List<ProductIssue> of(ShopId shop, boolean openOnly) {
		String sql = openOnly ? SELECT + "where i.shop_id = ? and i.fixed_at is null order by i.reported_at, i.id"
				: SELECT + "where i.shop_id = ? order by i.reported_at desc, i.id desc limit 200";
		return jdbc.sql(sql).param(shop.value()).query((rs, n) -> issue(rs, shop)).list();
	}

	@Override
	public List<ProductIssue> openOf(ShopId shop, ProductId product) {
		return jdbc
			.sql(SELECT
					+ "where i.shop_id = ? and i.product_id = ? and i.fixed_at is null order by i.reported_at, i.id")
			.params(shop.value(), product.value())
			.query((rs, n) -> issue(rs, shop))
			.list();
	}

	@Override
	public Optional<ProductIssue> find(ShopId shop, long issueId) {
		return jdbc.sql(SELECT + "where i.shop_id = ? and i.id = ?")
			.params(shop.value(), issueId)
			.query((rs, n) -> issue(rs, shop))
			.optional();
	}

	@Override
	@Transactional
	public ProductIssue markFixed(ShopId shop, long issueId, long fixerId, String fixer, Instant at) {
		jdbc.sql("""
				update product_issue set fixed_by = ?, fixer = ?, fixed_at = ?
				where shop_id = ? and id = ? and fixed_at is null
				""").params(fixerId, fixer, Timestamp.from(at), shop.value(), issueId).update();
		return find(shop, issueId).orElseThrow(() -> new UnknownKnowledgeException("product issue", issueId, shop));
	}

	private static ProductIssue issue(ResultSet rs, ShopId shop) throws SQLException {
		OffsetDateTime fixedAt = rs.getObject(10, OffsetDateTime.class);
		return new ProductIssue(rs.getLong(1), shop, ProductId.of(rs.getLong(2)), rs.getString(3),
				ProductIssue.Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, Long.class),
				rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getString(9),
				fixedAt == null ? null : fixedAt.toInstant());
	}

}
