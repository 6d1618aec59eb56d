/**
 * The lists on the left: the agent's conversations, the queue, today's closed ones and the offline messages, read
 * again whenever STOMP says a conversation changed; wait timers tick every second from buyerWaitingSince. Also the
 * agent's presence and load in the bar above.
 */
import { $, button, call, dateTime, dom, element, mentees, problem, root, shopId, skew, slowSecondsByDefault, state,
  t } from './page.js';
import { openConversation } from './messages.js';
import { clock } from '../live/transcript.js';

const LISTS = ['MINE', 'WAITING', 'CLOSED_TODAY'].concat(mentees.length > 0 ? ['MENTEES'] : []);
const baseTitle = document.title;

export const lists = Object.assign({ MINE: [], WAITING: [], CLOSED_TODAY: [], OFFLINE: [] },
  mentees.length > 0 ? { MENTEES: [] } : {});
/** The agent's conversations with a buyer's message they have not looked at. */
export const unread = new Set();
let seat = null;
let slowSeconds = slowSecondsByDefault;
let refreshTimer = null;

/** The shop's threshold past which a wait shows red. */
export function slowAfter(seconds) {
  slowSeconds = seconds || slowSeconds;
}

export function scheduleRefresh() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(refreshAll, 250);
}

export async function refreshAll() {
  clearTimeout(refreshTimer);
  try {
    const [mine, waiting, closed, offline, mySeat, mentored] = await Promise.all([
      call('GET', '/agent/conversations?view=MINE'),
      call('GET', '/agent/conversations?view=WAITING'),
      call('GET', '/agent/conversations?view=CLOSED_TODAY'),
      call('GET', '/agent/offline-messages'),
      call('GET', '/agent/presence'),
      mentees.length > 0 ? call('GET', '/agent/conversations?view=MENTEES') : Promise.resolve([])
    ]);
    const ofShop = (c) => c.shopId === shopId;
    lists.MINE = mine.filter(ofShop);
    lists.WAITING = waiting.filter(ofShop);
    lists.CLOSED_TODAY = closed.filter(ofShop);
    lists.OFFLINE = offline.filter(ofShop);
    if (lists.MENTEES) {
      lists.MENTEES = mentored.filter(ofShop);
    }
    lists.MINE.forEach((c) => {
      if (c.buyerWaitingSince && (!state.selected || state.selected.id !== c.id)) {
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

export function renderLists() {
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
  item.classList.toggle('wb-selected', Boolean(state.selected && state.selected.id === c.id));
  const open = button('wb-item-open', undefined, () => openConversation(c.id));
  open.append(element('span', 'wb-item-nick', c.buyerNick));
  if (list === 'WAITING' && c.buying) {
    // served first (seed 000 优先回复购买商品买家)
    const mark = element('span', 'badge badge-warn wb-buying', t('buying'));
    mark.title = t('buyingTitle');
    open.append(mark);
  }
  let sub;
  if (list === 'WAITING') {
    sub = t('group.' + c.skillGroup);
  } else if (list === 'CLOSED_TODAY') {
    sub = [c.agentName, clock(c.closedAt)].filter(Boolean).join(' · ');
  } else if (list === 'MENTEES') {
    sub = [c.agentName, statusName(c)].filter(Boolean).join(' · ');
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

export function statusName(c) {
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
export function tick() {
  const now = Date.now() + skew;
  root.querySelectorAll('.wb-timer[data-since]').forEach((timer) => {
    const seconds = (now - Date.parse(timer.dataset.since)) / 1000;
    timer.textContent = formatWait(seconds);
    timer.classList.toggle('wb-slow', seconds > slowSeconds);
  });
}

export function showList(name) {
  root.querySelectorAll('.wb-lists .wb-tab').forEach((tab) => {
    tab.setAttribute('aria-selected', String(tab.dataset.list === name));
  });
  root.querySelectorAll('.wb-list').forEach((list) => {
    list.hidden = list.dataset.list !== name;
  });
}

export async function accept(id) {
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

/** The lists learn of a waiting buyer (or an answered one) without asking the server. */
export function noteInLists(m) {
  const c = lists.MINE.find((mine) => mine.id === m.conversationId);
  if (!c) {
    return;
  }
  if (m.direction === 'IN') {
    c.buyerWaitingSince = c.buyerWaitingSince || m.sentAt;
    if (!state.selected || state.selected.id !== c.id) {
      unread.add(c.id);
    }
  } else if (m.kind === 'TEXT' || m.kind === 'MEDIA' || m.kind === 'CARD') {
    c.buyerWaitingSince = null;
  }
  renderLists();
}

// ---- presence and load ----

export function showSeat(newSeat) {
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

export async function changePresence(presence) {
  try {
    showSeat(await call('PUT', '/agent/presence', { presence: presence }));
    scheduleRefresh();
  } catch (error) {
    problem(error);
  }
}
