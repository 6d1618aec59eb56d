package io.kefu.training;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/**
 * A shop's training settings.
 *
 * @param supervisedCap how many buyers an agent in training receives at once under
 * supervised reception (跟岗接待); their own chat cap still applies when it is lower
 */
public record TrainingSettings(int supervisedCap) {

	/** The default: five buyers at once. */
	public static final TrainingSettings DEFAULTS = new TrainingSettings(5);

	public static final int MAX_SUPERVISED_CAP = 50;

	public TrainingSettings {
		if (supervisedCap < 1 || supervisedCap > MAX_SUPERVISED_CAP) {
			throw new IllegalArgumentException(
					"supervisedCap: from 1 to " + MAX_SUPERVISED_CAP + " buyers at once, not " + supervisedCap);
		}
	}

	/** Each shop's settings; a shop that never changed them has the defaults. */
	public interface Store {

		TrainingSettings of(ShopId shop);

		TrainingSettings save(ShopId shop, TrainingSettings settings, AgentId by);

	}

}
