/**
 * The live connection of a page: STOMP over WebSocket (the StompJs bundle, loaded before the page's module) and,
 * while that is down or missing, HTTP polling. `on` says what the page does:
 * - transport(name): the page now hears news over 'stomp' or 'polling';
 * - connected(): subscribe, fetch what was missed, send again what waits;
 * - lost(): the connection dropped (polling starts right after);
 * - refused(): the server refused the STOMP CONNECT (a token may have expired);
 * - poll(): fetch news over HTTP, every `pollMillis` while polling.
 */
export class LiveConnection {
  #url;
  #on;
  #pollMillis;
  #pollTimer = null;
  #client = null;
  #connected = false;

  constructor(url, pollMillis, on) {
    this.#url = url;
    this.#pollMillis = pollMillis;
    this.#on = on;
  }

  /** Whether a frame published now goes out over STOMP. */
  get live() {
    return this.#connected && this.#client !== null;
  }

  open(connectHeaders) {
    if (!window.StompJs) {
      this.poll();
      return;
    }
    const config = {
      brokerURL: this.#url,
      reconnectDelay: 3000,
      heartbeatIncoming: 10000,
      heartbeatOutgoing: 10000
    };
    if (connectHeaders) {
      config.connectHeaders = connectHeaders;
    }
    const client = new window.StompJs.Client(config);
    this.#client = client;
    client.onConnect = () => {
      this.#connected = true;
      this.#stopPolling();
      this.#on.transport('stomp');
      this.#on.connected();
    };
    client.onWebSocketClose = () => {
      this.#connected = false;
      this.#lost();
    };
    client.onStompError = () => {
      this.#connected = false;
      this.#lost();
      if (this.#on.refused) {
        this.#on.refused();
      }
    };
    client.activate();
  }

  /** Drops the connection and opens a new one, with new CONNECT headers. */
  reopen(connectHeaders) {
    if (this.#client) {
      const old = this.#client;
      this.#client = null;
      this.#connected = false;
      old.deactivate();
    }
    this.open(connectHeaders);
  }

  /** The headers of the next CONNECT, when the client reconnects by itself. */
  reconnectWith(connectHeaders) {
    if (this.#client) {
      this.#client.connectHeaders = connectHeaders;
    }
  }

  subscribe(destination, onFrame) {
    return this.#client.subscribe(destination, onFrame);
  }

  publish(destination, body) {
    this.#client.publish({ destination: destination, body: JSON.stringify(body) });
  }

  poll() {
    this.#on.transport('polling');
    if (!this.#pollTimer) {
      this.#pollTimer = setInterval(() => this.#on.poll(), this.#pollMillis);
    }
  }

  #lost() {
    if (this.#on.lost) {
      this.#on.lost();
    }
    this.poll();
  }

  #stopPolling() {
    clearInterval(this.#pollTimer);
    this.#pollTimer = null;
  }
}

/** A frame's JSON body, or null when it is none. */
export function frameBody(frame) {
  try {
    return JSON.parse(frame.body);
  } catch (e) {
    return null;
  }
}

/** The WebSocket address of a path on this page's host. */
export function webSocketUrl(path) {
  return (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + path;
}
