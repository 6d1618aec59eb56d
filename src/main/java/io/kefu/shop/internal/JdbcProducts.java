package io.kefu.shop.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.shop.Product;
import io.kefu.shop.ProductDraft;
import io.kefu.shop.ProductId;
import io.kefu.shop.Products;
import io.kefu.shop.ShopId;
import io.kefu.shop.Sku;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcProducts implements Products {

	private final JdbcClient jdbc;

	JdbcProducts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Product> inShop(ShopId shop) {
		return load("p.shop_id = :key", shop.value());
	}

	@Override
	public Optional<Product> find(ProductId id) {
		return load("p.id = :key", id.value()).stream().findFirst();
	}

	@Override
	public int countInShop(ShopId shop) {
		return jdbc.sql("select count(*) from product where shop_id = ?")
			.param(shop.value())
			.query(Integer.class)
			.single();
	}

	@Override
	@Transactional
	public Product add(ShopId shop, ProductDraft draft) {
		long id = jdbc.sql("insert into product (shop_id, title, category, listed) values (?, ?, ?, ?) returning id")
			.params(shop.value(), draft.title(), draft.category(), draft.listed())
			.query(Long.class)
			.single();
		writeDetails(id, draft);
		return find(ProductId.of(id)).orElseThrow();
	}

	@Override
	@Transactional
	public Product revise(ProductId id, ProductDraft draft) {
		int updated = jdbc
			.sql("update product set title = ?, category = ?, listed = ?, version = version + 1 where id = ?")
			.params(draft.title(), draft.category(), draft.listed(), id.value())
			.update();
		if (updated == 0) {
			throw new IllegalArgumentException("There is no product " + id);
		}
		jdbc.sql("delete from product_attribute where product_id = ?").param(id.value()).update();
		jdbc.sql("delete from product_selling_point where product_id = ?").param(id.value()).update();
		jdbc.sql("delete from sku where product_id = ? and not (code = any(?))")
			.params(id.value(), draft.skus().stream().map(ProductDraft.SkuDraft::code).toArray(String[]::new))
			.update();
		writeDetails(id.value(), draft);
		return find(id).orElseThrow();
	}

	private void writeDetails(long productId, ProductDraft draft) {
		for (int i = 0; i < draft.attributes().size(); i++) {
			Product.Attribute attribute = draft.attributes().get(i);
			jdbc.sql("insert into product_attribute (product_id, position, name, value) values (?, ?, ?, ?)")
				.params(productId, i, attribute.name(), attribute.value())
				.update();
		}
		for (int i = 0; i < draft.sellingPoints().size(); i++) {
			jdbc.sql("insert into product_selling_point (product_id, position, text) values (?, ?, ?)")
				.params(productId, i, draft.sellingPoints().get(i))
				.update();
		}
		for (int i = 0; i < draft.skus().size(); i++) {
			ProductDraft.SkuDraft sku = draft.skus().get(i);
			jdbc.sql(
					"""
							insert into sku (product_id, position, code, spec, price, stock) values (?, ?, ?, ?, ?, ?)
							on conflict (product_id, code) do update
							set position = excluded.position, spec = excluded.spec, price = excluded.price, stock = excluded.stock
							""")
				.params(productId, i, sku.code(), sku.spec(), sku.price(), sku.stock())
				.update();
		}
	}

	private List<Product> load(String condition, long key) {
		String products = "select p.id, p.shop_id, p.title, p.category, p.listed from product p where " + condition
				+ " order by p.id";
		List<Object[]> rows = jdbc.sql(products)
			.param("key", key)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
							rs.getBoolean(5) })
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Product.Attribute>> attributes = new HashMap<>();
		jdbc.sql(
				"select a.product_id, a.name, a.value from product_attribute a join product p on p.id = a.product_id where "
						+ condition + " order by a.product_id, a.position")
			.param("key", key)
			.query(rs -> {
				attributes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new Product.Attribute(rs.getString(2), rs.getString(3)));
			});
		Map<Long, List<String>> points = new HashMap<>();
		jdbc.sql("select s.product_id, s.text from product_selling_point s join product p on p.id = s.product_id where "
				+ condition + " order by s.product_id, s.position")
			.param("key", key)
			.query(rs -> {
				points.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<Long, List<Sku>> skus = new HashMap<>();
		jdbc.sql(
				"select k.product_id, k.id, k.code, k.spec, k.price, k.stock from sku k join product p on p.id = k.product_id where "
						+ condition + " order by k.product_id, k.position")
			.param("key", key)
			.query(rs -> {
				skus.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new Sku(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5), rs.getInt(6)));
			});
		return rows.stream()
			.map(row -> new Product(ProductId.of((Long) row[0]), ShopId.of((Long) row[1]), (String) row[2],
					(String) row[3], (Boolean) row[4], attributes.getOrDefault((Long) row[0], List.of()),
					points.getOrDefault((Long) row[0], List.of()), skus.getOrDefault((Long) row[0], List.of())))
			.toList();
	}

}
