package io.kefu.training;

/** Where a trainee's training stands. */
public enum TraineeStatus {

	IN_TRAINING,
	/** 上岗: certified by the trainer or the supervisor. */
	CERTIFIED,
	/** Found not suitable; the training ended. */
	NOT_SUITABLE;

	public boolean ended() {
		return this != IN_TRAINING;
	}

}
