/**
 * The reply box: sending (over STOMP with a client id and, without an echo in 4 s, over HTTP with the same id, so
 * that a reply is never lost and never doubled), shortcut codes typed as /code, scripts put in at the caret, the
 * suggested replies above it, and each conversation's draft.
 */
import { button, call, dom, field, maxLength, myName, notice, problem, shopId, state, t } from './page.js';
import { addMessage, renderMessage } from './messages.js';
import { outbox } from './live.js';
import { newClientId } from '../live/outbox.js';
import { showSending } from '../live/transcript.js';

const POLL_MILLIS = 5000;

const drafts = new Map();
let expanding = null;

/** Each conversation keeps its own draft, so that nothing typed for one buyer is sent to another. */
export function keepDraft(leftId, openedId) {
  if (leftId !== null && leftId !== undefined) {
    drafts.set(leftId, field.value);
  }
  field.value = drafts.get(openedId) || '';
  drafts.delete(openedId);
}

// ---- sending ----

/** Sends a text as the agent's reply, like pressing Enter, without touching the draft (the 核实 message). */
export function send(content) {
  const item = renderMessage({
    direction: 'OUT', kind: 'TEXT', agentName: myName, content: content, sentAt: new Date().toISOString(), seq: 0
  });
  showSending(dom.messages, item, myName + ' ' + t('sending'));
  outbox.send(newClientId(), { conversationId: state.selected.id, content: content, item: item });
}

/** What the outbox sends: over STOMP to /app/agent.send, over HTTP to the conversation's messages. */
export function messageBody(clientId, message) {
  return { conversationId: message.conversationId, clientId: clientId, content: message.content };
}

export async function post(clientId, body) {
  try {
    const stored = await call('POST', '/agent/conversations/' + body.conversationId + '/messages',
      { clientId: clientId, content: body.content });
    addMessage(stored);
    settle(clientId);
  } catch (error) {
    if (error.status === 429) {
      outbox.retryLater(clientId, 1100);
    } else if (error.status >= 400 && error.status < 500) {
      fail(clientId, error.message);
    } else {
      outbox.retryLater(clientId, POLL_MILLIS);
    }
  }
}

export function settle(clientId) {
  outbox.settle(clientId);
}

function fail(clientId, detail) {
  const message = outbox.fail(clientId, myName + ' ' + t('failed', detail || ''));
  if (message) {
    message.item.classList.remove('msg-pending');
  }
}

export function onSendProblem(error) {
  if (error.code === 'THROTTLED' && error.clientId) {
    outbox.retryLater(error.clientId, 1100);
  } else if (error.clientId && outbox.has(error.clientId)) {
    fail(error.clientId, error.detail);
  } else {
    notice(t('problem', error.detail || error.code));
  }
}

export async function submit() {
  if (expanding) {
    await expanding;
  }
  const content = field.value;
  if (!content.trim() || !state.selected) {
    return;
  }
  if (Array.from(content).length > maxLength) {
    notice(t('tooLong', maxLength));
    return;
  }
  field.value = '';
  send(content);
}

// ---- shortcut codes and scripts ----

/** A shortcut code right before the caret, typed as /code at the start or after a space. */
export function shortcutBeforeCaret() {
  if (field.selectionStart !== field.selectionEnd) {
    return null;
  }
  const before = field.value.slice(0, field.selectionStart);
  const match = /(^|\s)\/([^\s/]{1,20})$/.exec(before);
  return match ? { code: match[2], start: before.length - match[2].length - 1, end: before.length } : null;
}

export function expand(shortcut, key) {
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
export async function useScript(scriptId) {
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

export function scheduleSuggestions() {
  clearTimeout(suggestTimer);
  suggestTimer = setTimeout(loadSuggestions, 150);
}

async function loadSuggestions() {
  const target = state.selected;
  if (!target) {
    return;
  }
  let last = null;
  target.arrivals.seen.forEach((m) => {
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
    if (state.selected !== target) {
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
