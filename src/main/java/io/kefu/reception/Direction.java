package io.kefu.reception;

/** {@code IN}: buyer to shop; {@code OUT}: shop to buyer. */
public enum Direction {

	IN, OUT

}
