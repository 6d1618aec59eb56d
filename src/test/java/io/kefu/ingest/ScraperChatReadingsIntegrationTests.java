package io.kefu.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.kefu.analytics.AgentFigures;
import io.kefu.analytics.FigureRecompute;
import io.kefu.analytics.Figures;
import io.kefu.analytics.TeamFigures;
import io.kefu.customer.Buyers;
import io.kefu.reception.Direction;
import io.kefu.reception.Message;
import io.kefu.reception.Messages;
import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same chats written by scraper tools in layout C's two readings of 对象 (the sender's
 * side, or the buyer's nick), imported into two shops, give the same conversations and
 * the same figures; no buyer is named with a role word.
 */
@SpringBootTest
class ScraperChatReadingsIntegrationTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

	private static final List<String> BUYERS = List.of("tb8946567709", "快乐的小橙子", "买家丙");

	/**
	 * 对象 as the sender's side: the shop's greetings come before their buyer speaks, 小雨
	 * writes without her shop's name, conversation s1 resumes after s2, and s3 is never
	 * answered.
	 */
	private static final String BY_ROLE = """
			会话ID,日期,时间,对象,发话者,消息,消息状态,商品ID,商品
			s1,2026-03-05,10:00:00,客服,视谱台灯旗舰店:小美,[自动回复]亲，欢迎光临,已读,,
			s1,2026-03-05,10:00:05,客户,tb8946567709,这款台灯有货吗,已读,6501,护眼台灯
			s1,2026-03-05,10:01:45,客服,视谱台灯旗舰店:小美,亲，有现货的哦,已读,,
			s2,2026-03-05,10:30:00,买家,快乐的小橙子,能便宜点吗,已读,,
			s2,2026-03-05,10:30:40,卖家,小雨,亲，我们价格是统一的呢,已读,,
			s1,2026-03-05,10:40:00,顾客,tb8946567709,什么时候发货,已读,,
			s1,2026-03-05,10:43:00,商家,视谱台灯旗舰店:小美,亲，今天16点前付款当天发,已读,,
			s3,2026-03-05,22:00:00,客户,买家丙,有人吗,未读,,
			""";

	/** The same chats with 对象 as the buyer's nick. */
	private static final String BY_NICK = """
			会话ID,日期,时间,对象,发话者,消息,消息状态,商品ID,商品
			s1,2026-03-05,10:00:00,tb8946567709,视谱台灯旗舰店:小美,[自动回复]亲，欢迎光临,已读,,
			s1,2026-03-05,10:00:05,tb8946567709,tb8946567709,这款台灯有货吗,已读,6501,护眼台灯
			s1,2026-03-05,10:01:45,tb8946567709,视谱台灯旗舰店:小美,亲，有现货的哦,已读,,
			s2,2026-03-05,10:30:00,快乐的小橙子,快乐的小橙子,能便宜点吗,已读,,
			s2,2026-03-05,10:30:40,快乐的小橙子,小雨,亲，我们价格是统一的呢,已读,,
			s1,2026-03-05,10:40:00,tb8946567709,tb8946567709,什么时候发货,已读,,
			s1,2026-03-05,10:43:00,tb8946567709,视谱台灯旗舰店:小美,亲，今天16点前付款当天发,已读,,
			s3,2026-03-05,22:00:00,买家丙,买家丙,有人吗,未读,,
			""";

	@Autowired
	Imports imports;

	@Autowired
	Shops shops;

	@Autowired
	Buyers buyers;

	@Autowired
	Messages messages;

	@Autowired
	Staff staff;

	@Autowired
	Figures figures;

	@Autowired
	FigureRecompute recompute;

	@TempDir
	Path dir;

	@Test
	void bothReadingsOfObjectGiveTheSameConversationsAndFigures() throws Exception {
		Shop byRole = importInto("对象是角色店", "chat-roles.csv", BY_ROLE);
		Shop byNick = importInto("对象是昵称店", "chat-nicks.csv", BY_NICK);

		assertThat(conversations(byRole)).hasSize(8).isEqualTo(conversations(byNick));
		assertThat(buyers.countInShop(byRole.id())).isEqualTo(3);
		for (String roleWord : List.of("客服", "客户", "买家", "卖家", "商家", "顾客")) {
			assertThat(buyers.findByNick(byRole.id(), roleWord)).isEmpty();
		}
		List<Figure> roleFigures = figures(byRole);
		assertThat(roleFigures).extracting(Figure::agent).containsExactlyInAnyOrder("小美", "小雨");
		assertThat(roleFigures).isEqualTo(figures(byNick));
		assertThat(teamFigure(byRole)).isEqualTo(teamFigure(byNick));
	}

	private Shop importInto(String name, String file, String csv) throws Exception {
		Shop shop = shops.open(NewShop.of(name + System.nanoTime(), Platform.TMALL));
		Path chat = Files.writeString(dir.resolve(file), "\uFEFF" + csv.replace("\n", "\r\n"), StandardCharsets.UTF_8);
		FileReport report = imports.importFile(shop.id(), chat, file, null, false);
		assertThat(report.applied()).as(report.toString()).isTrue();
		assertThat(report.kind()).isEqualTo(ImportKind.CHAT_CSV);
		return shop;
	}

	/** Every message of the shop as its buyer, direction, agent, time and text. */
	private List<Line> conversations(Shop shop) {
		long shopId = shop.id().value();
		return BUYERS.stream()
			.flatMap(nick -> buyers.findByNick(ShopId.of(shopId), nick)
				.map(buyer -> messages.thread(shop.id(), buyer.id()))
				.orElse(List.of())
				.stream()
				.map(message -> Line.of(nick, message, agentOf(shopId, message))))
			.toList();
	}

	private @Nullable String agentOf(long shopId, Message message) {
		if (message.agentId() == null) {
			return null;
		}
		return List.of("小美", "小雨")
			.stream()
			.filter(nickname -> staff.findByNickname(ShopId.of(shopId), nickname)
				.map(Agent::id)
				.filter(id -> id.equals(message.agentId()))
				.isPresent())
			.findFirst()
			.orElse("?");
	}

	private List<Figure> figures(Shop shop) {
		recompute.runQueued();
		TeamFigures team = figures.team(shop.id(), DAY, DAY, null);
		assertThat(team.stale()).isFalse();
		return team.agents().stream().map(Figure::of).toList();
	}

	private Figure teamFigure(Shop shop) {
		recompute.runQueued();
		TeamFigures team = figures.team(shop.id(), DAY, DAY, null);
		return new Figure("team", team.team().receptions(), team.team().repliedReceptions(),
				team.team().firstResponseSeconds(), team.team().avgResponseSeconds(),
				team.shop().unreceivedConsultations());
	}

	private record Line(String buyer, Direction direction, @Nullable String agent, String sentAt, String content) {

		static Line of(String buyer, Message message, @Nullable String agent) {
			return new Line(buyer, message.direction(), agent, message.sentAt().toString(), message.content());
		}

	}

	/** The figures of an agent that do not depend on the shop's own ids and names. */
	private record Figure(String agent, long receptions, long repliedReceptions, @Nullable Double firstResponseSeconds,
			@Nullable Double avgResponseSeconds, long unreceived) {

		static Figure of(AgentFigures figures) {
			String agent = figures.agent().substring(figures.agent().indexOf(':') + 1);
			return new Figure(agent, figures.receptions(), figures.repliedReceptions(), figures.firstResponseSeconds(),
					figures.avgResponseSeconds(), 0);
		}

	}

}
