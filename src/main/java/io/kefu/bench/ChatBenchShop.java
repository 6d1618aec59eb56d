package io.kefu.bench;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import io.kefu.access.Caller;
import io.kefu.access.Role;
import io.kefu.bench.load.LoadPlan;
import io.kefu.reception.ChatSettings;
import io.kefu.reception.Presence;
import io.kefu.reception.ReceptionFloor;
import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.Certification;
import io.kefu.staff.SkillGroup;
import io.kefu.staff.Staff;

import org.springframework.context.ApplicationContext;

/**
 * A new shop for one run of {@code bench chat}: certified pre-sales agents enough for the
 * buyers at the shop's concurrency cap, every one of them online, with accounts whose
 * password is made up for the run. A shop of its own per run keeps the conversations a
 * run leaves open from taking the next run's slots.
 */
final class ChatBenchShop {

	private ChatBenchShop() {
	}

	/** The shop's id and its agents' accounts. */
	record Opened(long shopId, List<LoadPlan.AgentLogin> agents) {
	}

	static Opened open(ApplicationContext kefu, int buyers, int cap) {
		Shops shops = kefu.getBean(Shops.class);
		Staff staff = kefu.getBean(Staff.class);
		ReceptionFloor floor = kefu.getBean(ReceptionFloor.class);
		String run = "bench" + Instant.now().getEpochSecond() + "n" + buyers;
		Shop shop = shops.open(NewShop.of("压测店 " + run, Platform.OWN_SITE));
		long shopId = shop.id().value();
		// the command line is trusted: it acts as an administrator of the new shop
		Caller admin = new Caller(0, "bench", "bench", Set.of(shopId), Set.of(Role.ADMIN));
		ChatSettings defaults = ChatSettings.DEFAULTS;
		floor.changeSettings(admin, shop.id(), new ChatSettings(defaults.welcomeText(), defaults.awayText(),
				defaults.busyText(), cap, defaults.afterSalesWindowDays(), defaults.agentCaps()));
		String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
		int needed = (buyers + cap - 1) / cap;
		// BCrypt takes tens of milliseconds a password: both cores hash
		List<LoadPlan.AgentLogin> agents = IntStream.rangeClosed(1, needed).parallel().mapToObj(i -> {
			String username = run + "a" + i;
			Agent agent = staff.hire(ShopId.of(shopId),
					new AgentDraft("压测客服" + i, "压测客服" + i, Set.of(Role.PRE_SALES), SkillGroup.PRE_SALES,
							Certification.CERTIFIED, null, true),
					Optional.of(new Staff.Credentials(username, password)));
			long id = agent.id().value();
			floor.changePresence(new Caller(id, username, agent.displayName(), Set.of(shopId), Set.of(Role.PRE_SALES)),
					Presence.ONLINE);
			return new LoadPlan.AgentLogin(id, username, password);
		}).toList();
		return new Opened(shopId, agents);
	}

}
