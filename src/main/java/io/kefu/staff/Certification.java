package io.kefu.staff;

/** Whether an agent may receive buyers alone (上岗). */
public enum Certification {

	TRAINEE, CERTIFIED

}
