package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TaobaoItemReportUnitTests {

	private final List<ExportedItem> items = new ArrayList<>();

	private final List<ImportError> rejected = new ArrayList<>();

	@Test
	void readsTheClassicGbkItemReport() throws Exception {
		Path file = Path.of(getClass().getResource("/ingest/taobao/ExportOrderDetailList201805271900.csv").toURI());

		TaobaoItemReport.read(file, items::add, rejected::add);

		assertThat(items)
			.extracting(ExportedItem::orderNo, ExportedItem::title, ExportedItem::quantity, ExportedItem::properties,
					ExportedItem::outerCode)
			.containsExactly(tuple("1930679858112345", "视谱 护眼台灯 A1", 1, "颜色分类：乳白色;规格：充电款", "A1-W"),
					tuple("1930679858112345", "视谱 夹子灯 C2", 1, "颜色分类：黑色", "C2"));
		assertThat(items.get(0).unitPrice()).isEqualByComparingTo("199.00");
		assertThat(rejected).extracting(EnglishErrors::text)
			.containsExactly("ExportOrderDetailList201805271900.csv:4: 购买数量: '0' is not a positive quantity");
	}

	@Test
	void theQianniuExportsNoRefundTextMeansNoRefund(@TempDir Path dir) throws Exception {
		String csv = """
				主订单编号,子订单编号,商品标题,商品价格,购买数量,商品属性SKU,退款状态,退款金额
				="1930679858112345",="1930679858112999",视谱 护眼台灯 A1,199.00,2,颜色分类：乳白色,没有申请退款,无退款申请
				="1930679858112346",="1930679858113000",视谱 夹子灯 C2,179.00,1,颜色分类：黑色,退款成功,179.00
				""";

		TaobaoItemReport.read(Files.writeString(dir.resolve("items.csv"), csv), items::add, rejected::add);

		assertThat(rejected).isEmpty();
		assertThat(items.get(0).refundAmount()).isNull();
		assertThat(items.get(1).refundAmount()).isEqualByComparingTo("179.00");
	}

}
