/**
 * The workbench's live connection (docs/chat.md): STOMP on the agent's, the shop's queue and presence topics and
 * the open conversation's, with polling every 5 s while it is down; and the outbox of replies on their way.
 */
import { dom, me, mentees, root, shopId, state, t, wsPath } from './page.js';
import { refreshAll, lists, scheduleRefresh, showSeat, unread } from './conversations.js';
import { addMessage, catchUp, renderChat, scheduleSummary } from './messages.js';
import { messageBody, onSendProblem, post } from './composer.js';
import { LiveConnection, frameBody, webSocketUrl } from '../live/connection.js';
import { Outbox } from '../live/outbox.js';

const ECHO_MILLIS = 4000;
const POLL_MILLIS = 5000;

let conversationSubscription = null;

const connection = new LiveConnection(webSocketUrl(wsPath), POLL_MILLIS, {
  transport: (transport) => {
    root.dataset.transport = transport;
    dom.connection.dataset.state = transport;
    dom.connection.textContent = t('connection.' + transport);
  },
  connected: () => {
    conversationSubscription = null;
    connection.subscribe('/topic/agent.' + me, onFrame);
    // a mentor hears when their trainees' conversations change, to keep the 带教 list current
    mentees.forEach((trainee) => connection.subscribe('/topic/agent.' + trainee, onFrame));
    connection.subscribe('/topic/shop.' + shopId + '.queue', onFrame);
    connection.subscribe('/topic/shop.' + shopId + '.presence', onFrame);
    connection.subscribe('/user/queue/errors', onFrame);
    subscribeSelected();
    refreshAll();
    catchUp();
    outbox.deliverAll();
  },
  lost: () => {
    conversationSubscription = null;
  },
  poll: () => {
    refreshAll();
    catchUp();
  }
});

export const outbox = new Outbox(connection, {
  destination: '/app/agent.send',
  echoMillis: ECHO_MILLIS,
  body: messageBody,
  post: post
});

export function connect() {
  connection.open();
}

/** Only after the conversation was read: subscribing where one may not closes the connection. */
export function subscribeSelected() {
  const selected = state.selected;
  if (connection.live && selected && selected.summary && !conversationSubscription) {
    conversationSubscription = connection.subscribe('/topic/conversation.' + selected.id, onFrame);
  }
}

export function unsubscribeSelected() {
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
  const body = frameBody(frame);
  if (!body) {
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

function onState(change) {
  if (change.shopId !== shopId) {
    return;
  }
  const selected = state.selected;
  if (selected && selected.summary && change.conversationId === selected.id) {
    const s = selected.summary;
    const moved = s.agentId !== change.agentId || s.status !== change.status;
    Object.assign(s, { status: change.status, agentId: change.agentId, agentName: change.agentName,
      skillGroup: change.skillGroup });
    renderChat();
    if (change.lastSeq > selected.arrivals.lastSeq) {
      catchUp();
    }
    if (moved) {
      scheduleSummary();
    }
  }
  if (change.agentId === me && change.status !== 'CLOSED'
      && !lists.MINE.some((c) => c.id === change.conversationId)) {
    // a buyer given to this agent: their messages so far are fetched when the conversation opens
    unread.add(change.conversationId);
  }
  scheduleRefresh();
}
