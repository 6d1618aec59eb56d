package io.kefu.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.kefu.shop.Product;
import io.kefu.shop.ProductDraft;

/**
 * The lamps of the demo shop, read from {@code demo/lamps.txt}: the text is long and
 * Chinese, so it lives in a resource a shop person can edit rather than in Java literals.
 */
final class LampCatalogue {

	private static final String RESOURCE = "/demo/lamps.txt";

	private LampCatalogue() {
	}

	static List<ProductDraft> drafts() {
		try (InputStream in = LampCatalogue.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<ProductDraft> parse(String text) {
		List<ProductDraft> drafts = new ArrayList<>();
		for (String block : text.split("\\R\\s*\\R")) {
			List<String> lines = block.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
			if (!lines.isEmpty()) {
				drafts.add(draft(lines));
			}
		}
		return drafts;
	}

	private static ProductDraft draft(List<String> lines) {
		String[] head = lines.get(0).split("\\|");
		List<Product.Attribute> attributes = new ArrayList<>();
		List<String> points = List.of();
		List<ProductDraft.SkuDraft> skus = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String body = line.substring(line.indexOf(':') + 1).strip();
			if (line.startsWith("参数:")) {
				for (String pair : items(body)) {
					String[] nameValue = pair.split("=", 2);
					attributes.add(new Product.Attribute(nameValue[0], nameValue[1]));
				}
			}
			else if (line.startsWith("卖点:")) {
				points = items(body);
			}
			else if (line.startsWith("SKU:")) {
				for (String sku : items(body)) {
					String[] fields = sku.split(",");
					skus.add(new ProductDraft.SkuDraft(fields[0].strip(), fields[1].strip(),
							new BigDecimal(fields[2].strip()), Integer.valueOf(fields[3].strip())));
				}
			}
		}
		return new ProductDraft(head[0].strip(), head[1].strip(), true, attributes, points, skus);
	}

	private static List<String> items(String body) {
		return Arrays.stream(body.split(";")).map(String::strip).filter(item -> !item.isEmpty()).toList();
	}

}
