/**
 * The conversation in the centre: its head with what the agent may do, and its messages. It follows the reconnect
 * contract of docs/chat.md: subscribe, then fetch after the last contiguous seq; every message is shown once, by
 * (conversationId, seq), and a gap makes the page fetch again.
 */
import { call, dateTime, dom, element, field, me, mentees, problem, supervises, state, t } from './page.js';
import { noteInLists, renderLists, scheduleRefresh, statusName, unread } from './conversations.js';
import { keepDraft, scheduleSuggestions, settle } from './composer.js';
import { loadBuyer } from './orders.js';
import { loadFlow, scheduleFlow } from './flow.js';
import { subscribeSelected, unsubscribeSelected } from './live.js';
import { Arrivals, insertInOrder, messageItem } from '../live/transcript.js';

export async function openConversation(id, force) {
  if (state.selected && state.selected.id === id && !force) {
    return;
  }
  unsubscribeSelected();
  keepDraft(state.selected && state.selected.id, id);
  const target = { id: id, summary: null, arrivals: new Arrivals(), fetching: null, again: false };
  state.selected = target;
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
  if (state.selected !== target) {
    return;
  }
  subscribeSelected();
  renderChat();
  focusReply();
  await catchUp();
  loadBuyer();
  loadFlow();
}

export function renderChat() {
  const s = state.selected.summary;
  const open = s.status !== 'CLOSED';
  const queued = open && s.status === 'WAITING' && s.agentId === null;
  const mine = open && s.agentId === me;
  dom.buyer.textContent = s.buyerNick;
  dom.status.textContent = statusName(s);
  dom.status.className = 'badge ' + (queued ? 'badge-warn' : s.status === 'ACTIVE' ? 'badge-ok' : 'badge-muted');
  dom.agent.textContent = s.agentName || t('group.' + s.skillGroup);
  dom.accept.hidden = !queued;
  const mentored = mentees.includes(s.agentId);
  dom.takeOver.hidden = !((supervises || mentored) && open && !queued && !mine);
  dom.transfer.hidden = !(open && !queued && (mine || supervises));
  dom.close.hidden = !(open && (mine || supervises));
  dom.composer.hidden = !mine;
  dom.suggestions.hidden = !mine || dom.chips.childElementCount === 0;
  dom.readOnly.hidden = mine;
  // who holds the conversation, and whether this reader may take it over to reply
  dom.readOnly.textContent = !open ? t('readOnly.closed') : queued ? t('readOnly.queue')
    : t(dom.takeOver.hidden ? 'readOnly.held' : 'readOnly.other', s.agentName || t('group.' + s.skillGroup));
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
export function scheduleSummary() {
  clearTimeout(summaryTimer);
  summaryTimer = setTimeout(async () => {
    const target = state.selected;
    if (!target) {
      return;
    }
    try {
      const summary = await call('GET', '/agent/conversations/' + target.id);
      if (state.selected === target) {
        target.summary = summary;
        renderChat();
      }
    } catch (error) {
      // the next event reads it again
    }
  }, 200);
}

export function catchUp() {
  const target = state.selected;
  if (!target) {
    return Promise.resolve();
  }
  if (target.fetching) {
    target.again = true;
    return target.fetching;
  }
  target.fetching = call('GET', '/agent/conversations/' + target.id + '/messages?after=' + target.arrivals.lastSeq)
    .then((messages) => {
      if (state.selected === target) {
        messages.forEach(addMessage);
        target.again = target.again || messages.length >= 500;
      }
    })
    .catch(() => {
      // the next event, poll or reconnect asks again
    })
    .then(() => {
      target.fetching = null;
      if (target.again && state.selected === target) {
        target.again = false;
        return catchUp();
      }
      return undefined;
    });
  return target.fetching;
}

export function addMessage(m) {
  if (m.clientId && m.direction === 'OUT' && m.agentId === me) {
    settle(m.clientId);
  }
  noteInLists(m);
  const selected = state.selected;
  if (!selected || m.conversationId !== selected.id || selected.arrivals.has(m.seq)) {
    return;
  }
  if (selected.arrivals.add(m)) {
    catchUp();
  }
  insertInOrder(dom.messages, renderMessage(m), (other) => Number(other.dataset.seq) > m.seq);
  if (m.direction === 'IN') {
    scheduleSuggestions();
  }
  if (m.kind !== 'SYSTEM') {
    scheduleFlow();
  }
}

export function renderMessage(m) {
  const selected = state.selected;
  const who = m.direction === 'IN' ? (selected && selected.summary ? selected.summary.buyerNick : t('buyer'))
    : m.kind === 'AUTO_REPLY' ? t('autoReply') : (m.agentName || '');
  return messageItem(m, who);
}

// ---- actions on the conversation ----

export async function act(path, body, after) {
  const target = state.selected;
  try {
    const summary = await call('POST', '/agent/conversations/' + target.id + path, body);
    if (state.selected === target) {
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
