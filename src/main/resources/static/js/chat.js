/*
 * The buyer's chat client. Protocol: docs/chat.md.
 * - A session token from POST /api/v1/shops/{shopId}/visitor-sessions, kept in localStorage.
 * - STOMP over WebSocket at /ws (token in the CONNECT header "token"); subscribe to
 *   /topic/visitor.{buyerId} and /user/queue/errors, then fetch what was missed.
 * - When WebSocket is not available, the same HTTP API every 3 seconds.
 * - Every message carries (conversationId, seq): the page shows each once, in order, and
 *   fetches again when it sees a gap. A sent message carries a clientId and is re-sent
 *   with the same id until it comes back numbered, so nothing is lost and nothing doubled.
 * Every text is put on the page with textContent, never as markup.
 */
(function () {
  'use strict';

  var root = document.getElementById('chat');
  if (!root) {
    return;
  }
  var shopId = root.dataset.shopId;
  var api = root.dataset.api;
  var maxLength = Number(root.dataset.maxLength);
  var wsUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + root.dataset.ws;
  var storeKey = 'kefu-chat-' + shopId;
  var POLL_MILLIS = 3000;
  var ECHO_MILLIS = 4000;

  var list = document.getElementById('chat-messages');
  var statusLine = document.getElementById('chat-status');
  var notice = document.getElementById('chat-notice');
  var groups = document.getElementById('chat-groups');
  var offlineForm = document.getElementById('chat-offline');
  var composer = document.getElementById('chat-composer');

  var session = load();
  var current = { id: null, lastSeq: 0, state: null, leftMessage: false };
  var seen = {};
  var pending = {};
  var chosenGroup = null;
  var stomp = null;
  var connected = false;
  var pollTimer = null;
  var fetching = null;

  function text(key, argument) {
    var value = root.dataset['t' + key.charAt(0).toUpperCase() + key.slice(1)] || '';
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
    var headers = { 'Accept': 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (token) {
      headers['Authorization'] = 'Bearer ' + token;
    }
    return fetch(api + path, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.text().then(function (raw) {
        var json = null;
        try {
          json = raw ? JSON.parse(raw) : null;
        } catch (e) {
          // not JSON (a proxy's error page): the status says enough
        }
        if (!response.ok) {
          var error = new Error(json && json.detail ? json.detail : String(response.status));
          error.status = response.status;
          error.problem = json;
          error.retryAfter = Number(response.headers.get('Retry-After')) || null;
          throw error;
        }
        return json;
      });
    });
  }

  function ensureSession() {
    if (session && session.token && new Date(session.expiresAt) > new Date()) {
      return Promise.resolve(session);
    }
    return request('POST', '/shops/' + shopId + '/visitor-sessions', {}).then(function (created) {
      save(created);
      return created;
    });
  }

  /** A visitor call; a token the server no longer accepts is replaced once. */
  function visitorCall(method, path, body) {
    return ensureSession().then(function (s) {
      return request(method, path, body, s.token).catch(function (error) {
        if (error.status !== 401) {
          throw error;
        }
        save(null);
        return ensureSession().then(function (renewed) {
          reconnect();
          return request(method, path, body, renewed.token);
        });
      });
    });
  }

  // ---- what the page shows ----

  function addMessage(message) {
    var key = message.conversationId + ':' + message.seq;
    if (seen[key]) {
      return;
    }
    if (current.id === null || message.conversationId > current.id) {
      switchTo(message.conversationId);
    }
    if (message.conversationId !== current.id) {
      return;
    }
    seen[key] = true;
    if (message.seq === current.lastSeq + 1) {
      current.lastSeq = message.seq;
      while (seen[current.id + ':' + (current.lastSeq + 1)]) {
        current.lastSeq++;
      }
    } else if (message.seq > current.lastSeq + 1) {
      catchUp();
    }
    if (message.clientId && pending[message.clientId]) {
      var sent = pending[message.clientId];
      clearTimeout(sent.timer);
      sent.item.remove();
      delete pending[message.clientId];
    }
    insert(render(message), message);
  }

  function switchTo(conversationId) {
    current = { id: conversationId, lastSeq: 0, state: null, leftMessage: false };
  }

  function render(message) {
    var item = document.createElement('li');
    var kind = message.direction === 'IN' ? 'msg-in'
      : message.kind === 'SYSTEM' ? 'msg-system' : message.kind === 'AUTO_REPLY' ? 'msg-auto' : 'msg-out';
    item.className = 'msg ' + kind;
    item.dataset.conversation = message.conversationId;
    item.dataset.seq = message.seq;
    if (message.kind !== 'SYSTEM') {
      var meta = document.createElement('span');
      meta.className = 'msg-meta';
      var who = message.direction === 'IN' ? text('you')
        : message.kind === 'AUTO_REPLY' ? text('autoReply') : (message.agentName || '');
      meta.textContent = who + ' ' + time(message.sentAt);
      item.appendChild(meta);
    }
    var body = document.createElement('span');
    body.className = 'msg-text';
    body.textContent = message.content;
    item.appendChild(body);
    return item;
  }

  /** In sequence order within the conversation, pending messages last. */
  function insert(item, message) {
    var items = list.querySelectorAll('li.msg[data-seq]');
    for (var i = 0; i < items.length; i++) {
      var other = items[i];
      var otherConversation = Number(other.dataset.conversation);
      if (otherConversation > message.conversationId
          || (otherConversation === message.conversationId && Number(other.dataset.seq) > message.seq)) {
        list.insertBefore(item, other);
        return;
      }
    }
    var firstPending = list.querySelector('li.msg-pending');
    list.insertBefore(item, firstPending);
    list.scrollTop = list.scrollHeight;
  }

  function time(iso) {
    var date = new Date(iso);
    return isNaN(date) ? '' : date.toLocaleTimeString(document.documentElement.lang || [],
      { hour: '2-digit', minute: '2-digit', hour12: false });
  }

  function applyState(state) {
    if (current.id === null || state.conversationId > current.id) {
      switchTo(state.conversationId);
    }
    if (state.conversationId !== current.id) {
      return;
    }
    current.state = state;
    if (state.lastSeq > current.lastSeq) {
      catchUp();
    }
    var queued = state.status === 'WAITING' && state.agentId === null;
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
    var body;
    try {
      body = JSON.parse(frame.body);
    } catch (e) {
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
    var state = { again: false };
    var query = current.id === null ? '?after=0' : '?conversationId=' + current.id + '&after=' + current.lastSeq;
    state.promise = visitorCall('GET', '/visitor/messages' + query).then(function (transcript) {
      if (transcript.conversation) {
        applyState(transcript.conversation);
      }
      transcript.messages.forEach(addMessage);
      var newer = transcript.currentConversationId !== null && transcript.currentConversationId !== current.id;
      if (newer && transcript.currentConversationId > (current.id || 0)) {
        switchTo(transcript.currentConversationId);
        state.again = true;
      }
      if (transcript.messages.length >= 500) {
        state.again = true;
      }
    }).catch(function () {
      // offline for a moment: the next poll or reconnect asks again
    }).then(function () {
      fetching = null;
      if (state.again) {
        catchUp();
      }
    });
    fetching = state;
    return state.promise;
  }

  /** data-transport on the page says how it hears news: 'stomp' or 'polling'. */
  function startPolling() {
    root.dataset.transport = 'polling';
    if (!pollTimer) {
      pollTimer = setInterval(catchUp, POLL_MILLIS);
    }
  }

  function stopPolling() {
    clearInterval(pollTimer);
    pollTimer = null;
  }

  // ---- STOMP ----

  function connect() {
    if (!window.StompJs || !session) {
      startPolling();
      return;
    }
    stomp = new window.StompJs.Client({
      brokerURL: wsUrl,
      connectHeaders: { token: session.token },
      reconnectDelay: 3000,
      heartbeatIncoming: 10000,
      heartbeatOutgoing: 10000
    });
    stomp.onConnect = function () {
      connected = true;
      root.dataset.transport = 'stomp';
      stopPolling();
      stomp.subscribe('/topic/visitor.' + session.buyerId, onFrame);
      stomp.subscribe('/user/queue/errors', onFrame);
      catchUp();
      Object.keys(pending).forEach(deliver);
    };
    stomp.onWebSocketClose = function () {
      connected = false;
      startPolling();
    };
    stomp.onStompError = function () {
      connected = false;
      startPolling();
      // the token may have expired: the next call renews it, and the next connect uses it
      ensureSession().then(function (s) {
        if (stomp) {
          stomp.connectHeaders = { token: s.token };
        }
      });
    };
    stomp.activate();
  }

  function reconnect() {
    if (stomp) {
      var old = stomp;
      stomp = null;
      connected = false;
      old.deactivate();
    }
    connect();
  }

  // ---- sending ----

  function newClientId() {
    var bytes = new Uint8Array(12);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  function groupToSend() {
    var state = current.state;
    var open = state && state.status !== 'CLOSED';
    var queued = open && state.status === 'WAITING' && state.agentId === null;
    return !open || queued ? chosenGroup : null;
  }

  function send(content) {
    var clientId = newClientId();
    var item = render({
      direction: 'IN', kind: 'TEXT', content: content, sentAt: new Date().toISOString(),
      conversationId: current.id || 0, seq: 0
    });
    item.classList.add('msg-pending');
    item.removeAttribute('data-seq');
    item.querySelector('.msg-meta').textContent = text('you') + ' ' + text('sending');
    list.appendChild(item);
    list.scrollTop = list.scrollHeight;
    pending[clientId] = { content: content, item: item, group: groupToSend(), timer: null };
    deliver(clientId);
  }

  /** Over STOMP when connected, else HTTP; without an echo in time, HTTP with the same id. */
  function deliver(clientId) {
    var message = pending[clientId];
    if (!message) {
      return;
    }
    clearTimeout(message.timer);
    var body = { clientId: clientId, content: message.content, skillGroup: message.group };
    if (connected && stomp) {
      stomp.publish({ destination: '/app/visitor.send', body: JSON.stringify(body) });
      message.timer = setTimeout(function () {
        post(clientId, body);
      }, ECHO_MILLIS);
    } else {
      post(clientId, body);
    }
  }

  function post(clientId, body) {
    if (!pending[clientId]) {
      return;
    }
    visitorCall('POST', '/visitor/messages', body).then(addMessage).catch(function (error) {
      if (error.status === 429) {
        onProblem(error.problem && error.problem.code || 'THROTTLED', clientId, error.retryAfter);
      } else if (error.status === 400) {
        onProblem('INVALID', clientId);
      } else if (pending[clientId]) {
        pending[clientId].timer = setTimeout(function () {
          deliver(clientId);
        }, POLL_MILLIS);
      }
    });
  }

  /** A refused message: sent again when the server says when (too fast, queue full), else failed. */
  function onProblem(code, clientId, retryAfterSeconds) {
    var message = clientId && pending[clientId];
    if (code === 'THROTTLED' || code === 'TOO_MANY_QUEUED') {
      showNotice(text(code === 'THROTTLED' ? 'throttled' : 'queueFull'));
      if (message) {
        clearTimeout(message.timer);
        message.timer = setTimeout(function () {
          deliver(clientId);
        }, (retryAfterSeconds || 1) * 1000 + 100);
      }
    } else if (message) {
      clearTimeout(message.timer);
      message.item.classList.add('msg-failed');
      message.item.querySelector('.msg-meta').textContent = text('you') + ' ' + text('failed');
      delete pending[clientId];
    }
  }

  composer.addEventListener('submit', function (event) {
    event.preventDefault();
    var field = composer.elements.content;
    var content = field.value;
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

  composer.elements.content.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });

  groups.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-group]');
    if (!button) {
      return;
    }
    chosenGroup = button.dataset.group;
    groups.querySelectorAll('button[data-group]').forEach(function (other) {
      other.setAttribute('aria-checked', String(other === button));
    });
  });

  offlineForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var content = offlineForm.elements.content.value;
    if (!content.trim()) {
      return;
    }
    visitorCall('POST', '/visitor/offline-messages', {
      content: content,
      contact: offlineForm.elements.contact.value
    }).then(function () {
      current.leftMessage = true;
      offlineForm.reset();
      offlineForm.hidden = true;
      showNotice('');
      statusLine.textContent = text('offline');
      catchUp();
    }).catch(function () {
      showNotice(text('failed'));
    });
  });

  ensureSession().then(function () {
    catchUp();
    connect();
  }).catch(function () {
    showNotice(text('sessionFailed'));
  });
})();
