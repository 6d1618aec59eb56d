/**
 * What every part of the workbench shares: the page's elements and data, its words, building elements, the
 * notice line, and calls to the API. The page's state that several parts read, the conversation in the centre,
 * is `state.selected`.
 */
import { requestJson } from '../live/http.js';

export const root = document.getElementById('workbench');
const data = root ? root.dataset : {};
export const shopId = Number(data.shopId);
export const me = Number(data.agentId);
export const myName = data.agentName;
export const supervises = data.supervises === 'true';
/** The agents in training whom the caller mentors (带教): they watch and take over their conversations. */
export const mentees = (data.mentees || '').split(',').filter(Boolean).map(Number);
export const maxLength = Number(data.maxLength);
export const wsPath = data.ws;
export const slowSecondsByDefault = Number(data.slowSeconds) || 100;
const api = data.api;
const csrf = { header: data.csrfHeader, token: data.csrfToken };

export const $ = (id) => document.getElementById(id);
export const dom = {
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
/** The reply box. */
export const field = dom.composer ? dom.composer.elements.content : null;

/** The conversation in the centre: its summary, what arrived of it (Arrivals), and its fetch under way. */
export const state = { selected: null };

const texts = {};
document.querySelectorAll('#wb-texts [data-key]').forEach((span) => {
  texts[span.dataset.key] = span.textContent;
});

/** The page's words; {0}, {1} … are replaced by the arguments. */
export function t(key, ...args) {
  return (texts[key] || key).replace(/\{(\d)}/g, (all, n) => (args[n] === undefined ? all : String(args[n])));
}

export function element(tag, className, text) {
  const made = document.createElement(tag);
  if (className) {
    made.className = className;
  }
  if (text !== undefined && text !== null) {
    made.textContent = text;
  }
  return made;
}

export function button(className, text, onClick) {
  const made = element('button', className, text);
  made.type = 'button';
  made.addEventListener('click', onClick);
  return made;
}

const lang = document.documentElement.lang || undefined;

export function dateTime(iso) {
  const date = new Date(iso);
  return isNaN(date) ? '' : date.toLocaleString(lang, {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false
  });
}

export function money(amount) {
  return Number(amount || 0).toFixed(2);
}

// ---- notices ----

let noticeTimer = null;

export function notice(message, ok) {
  clearTimeout(noticeTimer);
  dom.notice.textContent = message || '';
  dom.notice.hidden = !message;
  dom.notice.classList.toggle('wb-notice-ok', Boolean(ok));
  if (message) {
    noticeTimer = setTimeout(() => notice(''), ok ? 4000 : 8000);
  }
}

export function problem(error) {
  if (error && error.status === 401) {
    notice(t('signedOut'));
    return;
  }
  notice(t('problem', (error && error.message) || ''));
}

/** Shows each error in its form's [data-error] slot; one for no slot goes to the form's own. */
export function showFieldErrors(form, errors) {
  form.querySelectorAll('[data-error]').forEach((slot) => {
    const found = errors.find((e) => e.field === slot.dataset.error)
      || (slot.dataset.error === 'form' ? errors.find((e) => !form.querySelector('[data-error="' + e.field + '"]'))
        : null);
    slot.textContent = found ? found.reason : '';
    slot.hidden = !found;
  });
}

// ---- HTTP ----

/** The server's clock minus ours, so that wait timers count from the server's times. */
export let skew = 0;

export function call(method, path, body) {
  return requestJson(api + path, {
    method: method,
    body: body,
    headers: method !== 'GET' ? { [csrf.header]: csrf.token } : {},
    onResponse: (response) => {
      const serverDate = Date.parse(response.headers.get('Date'));
      if (!isNaN(serverDate)) {
        const measured = serverDate - Date.now();
        skew = Math.abs(measured) > 2000 ? measured : 0;
      }
    }
  });
}
