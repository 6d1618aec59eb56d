package io.kefu.quality;

/** How a supervisor settles an agent's dispute of a hit. */
public enum Settlement {

	/** The hit stands: it keeps taking its points (维持). */
	UPHOLD,

	/** The agent was right: the hit takes no points (撤销扣分). */
	OVERTURN

}
