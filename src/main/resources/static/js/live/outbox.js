/**
 * Messages on their way (docs/chat.md, "Sending"). Each carries a client id; it goes over STOMP while the connection
 * is live and, without its echo within `echoMillis`, over HTTP with the same id, so that nothing is lost and nothing
 * doubled. `body(clientId, message)` is what is sent; `post(clientId, body)` sends it over HTTP, and is called only
 * while the message still waits. A message is { item, timer, ... }: its item is the line the page shows meanwhile.
 */
export class Outbox {
  #waiting = new Map();
  #connection;
  #destination;
  #echoMillis;
  #body;
  #post;

  constructor(connection, { destination, echoMillis, body, post }) {
    this.#connection = connection;
    this.#destination = destination;
    this.#echoMillis = echoMillis;
    this.#body = body;
    this.#post = post;
  }

  has(clientId) {
    return this.#waiting.has(clientId);
  }

  get(clientId) {
    return this.#waiting.get(clientId);
  }

  send(clientId, message) {
    message.timer = null;
    this.#waiting.set(clientId, message);
    this.deliver(clientId);
  }

  /** Over STOMP when connected, else HTTP; without an echo in time, HTTP with the same id. */
  deliver(clientId) {
    const message = this.#waiting.get(clientId);
    if (!message) {
      return;
    }
    clearTimeout(message.timer);
    const body = this.#body(clientId, message);
    if (this.#connection.live) {
      this.#connection.publish(this.#destination, body);
      message.timer = setTimeout(() => this.#postWaiting(clientId, body), this.#echoMillis);
    } else {
      this.#postWaiting(clientId, body);
    }
  }

  /** Everything still waiting, again: after a reconnect. */
  deliverAll() {
    Array.from(this.#waiting.keys()).forEach((clientId) => this.deliver(clientId));
  }

  retryLater(clientId, millis) {
    const message = this.#waiting.get(clientId);
    if (message) {
      clearTimeout(message.timer);
      message.timer = setTimeout(() => this.deliver(clientId), millis);
    }
  }

  /** The message came back numbered: its waiting line goes, the numbered one stays. */
  settle(clientId) {
    const message = this.#waiting.get(clientId);
    if (message) {
      clearTimeout(message.timer);
      message.item.remove();
      this.#waiting.delete(clientId);
    }
  }

  /** The server refused the message for good: its line stays, marked failed, and says why in `meta`. */
  fail(clientId, meta) {
    const message = this.#waiting.get(clientId);
    if (message) {
      clearTimeout(message.timer);
      message.item.classList.add('msg-failed');
      message.item.querySelector('.msg-meta').textContent = meta;
      this.#waiting.delete(clientId);
    }
    return message;
  }

  #postWaiting(clientId, body) {
    if (this.#waiting.has(clientId)) {
      this.#post(clientId, body);
    }
  }
}

/** A client id: 24 random hex digits. */
export function newClientId() {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
