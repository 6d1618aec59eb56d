/*
 * The agent workbench (接待工作台). Protocols: docs/chat.md (conversations, STOMP), docs/scripts.md (scripts,
 * shortcut codes, suggestions), docs/orders.md (the buyer's orders, remarks).
 * - Lists: GET /api/v1/agent/conversations?view=MINE|WAITING|CLOSED_TODAY and /agent/offline-messages, fetched
 *   again whenever STOMP says a conversation changed; wait timers tick every second from buyerWaitingSince.
 * - The open conversation follows the reconnect contract: subscribe, then fetch after the last contiguous seq;
 *   every message is shown once, by (conversationId, seq), and a gap makes the page fetch again.
 * - Replies go over STOMP (/app/agent.send) with a client id and, without an echo in 4 s, over HTTP with the same
 *   id, so a reply is never lost and never doubled.
 * Every text from a buyer, an agent or a script is put on the page with textContent, never as markup.
 */
(function () {
  'use strict';

  const root = document.getElementById('workbench');
  if (!root) {
    return;
  }
  const shopId = Number(root.dataset.shopId);
  const me = Number(root.dataset.agentId);
  const myName = root.dataset.agentName;
  const supervises = root.dataset.supervises === 'true';
  const api = root.dataset.api;
  const wsUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + root.dataset.ws;
  const csrf = { header: root.dataset.csrfHeader, token: root.dataset.csrfToken };
  const maxLength = Number(root.dataset.maxLength);
  const ECHO_MILLIS = 4000;
  const POLL_MILLIS = 5000;
  const LISTS = ['MINE', 'WAITING', 'CLOSED_TODAY'];
  const baseTitle = document.title;

  const $ = (id) => document.getElementById(id);
  const dom = {
    notice: $('wb-notice'),
    connection: $('wb-connection'),
    load: $('wb-load'),
    presenceHint: $('wb-presence-hint'),
    chatEmpty: $('wb-chat-empty'),
    chatBody: $('wb-chat-body'),
    buyer: $('wb-chat-buyer'),
    status: $('wb-chat-status'),
    agent: $('wb-chat-agent'),
    accept: $('wb-accept'),
    takeOver: $('wb-take-over'),
    transfer: $('wb-transfer'),
    close: $('wb-close'),
    handovers: $('wb-handovers'),
    handoverList: $('wb-handover-list'),
    messages: $('wb-messages'),
    readOnly: $('wb-read-only'),
    suggestions: $('wb-suggestions'),
    chips: $('wb-suggestion-chips'),
    composer: $('wb-composer'),
    orders: $('wb-orders'),
    history: $('wb-history'),
    buyerNick: $('wb-buyer-nick'),
    remark: $('wb-remark'),
    remarkSaved: $('wb-remark-saved'),
    scripts: $('wb-scripts'),
    scriptSearch: $('wb-script-search'),
    flow: $('wb-flow'),
    flowUnavailable: $('wb-flow-unavailable'),
    flowCorrect: $('wb-flow-correct'),
    dialog: $('wb-transfer-dialog'),
    transferForm: $('wb-transfer-form')
  };
  const field = dom.composer.elements.content;

  const texts = {};
  document.querySelectorAll('#wb-texts [data-key]').forEach((span) => {
    texts[span.dataset.key] = span.textContent;
  });

  /** The page's words; {0}, {1} … are replaced by the arguments. */
  function t(key, ...args) {
    return (texts[key] || key).replace(/\{(\d)}/g, (all, n) => (args[n] === undefined ? all : String(args[n])));
  }

  function element(tag, className, text) {
    const made = document.createElement(tag);
    if (className) {
      made.className = className;
    }
    if (text !== undefined && text !== null) {
      made.textContent = text;
    }
    return made;
  }

  function button(className, text, onClick) {
    const made = element('button', className, text);
    made.type = 'button';
    made.addEventListener('click', onClick);
    return made;
  }

  const lang = document.documentElement.lang || undefined;

  function clock(iso) {
    const date = new Date(iso);
    return isNaN(date) ? '' : date.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', hour12: false });
  }

  function dateTime(iso) {
    const date = new Date(iso);
    return isNaN(date) ? '' : date.toLocaleString(lang, {
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false
    });
  }

  function money(amount) {
    return Number(amount || 0).toFixed(2);
  }

  // ---- notices ----

  let noticeTimer = null;

  function notice(message, ok) {
    clearTimeout(noticeTimer);
    dom.notice.textContent = message || '';
    dom.notice.hidden = !message;
    dom.notice.classList.toggle('wb-notice-ok', Boolean(ok));
    if (message) {
      noticeTimer = setTimeout(() => notice(''), ok ? 4000 : 8000);
    }
  }

  function problem(error) {
    if (error && error.status === 401) {
      notice(t('signedOut'));
      return;
    }
    notice(t('problem', (error && error.message) || ''));
  }

  // ---- HTTP ----

  /** The server's clock minus ours, so that wait timers count from the server's times. */
  let skew = 0;

  async function call(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET') {
      headers[csrf.header] = csrf.token;
    }
    const response = await fetch(api + path, {
      method: method,
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    const serverDate = Date.parse(response.headers.get('Date'));
    if (!isNaN(serverDate)) {
      const measured = serverDate - Date.now();
      skew = Math.abs(measured) > 2000 ? measured : 0;
    }
    const raw = await response.text();
    let json = null;
    try {
      json = raw ? JSON.parse(raw) : null;
    } catch (e) {
      json = null;
    }
    if (!response.ok) {
      const error = new Error(json && json.detail ? json.detail : String(response.status));
      error.status = response.status;
      error.problem = json;
      throw error;
    }
    return json;
  }

  // ---- state ----

  const lists = { MINE: [], WAITING: [], CLOSED_TODAY: [], OFFLINE: [] };
  const unread = new Set();
  let activeList = 'MINE';
  let seat = null;
  let slowSeconds = Number(root.dataset.slowSeconds) || 100;
  /** The conversation in the centre: its summary, its messages by seq and the last seq without a gap. */
  let selected = null;
  const drafts = new Map();

  // ---- the lists on the left ----

  let refreshTimer = null;

  function scheduleRefresh() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refreshAll, 250);
  }

  async function refreshAll() {
    clearTimeout(refreshTimer);
    try {
      const [mine, waiting, closed, offline, mySeat] = await Promise.all([
        call('GET', '/agent/conversations?view=MINE'),
        call('GET', '/agent/conversations?view=WAITING'),
        call('GET', '/agent/conversations?view=CLOSED_TODAY'),
        call('GET', '/agent/offline-messages'),
        call('GET', '/agent/presence')
      ]);
      const ofShop = (c) => c.shopId === shopId;
      lists.MINE = mine.filter(ofShop);
      lists.WAITING = waiting.filter(ofShop);
      lists.CLOSED_TODAY = closed.filter(ofShop);
      lists.OFFLINE = offline.filter(ofShop);
      lists.MINE.forEach((c) => {
        if (c.buyerWaitingSince && (!selected || selected.id !== c.id)) {
          // a buyer waiting in a conversation the agent is not looking at
          unread.add(c.id);
        }
      });
      showSeat(mySeat);
      renderLists();
    } catch (error) {
      if (error.status === 401) {
        problem(error);
      }
    }
  }

  function renderLists() {
    LISTS.forEach((name) => {
      const list = $('wb-list-' + name);
      list.replaceChildren(...lists[name].map((c) => conversationItem(name, c)));
    });
    $('wb-list-OFFLINE').replaceChildren(...lists.OFFLINE.map(offlineItem));
    Object.keys(lists).forEach((name) => {
      const count = root.querySelector('[data-count="' + name + '"]');
      count.textContent = lists[name].length;
      count.classList.toggle('wb-count-hot', (name === 'WAITING' || name === 'OFFLINE') && lists[name].length > 0);
    });
    const mineUnread = lists.MINE.filter((c) => unread.has(c.id)).length;
    document.title = mineUnread > 0 ? '(' + mineUnread + ') ' + baseTitle : baseTitle;
    showLoad();
    tick();
  }

  function conversationItem(list, c) {
    const item = element('li', 'wb-item');
    item.dataset.id = c.id;
    item.classList.toggle('wb-selected', Boolean(selected && selected.id === c.id));
    const open = button('wb-item-open', undefined, () => openConversation(c.id));
    open.append(element('span', 'wb-item-nick', c.buyerNick));
    let sub;
    if (list === 'WAITING') {
      sub = t('group.' + c.skillGroup);
    } else if (list === 'CLOSED_TODAY') {
      sub = [c.agentName, clock(c.closedAt)].filter(Boolean).join(' · ');
    } else {
      sub = statusName(c) + ' · ' + t('group.' + c.skillGroup);
    }
    open.append(element('span', 'wb-item-sub', sub));
    item.append(open);
    const side = element('span', 'wb-item-side');
    if (list !== 'CLOSED_TODAY' && c.buyerWaitingSince) {
      const timer = element('span', 'wb-timer');
      timer.dataset.since = c.buyerWaitingSince;
      timer.title = t('waiting');
      side.append(timer);
    }
    if (list === 'MINE' && unread.has(c.id)) {
      side.append(element('span', 'wb-unread'));
    }
    if (list === 'WAITING') {
      side.append(button('button button-small button-primary wb-accept', t('accept'), () => accept(c.id)));
    }
    item.append(side);
    return item;
  }

  function offlineItem(o) {
    const item = element('li', 'wb-item wb-offline-item');
    item.dataset.id = o.id;
    const head = element('div', 'wb-order-head');
    head.append(element('strong', 'wb-item-nick', o.buyerNick), element('span', 'wb-timer', dateTime(o.leftAt)));
    item.append(head, element('p', 'wb-offline-text', o.content));
    if (o.contact) {
      item.append(element('span', 'wb-item-sub', t('contact', o.contact)));
    }
    const actions = element('div', 'wb-offline-actions');
    if (o.conversationId) {
      actions.append(button('button button-small', t('open'), () => openConversation(o.conversationId)));
    }
    actions.append(button('button button-small button-primary wb-handled', t('handled'), () => markHandled(o.id)));
    item.append(actions);
    return item;
  }

  function statusName(c) {
    const queued = c.status === 'WAITING' && (c.agentId === null || c.agentId === undefined);
    return t(queued ? 'status.QUEUED' : 'status.' + c.status);
  }

  function formatWait(seconds) {
    const s = Math.max(0, Math.floor(seconds));
    const two = (n) => String(n).padStart(2, '0');
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    return (h > 0 ? h + ':' + two(m) : String(m)) + ':' + two(s % 60);
  }

  /** Every second: the wait timers, red past the shop's slow threshold. */
  function tick() {
    const now = Date.now() + skew;
    root.querySelectorAll('.wb-timer[data-since]').forEach((timer) => {
      const seconds = (now - Date.parse(timer.dataset.since)) / 1000;
      timer.textContent = formatWait(seconds);
      timer.classList.toggle('wb-slow', seconds > slowSeconds);
    });
  }

  function showList(name) {
    activeList = name;
    root.querySelectorAll('.wb-lists .wb-tab').forEach((tab) => {
      tab.setAttribute('aria-selected', String(tab.dataset.list === name));
    });
    root.querySelectorAll('.wb-list').forEach((list) => {
      list.hidden = list.dataset.list !== name;
    });
  }

  async function accept(id) {
    try {
      const summary = await call('POST', '/agent/conversations/' + id + '/accept');
      showList('MINE');
      await refreshAll();
      await openConversation(summary.id, true);
    } catch (error) {
      problem(error);
      scheduleRefresh();
    }
  }

  async function markHandled(id) {
    try {
      await call('POST', '/agent/offline-messages/' + id + '/handled');
    } catch (error) {
      problem(error);
    }
    scheduleRefresh();
  }

  // ---- presence and load ----

  function showSeat(newSeat) {
    seat = newSeat;
    root.querySelectorAll('.wb-presence-choice').forEach((choice) => {
      choice.setAttribute('aria-checked', String(seat.presence === choice.dataset.presence));
    });
    // a supervisor without a skill group is never given buyers, whatever their presence
    dom.presenceHint.hidden = seat.presence !== 'OFFLINE' || !seat.skillGroup;
    showLoad();
  }

  function showLoad() {
    if (seat) {
      dom.load.textContent = lists.MINE.length + '/' + seat.cap;
    }
  }

  async function changePresence(presence) {
    try {
      showSeat(await call('PUT', '/agent/presence', { presence: presence }));
      scheduleRefresh();
    } catch (error) {
      problem(error);
    }
  }

  // ---- the conversation in the centre ----

  async function openConversation(id, force) {
    if (selected && selected.id === id && !force) {
      return;
    }
    unsubscribeSelected();
    // each conversation keeps its own draft, so that nothing typed for one buyer is sent to another
    if (selected) {
      drafts.set(selected.id, field.value);
    }
    field.value = drafts.get(id) || '';
    drafts.delete(id);
    const target = { id: id, summary: null, seen: new Map(), lastSeq: 0, fetching: null, again: false };
    selected = target;
    unread.delete(id);
    renderLists();
    dom.chatEmpty.hidden = true;
    dom.chatBody.hidden = false;
    dom.messages.replaceChildren();
    dom.chips.replaceChildren();
    dom.suggestions.hidden = true;
    dom.remarkSaved.hidden = true;
    const url = new URL(location.href);
    url.searchParams.set('conversation', id);
    history.replaceState(null, '', url);
    try {
      target.summary = await call('GET', '/agent/conversations/' + id);
    } catch (error) {
      problem(error);
      return;
    }
    if (selected !== target) {
      return;
    }
    subscribeSelected();
    renderChat();
    focusReply();
    await catchUp();
    loadBuyer();
    loadFlow();
  }

  function renderChat() {
    const s = selected.summary;
    const open = s.status !== 'CLOSED';
    const queued = open && s.status === 'WAITING' && s.agentId === null;
    const mine = open && s.agentId === me;
    dom.buyer.textContent = s.buyerNick;
    dom.status.textContent = statusName(s);
    dom.status.className = 'badge ' + (queued ? 'badge-warn' : s.status === 'ACTIVE' ? 'badge-ok' : 'badge-muted');
    dom.agent.textContent = s.agentName || t('group.' + s.skillGroup);
    dom.accept.hidden = !queued;
    dom.takeOver.hidden = !(supervises && open && !queued && !mine);
    dom.transfer.hidden = !(open && !queued && (mine || supervises));
    dom.close.hidden = !(open && (mine || supervises));
    dom.composer.hidden = !mine;
    dom.suggestions.hidden = !mine || dom.chips.childElementCount === 0;
    dom.readOnly.hidden = mine;
    dom.readOnly.textContent = !open ? t('readOnly.closed') : queued ? t('readOnly.queue') : t('readOnly.other');
    dom.handovers.hidden = s.handovers.length === 0;
    dom.handoverList.replaceChildren(...s.handovers.map((h) => {
      const line = h.toAgentId
        ? t('handover', h.fromAgentName || '', h.toAgentName || '', h.note)
        : t('handoverToGroup', h.fromAgentName || '', t('group.' + h.toSkillGroup), h.note);
      const item = element('li', null, line);
      item.title = dateTime(h.handedAt);
      return item;
    }));
  }

  /** Into the reply box when a conversation opens or becomes the agent's; never while they type elsewhere. */
  function focusReply() {
    if (!dom.composer.hidden) {
      field.focus();
    }
  }

  let summaryTimer = null;

  /** After a transfer or take-over the summary (handover notes included) is read again. */
  function scheduleSummary() {
    clearTimeout(summaryTimer);
    summaryTimer = setTimeout(async () => {
      const target = selected;
      if (!target) {
        return;
      }
      try {
        const summary = await call('GET', '/agent/conversations/' + target.id);
        if (selected === target) {
          target.summary = summary;
          renderChat();
        }
      } catch (error) {
        // the next event reads it again
      }
    }, 200);
  }

  function catchUp() {
    const target = selected;
    if (!target) {
      return Promise.resolve();
    }
    if (target.fetching) {
      target.again = true;
      return target.fetching;
    }
    target.fetching = call('GET', '/agent/conversations/' + target.id + '/messages?after=' + target.lastSeq)
      .then((messages) => {
        if (selected === target) {
          messages.forEach(addMessage);
          target.again = target.again || messages.length >= 500;
        }
      })
      .catch(() => {
        // the next event, poll or reconnect asks again
      })
      .then(() => {
        target.fetching = null;
        if (target.again && selected === target) {
          target.again = false;
          return catchUp();
        }
        return undefined;
      });
    return target.fetching;
  }

  function addMessage(m) {
    if (m.clientId && m.direction === 'OUT' && m.agentId === me) {
      settle(m.clientId);
    }
    noteInLists(m);
    if (!selected || m.conversationId !== selected.id || selected.seen.has(m.seq)) {
      return;
    }
    selected.seen.set(m.seq, m);
    if (m.seq === selected.lastSeq + 1) {
      while (selected.seen.has(selected.lastSeq + 1)) {
        selected.lastSeq++;
      }
    } else if (m.seq > selected.lastSeq + 1) {
      catchUp();
    }
    insert(renderMessage(m), m.seq);
    if (m.direction === 'IN') {
      scheduleSuggestions();
    }
    if (m.kind !== 'SYSTEM') {
      scheduleFlow();
    }
  }

  /** The lists learn of a waiting buyer (or an answered one) without asking the server. */
  function noteInLists(m) {
    const c = lists.MINE.find((mine) => mine.id === m.conversationId);
    if (!c) {
      return;
    }
    if (m.direction === 'IN') {
      c.buyerWaitingSince = c.buyerWaitingSince || m.sentAt;
      if (!selected || selected.id !== c.id) {
        unread.add(c.id);
      }
    } else if (m.kind === 'TEXT' || m.kind === 'MEDIA' || m.kind === 'CARD') {
      c.buyerWaitingSince = null;
    }
    renderLists();
  }

  function renderMessage(m) {
    const item = element('li', 'msg');
    const kind = m.direction === 'IN' ? 'msg-in'
      : m.kind === 'SYSTEM' ? 'msg-system' : m.kind === 'AUTO_REPLY' ? 'msg-auto' : 'msg-out';
    item.classList.add(kind);
    item.dataset.seq = m.seq;
    if (m.kind !== 'SYSTEM') {
      const who = m.direction === 'IN' ? (selected && selected.summary ? selected.summary.buyerNick : t('buyer'))
        : m.kind === 'AUTO_REPLY' ? t('autoReply') : (m.agentName || '');
      item.append(element('span', 'msg-meta', who + ' ' + clock(m.sentAt)));
    }
    item.append(element('span', 'msg-text', m.content));
    return item;
  }

  /** In sequence order; messages still being sent stay last. */
  function insert(item, seq) {
    const items = dom.messages.querySelectorAll('li.msg[data-seq]');
    for (const other of items) {
      if (Number(other.dataset.seq) > seq) {
        dom.messages.insertBefore(item, other);
        return;
      }
    }
    dom.messages.insertBefore(item, dom.messages.querySelector('li.msg-pending'));
    dom.messages.scrollTop = dom.messages.scrollHeight;
  }

  // ---- sending ----

  const pending = new Map();
  let expanding = null;

  function newClientId() {
    const bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function send(content) {
    const clientId = newClientId();
    const item = renderMessage({
      direction: 'OUT', kind: 'TEXT', agentName: myName, content: content, sentAt: new Date().toISOString(), seq: 0
    });
    item.classList.add('msg-pending');
    item.removeAttribute('data-seq');
    item.querySelector('.msg-meta').textContent = myName + ' ' + t('sending');
    dom.messages.append(item);
    dom.messages.scrollTop = dom.messages.scrollHeight;
    pending.set(clientId, { conversationId: selected.id, content: content, item: item, timer: null });
    deliver(clientId);
  }

  function deliver(clientId) {
    const message = pending.get(clientId);
    if (!message) {
      return;
    }
    clearTimeout(message.timer);
    if (connected && stomp) {
      stomp.publish({
        destination: '/app/agent.send',
        body: JSON.stringify({ conversationId: message.conversationId, clientId: clientId, content: message.content })
      });
      message.timer = setTimeout(() => post(clientId), ECHO_MILLIS);
    } else {
      post(clientId);
    }
  }

  async function post(clientId) {
    const message = pending.get(clientId);
    if (!message) {
      return;
    }
    try {
      const stored = await call('POST', '/agent/conversations/' + message.conversationId + '/messages',
        { clientId: clientId, content: message.content });
      addMessage(stored);
      settle(clientId);
    } catch (error) {
      if (error.status === 429) {
        retryLater(clientId, 1100);
      } else if (error.status >= 400 && error.status < 500) {
        fail(clientId, error.message);
      } else {
        retryLater(clientId, POLL_MILLIS);
      }
    }
  }

  function retryLater(clientId, millis) {
    const message = pending.get(clientId);
    if (message) {
      clearTimeout(message.timer);
      message.timer = setTimeout(() => deliver(clientId), millis);
    }
  }

  function settle(clientId) {
    const message = pending.get(clientId);
    if (message) {
      clearTimeout(message.timer);
      message.item.remove();
      pending.delete(clientId);
    }
  }

  function fail(clientId, detail) {
    const message = pending.get(clientId);
    if (message) {
      clearTimeout(message.timer);
      message.item.classList.remove('msg-pending');
      message.item.classList.add('msg-failed');
      message.item.querySelector('.msg-meta').textContent = myName + ' ' + t('failed', detail || '');
      pending.delete(clientId);
    }
  }

  function onSendProblem(error) {
    if (error.code === 'THROTTLED' && error.clientId) {
      retryLater(error.clientId, 1100);
    } else if (error.clientId && pending.has(error.clientId)) {
      fail(error.clientId, error.detail);
    } else {
      notice(t('problem', error.detail || error.code));
    }
  }

  async function submit() {
    if (expanding) {
      await expanding;
    }
    const content = field.value;
    if (!content.trim() || !selected) {
      return;
    }
    if (Array.from(content).length > maxLength) {
      notice(t('tooLong', maxLength));
      return;
    }
    field.value = '';
    send(content);
  }

  /** A shortcut code right before the caret, typed as /code at the start or after a space. */
  function shortcutBeforeCaret() {
    if (field.selectionStart !== field.selectionEnd) {
      return null;
    }
    const before = field.value.slice(0, field.selectionStart);
    const match = /(^|\s)\/([^\s/]{1,20})$/.exec(before);
    return match ? { code: match[2], start: before.length - match[2].length - 1, end: before.length } : null;
  }

  function expand(shortcut, key) {
    const typed = '/' + shortcut.code;
    expanding = call('POST', '/shops/' + shopId + '/scripts/by-code/' + encodeURIComponent(shortcut.code) + '/next')
      .then((variant) => {
        const value = field.value;
        const start = value.slice(shortcut.start, shortcut.end) === typed ? shortcut.start : value.lastIndexOf(typed);
        if (start < 0) {
          return;
        }
        field.value = value.slice(0, start) + variant.text + value.slice(start + typed.length);
        const caret = start + variant.text.length;
        field.setSelectionRange(caret, caret);
      })
      .catch((error) => {
        if (error.status === 404) {
          notice(t('noCode', shortcut.code));
          if (key === ' ') {
            insertText(' ');
          }
        } else {
          problem(error);
        }
      })
      .then(() => {
        expanding = null;
      });
  }

  /** Puts text at the caret of the reply box, replacing what is selected. */
  function insertText(text) {
    const start = field.selectionStart;
    const end = field.selectionEnd;
    field.value = field.value.slice(0, start) + text + field.value.slice(end);
    const caret = start + text.length;
    field.focus();
    field.setSelectionRange(caret, caret);
  }

  /** A script from the panel or a suggestion: the agent's next variant of it goes into the reply box. */
  async function useScript(scriptId) {
    if (dom.composer.hidden) {
      return;
    }
    try {
      const variant = await call('POST', '/shops/' + shopId + '/scripts/' + scriptId + '/next');
      insertText(variant.text);
    } catch (error) {
      problem(error);
    }
  }

  // ---- suggested replies ----

  let suggestTimer = null;

  function scheduleSuggestions() {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(loadSuggestions, 150);
  }

  async function loadSuggestions() {
    const target = selected;
    if (!target) {
      return;
    }
    let last = null;
    target.seen.forEach((m) => {
      if (m.direction === 'IN' && m.kind === 'TEXT' && (!last || m.seq > last.seq)) {
        last = m;
      }
    });
    if (!last || target.suggestedFor === last.seq) {
      return;
    }
    target.suggestedFor = last.seq;
    try {
      // long messages are cut: the words that matter come first, and a URL has a length limit
      const text = Array.from(last.content).slice(0, 200).join('');
      const suggestions = await call('GET',
        '/shops/' + shopId + '/script-suggestions?limit=3&text=' + encodeURIComponent(text));
      if (selected !== target) {
        return;
      }
      dom.chips.replaceChildren(...suggestions.map((s) => {
        const script = s.script;
        const chip = button('wb-chip', script.title || script.variants[0], () => useScript(script.id));
        chip.title = script.variants[0];
        chip.dataset.scriptId = script.id;
        return chip;
      }));
      dom.suggestions.hidden = dom.composer.hidden || suggestions.length === 0;
    } catch (error) {
      dom.suggestions.hidden = true;
    }
  }

  // ---- actions on the conversation ----

  async function act(path, body, after) {
    const target = selected;
    try {
      const summary = await call('POST', '/agent/conversations/' + target.id + path, body);
      if (selected === target) {
        target.summary = summary;
        renderChat();
        focusReply();
      }
      if (after) {
        after(summary);
      }
      scheduleRefresh();
      return summary;
    } catch (error) {
      problem(error);
      return null;
    }
  }

  async function openTransfer() {
    const form = dom.transferForm;
    form.reset();
    showFieldErrors(form, []);
    const select = form.elements.toAgentId;
    select.replaceChildren();
    try {
      const seats = await call('GET', '/shops/' + shopId + '/seats');
      // only those who can take the buyer now: online and below their cap, as the server requires
      seats.filter((s) => s.agentId !== me && s.skillGroup && s.presence === 'ONLINE' && s.load < s.cap)
        .forEach((s) => {
          const option = element('option', null,
            t('agentOption', s.displayName, t('group.' + s.skillGroup), s.load, s.cap));
          option.value = s.agentId;
          select.append(option);
        });
    } catch (error) {
      problem(error);
      return;
    }
    const anyone = select.options.length > 0;
    select.hidden = !anyone;
    form.elements.target[0].disabled = !anyone;
    $('wb-transfer-no-agent').hidden = anyone;
    form.elements.target.value = anyone ? 'agent' : 'group';
    form.elements.toSkillGroup.value = selected.summary.skillGroup;
    dom.dialog.showModal();
  }

  async function submitTransfer(event) {
    event.preventDefault();
    const form = dom.transferForm;
    const note = form.elements.note.value.trim();
    if (!note) {
      showFieldErrors(form, [{ field: 'note', reason: t('noteRequired') }]);
      return;
    }
    const toAgent = form.elements.target.value === 'agent';
    const body = toAgent ? { toAgentId: Number(form.elements.toAgentId.value), note: note }
      : { toSkillGroup: form.elements.toSkillGroup.value, note: note };
    const target = selected;
    try {
      const summary = await call('POST', '/agent/conversations/' + target.id + '/transfer', body);
      dom.dialog.close();
      notice(t('transferred', summary.agentName || t('group.' + summary.skillGroup)), true);
      if (selected === target) {
        target.summary = summary;
        renderChat();
      }
      scheduleRefresh();
    } catch (error) {
      showFieldErrors(form, (error.problem && error.problem.errors) || [{ field: 'form', reason: error.message }]);
    }
  }

  function showFieldErrors(form, errors) {
    form.querySelectorAll('[data-error]').forEach((slot) => {
      const found = errors.find((e) => e.field === slot.dataset.error)
        || (slot.dataset.error === 'form' ? errors.find((e) => !form.querySelector('[data-error="' + e.field + '"]'))
          : null);
      slot.textContent = found ? found.reason : '';
      slot.hidden = !found;
    });
  }

  // ---- the buyer panel ----

  let buyerOrders = [];

  async function loadBuyer() {
    const target = selected;
    const s = target.summary;
    root.querySelectorAll('.wb-no-buyer').forEach((hint) => {
      hint.hidden = true;
    });
    root.querySelector('.wb-buyer').hidden = false;
    dom.remark.hidden = false;
    dom.flow.hidden = false;
    dom.buyerNick.textContent = s.buyerNick;
    const base = '/shops/' + shopId + '/buyers/' + s.buyerId;
    const [orders, history] = await Promise.all([
      call('GET', base + '/orders?limit=20').catch(() => []),
      call('GET', base + '/conversations').catch(() => [])
    ]);
    if (selected !== target) {
      return;
    }
    buyerOrders = orders;
    // the one tag Kefu can tell yet: a buyer who ordered or chatted before is a returning buyer (回头客)
    const returning = orders.length > 0 || history.some((c) => c.id !== s.id);
    const tag = $('wb-buyer-tag');
    tag.textContent = t(returning ? 'returning' : 'newBuyer');
    tag.className = 'badge ' + (returning ? 'badge-ok' : 'badge-muted');
    dom.orders.replaceChildren(...orders.map(orderItem));
    dom.history.replaceChildren(...history.map((c) => {
      const entry = button('wb-history-item', undefined, () => openConversation(c.id));
      entry.append(element('span', null, dateTime(c.openedAt)),
        element('span', 'muted',
          [c.agentName, c.id === s.id ? t('current') : statusName(c)].filter(Boolean).join(' · ')));
      entry.setAttribute('aria-current', String(c.id === s.id));
      const item = element('li');
      item.append(entry);
      return item;
    }));
    fillOrderPicker();
  }

  function orderItem(order) {
    const item = element('li', 'wb-order');
    item.dataset.orderId = order.id;
    const head = element('div', 'wb-order-head');
    head.append(element('span', 'wb-order-no', order.orderNo),
      element('span', 'badge', t('orderStatus.' + order.status)));
    if (order.flag) {
      head.append(element('span', 'flag flag-' + order.flag, t('flag.' + order.flag)));
    }
    item.append(head);
    const items = element('ul', 'wb-order-items');
    order.items.forEach((line) => {
      items.append(element('li', null,
        line.title + (line.skuSpec ? ' · ' + line.skuSpec : '') + ' ×' + line.quantity + ' ¥' + money(line.amount)));
    });
    item.append(items);
    item.append(element('div', 'wb-order-meta',
      t('total', money(order.totalAmount)) + ' · ' + dateTime(order.createdAt)));
    if (order.receiver) {
      const r = order.receiver;
      item.append(element('div', 'wb-order-meta',
        t('receiver') + ': ' + [r.name, r.phone, r.address].filter(Boolean).join(' ')));
    }
    if (order.remarks.length > 0) {
      const remarks = element('ul', 'wb-order-remarks');
      remarks.setAttribute('aria-label', t('remarks'));
      order.remarks.forEach((remark) => {
        const line = element('li', 'wb-remark-line');
        if (remark.flag) {
          const flag = element('span', 'flag flag-' + remark.flag);
          flag.title = t('flag.' + remark.flag);
          line.append(flag);
        }
        line.append(element('span', null, remark.text));
        remarks.append(line);
      });
      item.append(remarks);
    }
    return item;
  }

  function fillOrderPicker() {
    const select = dom.remark.elements.orderId;
    const chosen = select.value;
    select.replaceChildren(...buyerOrders.map((order) => {
      const option = element('option', null, order.orderNo + ' · ' + t('orderStatus.' + order.status));
      option.value = order.id;
      return option;
    }));
    if (buyerOrders.some((order) => String(order.id) === chosen)) {
      select.value = chosen;
    }
    $('wb-remark-no-order').hidden = buyerOrders.length > 0;
  }

  let lastWording = '';

  function onKindChange() {
    const form = dom.remark;
    const option = form.elements.kind.selectedOptions[0];
    const request = form.elements.request;
    if (!request.value.trim() || request.value === lastWording) {
      request.value = option.dataset.wording;
      lastWording = request.value;
    }
    form.elements.flag.value = option.dataset.flag;
  }

  async function saveRemark(event) {
    event.preventDefault();
    const form = dom.remark;
    const orderId = form.elements.orderId.value;
    const request = form.elements.request.value.trim();
    const errors = [];
    if (!orderId) {
      errors.push({ field: 'form', reason: t('chooseOrder') });
    }
    if (!request) {
      errors.push({ field: 'request', reason: t('requestRequired') });
    }
    showFieldErrors(form, errors);
    dom.remarkSaved.hidden = true;
    if (errors.length > 0) {
      return;
    }
    try {
      const task = await call('POST', '/orders/' + orderId + '/remarks', {
        request: request, flag: form.elements.flag.value, kind: form.elements.kind.value
      });
      const flag = $('wb-remark-saved-flag');
      flag.className = 'flag flag-' + task.flag;
      flag.textContent = t('flag.' + task.flag);
      $('wb-remark-saved-text').textContent = task.text;
      dom.remarkSaved.hidden = false;
      form.elements.request.value = '';
      lastWording = '';
      loadBuyer();
    } catch (error) {
      showFieldErrors(form, (error.problem && error.problem.errors) || [{ field: 'form', reason: error.message }]);
    }
  }

  // ---- the script panel ----

  let scriptGroups = [];
  let searchTimer = null;

  async function loadScripts() {
    try {
      scriptGroups = await call('GET', '/shops/' + shopId + '/script-groups');
      if (!dom.scriptSearch.value.trim()) {
        renderGroups();
      }
    } catch (error) {
      // the panel stays empty; search still asks
    }
  }

  function renderGroups() {
    dom.scripts.replaceChildren(...scriptGroups.filter((g) => g.scripts.length > 0).map((group, index) => {
      const details = element('details', 'wb-script-group');
      details.open = index === 0;
      details.append(element('summary', null, group.name + ' (' + group.scripts.length + ')'));
      const list = element('ul', 'wb-script-list');
      group.scripts.forEach((script) => list.append(scriptItem(script)));
      details.append(list);
      return details;
    }));
  }

  function scriptItem(script) {
    const item = element('li');
    const entry = button('wb-script', undefined, () => useScript(script.id));
    entry.dataset.scriptId = script.id;
    entry.title = t('insert');
    const head = element('span', 'wb-script-head');
    if (script.code) {
      head.append(element('span', 'wb-script-code', '/' + script.code));
    }
    if (script.title) {
      head.append(element('span', 'wb-script-title', script.title));
    }
    if (script.variants.length > 1) {
      head.append(element('span', 'badge', t('variants', script.variants.length)));
    }
    entry.append(head, element('span', 'wb-script-text', script.variants[0]));
    item.append(entry);
    return item;
  }

  function searchScripts() {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(async () => {
      const q = dom.scriptSearch.value.trim();
      if (!q) {
        renderGroups();
        return;
      }
      try {
        const found = await call('GET', '/shops/' + shopId + '/scripts/search?q=' + encodeURIComponent(q));
        if (dom.scriptSearch.value.trim() === q) {
          const list = element('ul', 'wb-script-list');
          found.forEach((script) => list.append(scriptItem(script)));
          dom.scripts.replaceChildren(...(found.length > 0 ? [list] : []));
        }
      } catch (error) {
        problem(error);
      }
    }, 250);
  }

  // ---- the reception flow ----

  let flowTimer = null;

  function scheduleFlow() {
    clearTimeout(flowTimer);
    flowTimer = setTimeout(loadFlow, 600);
  }

  async function loadFlow() {
    const target = selected;
    if (!target || !target.summary) {
      return;
    }
    try {
      const flow = await call('GET', '/agent/conversations/' + target.id + '/flow');
      if (selected === target) {
        showFlow(flow);
      }
    } catch (error) {
      if (selected === target) {
        dom.flow.hidden = true;
        dom.flowUnavailable.hidden = false;
      }
    }
  }

  function showFlow(flow) {
    const reached = new Set(flow.reached || []);
    dom.flow.hidden = false;
    dom.flowUnavailable.hidden = true;
    root.querySelectorAll('.wb-step').forEach((step) => {
      const name = step.dataset.step;
      step.classList.toggle('wb-reached', reached.has(name) && name !== flow.current);
      step.classList.toggle('wb-current', name === flow.current);
      step.classList.toggle('wb-next', name === flow.next && name !== flow.current);
    });
    $('wb-flow-next-step').textContent = flow.next ? t('step.' + flow.next) : '';
    $('wb-flow-hint').textContent = flow.next ? t('hint.' + flow.next) : '';
    $('wb-flow-corrected').hidden = !flow.corrected;
    dom.flowCorrect.value = '';
  }

  async function correctFlow() {
    const step = dom.flowCorrect.value;
    const target = selected;
    if (!step || !target) {
      return;
    }
    try {
      const flow = await call('PUT', '/agent/conversations/' + target.id + '/flow', { step: step });
      if (selected === target) {
        if (flow) {
          showFlow(flow);
        } else {
          loadFlow();
        }
      }
    } catch (error) {
      problem(error);
      dom.flowCorrect.value = '';
    }
  }

  // ---- STOMP, with polling while it is down ----

  let stomp = null;
  let connected = false;
  let pollTimer = null;
  let conversationSubscription = null;

  function setTransport(transport) {
    root.dataset.transport = transport;
    dom.connection.dataset.state = transport;
    dom.connection.textContent = t('connection.' + transport);
  }

  function startPolling() {
    setTransport('polling');
    if (!pollTimer) {
      pollTimer = setInterval(() => {
        refreshAll();
        catchUp();
      }, POLL_MILLIS);
    }
  }

  function stopPolling() {
    clearInterval(pollTimer);
    pollTimer = null;
  }

  /** Only after the conversation was read: subscribing where one may not closes the connection. */
  function subscribeSelected() {
    if (connected && stomp && selected && selected.summary && !conversationSubscription) {
      conversationSubscription = stomp.subscribe('/topic/conversation.' + selected.id, onFrame);
    }
  }

  function unsubscribeSelected() {
    if (conversationSubscription) {
      try {
        conversationSubscription.unsubscribe();
      } catch (e) {
        // the connection is gone, and the subscription with it
      }
      conversationSubscription = null;
    }
  }

  function onFrame(frame) {
    let body;
    try {
      body = JSON.parse(frame.body);
    } catch (e) {
      return;
    }
    if (body.type === 'message') {
      addMessage(body);
    } else if (body.type === 'conversation') {
      onState(body);
    } else if (body.type === 'presence') {
      if (body.seat.agentId === me) {
        showSeat(body.seat);
      }
    } else if (body.type === 'error') {
      onSendProblem(body);
    }
  }

  function onState(state) {
    if (state.shopId !== shopId) {
      return;
    }
    if (selected && selected.summary && state.conversationId === selected.id) {
      const s = selected.summary;
      const moved = s.agentId !== state.agentId || s.status !== state.status;
      Object.assign(s, { status: state.status, agentId: state.agentId, agentName: state.agentName,
        skillGroup: state.skillGroup });
      renderChat();
      if (state.lastSeq > selected.lastSeq) {
        catchUp();
      }
      if (moved) {
        scheduleSummary();
      }
    }
    if (state.agentId === me && state.status !== 'CLOSED' && !lists.MINE.some((c) => c.id === state.conversationId)) {
      // a buyer given to this agent: their messages so far are fetched when the conversation opens
      unread.add(state.conversationId);
    }
    scheduleRefresh();
  }

  function connect() {
    if (!window.StompJs) {
      startPolling();
      return;
    }
    stomp = new window.StompJs.Client({
      brokerURL: wsUrl,
      reconnectDelay: 3000,
      heartbeatIncoming: 10000,
      heartbeatOutgoing: 10000
    });
    stomp.onConnect = () => {
      connected = true;
      stopPolling();
      setTransport('stomp');
      conversationSubscription = null;
      stomp.subscribe('/topic/agent.' + me, onFrame);
      stomp.subscribe('/topic/shop.' + shopId + '.queue', onFrame);
      stomp.subscribe('/topic/shop.' + shopId + '.presence', onFrame);
      stomp.subscribe('/user/queue/errors', onFrame);
      subscribeSelected();
      refreshAll();
      catchUp();
      Array.from(pending.keys()).forEach(deliver);
    };
    stomp.onWebSocketClose = () => {
      connected = false;
      conversationSubscription = null;
      startPolling();
    };
    stomp.onStompError = () => {
      connected = false;
      conversationSubscription = null;
      startPolling();
    };
    stomp.activate();
  }

  // ---- wiring ----

  root.querySelectorAll('.wb-presence-choice').forEach((choice) => {
    choice.addEventListener('click', () => changePresence(choice.dataset.presence));
  });
  root.querySelectorAll('.wb-lists .wb-tab').forEach((tab) => {
    tab.addEventListener('click', () => showList(tab.dataset.list));
  });
  root.querySelectorAll('.wb-side .wb-tab').forEach((tab) => {
    tab.addEventListener('click', () => {
      root.querySelectorAll('.wb-side .wb-tab').forEach((other) => {
        other.setAttribute('aria-selected', String(other === tab));
      });
      root.querySelectorAll('.wb-pane').forEach((pane) => {
        pane.hidden = pane.dataset.pane !== tab.dataset.side;
      });
    });
  });
  dom.accept.addEventListener('click', () => accept(selected.id));
  dom.takeOver.addEventListener('click', () => act('/take-over', {}));
  dom.close.addEventListener('click', () => act('/close', undefined, () => notice(t('closed'), true)));
  dom.transfer.addEventListener('click', openTransfer);
  dom.transferForm.addEventListener('submit', submitTransfer);
  $('wb-transfer-cancel').addEventListener('click', () => dom.dialog.close());
  dom.composer.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  field.addEventListener('keydown', (event) => {
    if (event.isComposing) {
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      submit();
      return;
    }
    if (event.key === ' ' || event.key === 'Tab') {
      const shortcut = shortcutBeforeCaret();
      if (shortcut) {
        event.preventDefault();
        expand(shortcut, event.key);
      }
    }
  });
  dom.remark.addEventListener('submit', saveRemark);
  dom.remark.elements.kind.addEventListener('change', onKindChange);
  dom.scriptSearch.addEventListener('input', searchScripts);
  dom.flowCorrect.addEventListener('change', correctFlow);

  setInterval(tick, 1000);
  call('GET', '/shops/' + shopId + '/settings/figures').then((settings) => {
    slowSeconds = settings.slowThresholdSeconds || slowSeconds;
  }).catch(() => {
    // the default threshold stays
  });
  refreshAll();
  loadScripts();
  connect();
  const asked = Number(root.dataset.openConversation || new URLSearchParams(location.search).get('conversation'));
  if (asked > 0) {
    openConversation(asked);
  }
})();
