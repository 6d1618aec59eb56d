/*
 * The buyer's chat client. Protocol: docs/chat.md.
 * - A session token from POST /api/v1/shops/{shopId}/visitor-sessions, kept in localStorage.
 * - STOMP over WebSocket at /ws (token in the CONNECT header "token"); subscribe to
 *   /topic/visitor.{buyerId} and /user/queue/errors, then fetch what was missed.
 * - When WebSocket is not available, the same HTTP API every 3 seconds.
 * - Every message carries (conversationId, seq): the page shows each once, in order, and
 *   fetches again when it sees a gap. A sent message carries a clientId and is re-sent
 *   with the same id until it comes back numbered, so nothing is lost and nothing doubled.
 * The connection, the outbox and the message lines are shared with the workbench (live/*.js).
 * Every text is put on the page with textContent, never as markup.
 */
import { requestJson } from './live/http.js';
import { LiveConnection, frameBody, webSocketUrl } from './live/connection.js';
import { Outbox, newClientId } from './live/outbox.js';
import { Arrivals, insertInOrder, messageItem, showSending } from './live/transcript.js';

const POLL_MILLIS = 3000;
const ECHO_MILLIS = 4000;

const root = document.getElementById('chat');
if (root) {
  start(root);
}

function start(root) {
  const shopId = root.dataset.shopId;
  const api = root.dataset.api;
  const maxLength = Number(root.dataset.maxLength);
  const storeKey = 'kefu-chat-' + shopId;

  const list = document.getElementById('chat-messages');
  const statusLine = document.getElementById('chat-status');
  const notice = document.getElementById('chat-notice');
  const groups = document.getElementById('chat-groups');
  const offlineForm = document.getElementById('chat-offline');
  const composer = document.getElementById('chat-composer');

  let session = load();
  let current = conversation(null);
  let chosenGroup = null;
  let fetching = null;

  /** data-transport on the page says how it hears news: 'stomp' or 'polling'. */
  const connection = new LiveConnection(webSocketUrl(root.dataset.ws), POLL_MILLIS, {
    transport: (name) => {
      root.dataset.transport = name;
    },
    connected: () => {
      connection.subscribe('/topic/visitor.' + session.buyerId, onFrame);
      connection.subscribe('/user/queue/errors', onFrame);
      catchUp();
      outbox.deliverAll();
    },
    refused: () => {
      // the token may have expired: the next call renews it, and the next connect uses it
      ensureSession().then((s) => connection.reconnectWith({ token: s.token }));
    },
    poll: catchUp
  });

  const outbox = new Outbox(connection, {
    destination: '/app/visitor.send',
    echoMillis: ECHO_MILLIS,
    body: (clientId, message) => ({ clientId: clientId, content: message.content, skillGroup: message.group }),
    post: post
  });

  function conversation(id) {
    return { id: id, arrivals: new Arrivals(), state: null, leftMessage: false };
  }

  function text(key, argument) {
    const value = root.dataset['t' + key.charAt(0).toUpperCase() + key.slice(1)] || '';
    return argument === undefined ? value : value.replace('{0}', argument);
  }

  function load() {
    try {
      return JSON.parse(localStorage.getItem(storeKey) || 'null');
    } catch (e) {
      return null;
    }
  }

  function save(value) {
    session = value;
    try {
      if (value) {
        localStorage.setItem(storeKey, JSON.stringify(value));
      } else {
        localStorage.removeItem(storeKey);
      }
    } catch (e) {
      // private mode: the session lives as long as the page
    }
  }

  function showNotice(message) {
    notice.textContent = message;
    notice.hidden = !message;
  }

  // ---- HTTP ----

  function request(method, path, body, token) {
    return requestJson(api + path, {
      method: method,
      body: body,
      headers: token ? { Authorization: 'Bearer ' + token } : {}
    });
  }

  /** The session being opened: callers meanwhile share it rather than each opening one (two buyers). */
  let opening = null;

  function ensureSession() {
    if (session && session.token && new Date(session.expiresAt) > new Date()) {
      return Promise.resolve(session);
    }
    if (!opening) {
      opening = request('POST', '/shops/' + shopId + '/visitor-sessions', {}).then((created) => {
        save(created);
        return created;
      }).finally(() => {
        opening = null;
      });
    }
    return opening;
  }

  /** A visitor call; a token the server no longer accepts is replaced once. */
  function visitorCall(method, path, body) {
    return ensureSession().then((s) => request(method, path, body, s.token).catch((error) => {
      if (error.status !== 401) {
        throw error;
      }
      save(null);
      return ensureSession().then((renewed) => {
        connect();
        return request(method, path, body, renewed.token);
      });
    }));
  }

  // ---- what the page shows ----

  function addMessage(message) {
    if (current.id === null || message.conversationId > current.id) {
      current = conversation(message.conversationId);
    }
    if (message.conversationId !== current.id || current.arrivals.has(message.seq)) {
      return;
    }
    if (current.arrivals.add(message)) {
      catchUp();
    }
    if (message.clientId) {
      outbox.settle(message.clientId);
    }
    insertInOrder(list, render(message), (other) => {
      const otherConversation = Number(other.dataset.conversation);
      return otherConversation > message.conversationId
        || (otherConversation === message.conversationId && Number(other.dataset.seq) > message.seq);
    });
  }

  function render(message) {
    const who = message.direction === 'IN' ? text('you')
      : message.kind === 'AUTO_REPLY' ? text('autoReply') : (message.agentName || '');
    const item = messageItem(message, who);
    item.dataset.conversation = message.conversationId;
    return item;
  }

  function applyState(state) {
    if (current.id === null || state.conversationId > current.id) {
      current = conversation(state.conversationId);
    }
    if (state.conversationId !== current.id) {
      return;
    }
    current.state = state;
    if (state.lastSeq > current.arrivals.lastSeq) {
      catchUp();
    }
    const queued = state.status === 'WAITING' && state.agentId === null;
    if (state.status === 'CLOSED') {
      statusLine.textContent = current.leftMessage ? text('offline') : text('closed');
    } else if (queued && state.nobodyAtDesk) {
      statusLine.textContent = text('away');
    } else if (queued) {
      statusLine.textContent = text('queue', state.queuePosition);
    } else if (state.agentName) {
      statusLine.textContent = text('serving', state.agentName);
    } else {
      statusLine.textContent = text('waiting');
    }
    offlineForm.hidden = !(queued && state.nobodyAtDesk);
    groups.hidden = !(state.status === 'CLOSED' || queued) || !offlineForm.hidden;
  }

  function onFrame(frame) {
    const body = frameBody(frame);
    if (!body) {
      return;
    }
    if (body.type === 'message') {
      addMessage(body);
    } else if (body.type === 'conversation') {
      applyState(body);
    } else if (body.type === 'error') {
      onProblem(body.code, body.clientId, body.retryAfterSeconds);
    }
  }

  // ---- reading what was missed ----

  function catchUp() {
    if (fetching) {
      fetching.again = true;
      return fetching.promise;
    }
    const state = { again: false };
    const query = current.id === null ? '?after=0'
      : '?conversationId=' + current.id + '&after=' + current.arrivals.lastSeq;
    state.promise = visitorCall('GET', '/visitor/messages' + query).then((transcript) => {
      if (transcript.conversation) {
        applyState(transcript.conversation);
      }
      transcript.messages.forEach(addMessage);
      const newer = transcript.currentConversationId !== null && transcript.currentConversationId !== current.id;
      if (newer && transcript.currentConversationId > (current.id || 0)) {
        current = conversation(transcript.currentConversationId);
        state.again = true;
      }
      if (transcript.messages.length >= 500) {
        state.again = true;
      }
    }).catch(() => {
      // offline for a moment: the next poll or reconnect asks again
    }).then(() => {
      fetching = null;
      if (state.again) {
        catchUp();
      }
    });
    fetching = state;
    return state.promise;
  }

  function connect() {
    if (session) {
      connection.reopen({ token: session.token });
    } else {
      connection.poll();
    }
  }

  // ---- sending ----

  function groupToSend() {
    const state = current.state;
    const open = state && state.status !== 'CLOSED';
    const queued = open && state.status === 'WAITING' && state.agentId === null;
    return !open || queued ? chosenGroup : null;
  }

  function send(content) {
    const item = render({
      direction: 'IN', kind: 'TEXT', content: content, sentAt: new Date().toISOString(),
      conversationId: current.id || 0, seq: 0
    });
    showSending(list, item, text('you') + ' ' + text('sending'));
    outbox.send(newClientId(), { content: content, item: item, group: groupToSend() });
  }

  function post(clientId, body) {
    visitorCall('POST', '/visitor/messages', body).then(addMessage).catch((error) => {
      if (error.status === 429) {
        onProblem(error.problem && error.problem.code || 'THROTTLED', clientId, error.retryAfter);
      } else if (error.status === 400) {
        onProblem('INVALID', clientId);
      } else {
        outbox.retryLater(clientId, POLL_MILLIS);
      }
    });
  }

  /** A refused message: sent again when the server says when (too fast, queue full), else failed. */
  function onProblem(code, clientId, retryAfterSeconds) {
    if (code === 'THROTTLED' || code === 'TOO_MANY_QUEUED') {
      showNotice(text(code === 'THROTTLED' ? 'throttled' : 'queueFull'));
      if (clientId) {
        outbox.retryLater(clientId, (retryAfterSeconds || 1) * 1000 + 100);
      }
    } else if (clientId) {
      outbox.fail(clientId, text('you') + ' ' + text('failed'));
    }
  }

  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    const field = composer.elements.content;
    const content = field.value;
    if (!content.trim()) {
      return;
    }
    if (content.length > maxLength) {
      showNotice(text('tooLong', maxLength));
      return;
    }
    showNotice('');
    field.value = '';
    send(content);
  });

  composer.elements.content.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });

  groups.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-group]');
    if (!button) {
      return;
    }
    chosenGroup = button.dataset.group;
    groups.querySelectorAll('button[data-group]').forEach((other) => {
      other.setAttribute('aria-checked', String(other === button));
    });
  });

  offlineForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const content = offlineForm.elements.content.value;
    if (!content.trim()) {
      return;
    }
    visitorCall('POST', '/visitor/offline-messages', {
      content: content,
      contact: offlineForm.elements.contact.value
    }).then(() => {
      current.leftMessage = true;
      offlineForm.reset();
      offlineForm.hidden = true;
      showNotice('');
      statusLine.textContent = text('offline');
      catchUp();
    }).catch(() => {
      showNotice(text('failed'));
    });
  });

  ensureSession().then(() => {
    catchUp();
    connect();
  }).catch(() => {
    showNotice(text('sessionFailed'));
  });
}
