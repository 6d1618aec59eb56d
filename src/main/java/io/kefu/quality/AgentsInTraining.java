package io.kefu.quality;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/**
 * Whether an agent of a shop is in training now: the trainer reviews such agents'
 * receptions (培训人员查看聊天记录并指导) and no one else's. The training module answers it; quality
 * only asks, so that it does not depend on training.
 */
public interface AgentsInTraining {

	boolean inTraining(ShopId shop, AgentId agent);

}
