/**
 * The buyer panel on the right (docs/orders.md): the buyer's orders (their own and those linked to them) with
 * remarks, change requests and their outcome, the receiver masked; finding an order by its number or the phone's
 * last 4 digits and linking it; their earlier conversations, whether they are a returning buyer, and the form that
 * writes a remark (a change request for the order clerk) on one of their orders in the house form.
 */
import { $, button, call, dateTime, dom, element, money, myName, notice, root, shopId, showFieldErrors, state, t }
  from './page.js';
import { openConversation } from './messages.js';
import { statusName } from './conversations.js';
import { fillVerify, showVerifyFor } from './flow.js';

const REFRESH_MILLIS = 20000;

let buyerOrders = [];
let lastWording = '';
/** Each request's status as last shown, so that a clerk's outcome arriving later is announced. */
const requestStatuses = new Map();
let refreshTimer = null;

/** The orders of the buyer on screen, for the verification step. */
export function currentOrders() {
  return buyerOrders;
}

export async function loadBuyer() {
  const target = state.selected;
  const s = target.summary;
  root.querySelectorAll('.wb-no-buyer').forEach((hint) => {
    hint.hidden = true;
  });
  root.querySelector('.wb-buyer').hidden = false;
  dom.remark.hidden = false;
  dom.flow.hidden = false;
  dom.buyerNick.textContent = s.buyerNick;
  showCustomer(s.buyerId);
  loadShiftNotes(target);
  const base = '/shops/' + shopId + '/buyers/' + s.buyerId;
  $('wb-order-found').replaceChildren();
  $('wb-order-found').hidden = true;
  $('wb-lookup-result').hidden = true;
  const [orders, history] = await Promise.all([
    call('GET', '/agent/conversations/' + target.id + '/orders?limit=20').catch(() => []),
    call('GET', base + '/conversations').catch(() => [])
  ]);
  if (state.selected !== target) {
    return;
  }
  showOrders(orders, false);
  scheduleRefresh(target);
  // the one tag Kefu can tell yet: a buyer who ordered or chatted before is a returning buyer (回头客)
  const returning = orders.length > 0 || history.some((c) => c.id !== s.id);
  const tag = $('wb-buyer-tag');
  tag.textContent = t(returning ? 'returning' : 'newBuyer');
  tag.className = 'badge ' + (returning ? 'badge-ok' : 'badge-muted');
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
}

/** The orders in the panel, the remark form's and the verification step's choices; outcomes that changed. */
function showOrders(orders, announce) {
  buyerOrders = orders;
  orders.forEach((order) => order.requests.forEach((request) => {
    const before = requestStatuses.get(request.id);
    if (announce && before && before !== request.status) {
      notice(t('request.outcome', order.orderNo, t('kind.' + request.kind), t('request.' + request.status)),
        request.status === 'DONE');
    }
    requestStatuses.set(request.id, request.status);
  }));
  dom.orders.replaceChildren(...orders.map((order) => orderItem(order, false)));
  $('wb-lookup-hint').hidden = orders.length > 0;
  fillOrderPicker();
  fillVerify(orders);
}

/** While a conversation is open its orders are read again now and then: the clerk's outcome shows without a click. */
function scheduleRefresh(target) {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(async () => {
    if (state.selected !== target || document.hidden) {
      if (state.selected === target) {
        scheduleRefresh(target);
      }
      return;
    }
    try {
      const orders = await call('GET', '/agent/conversations/' + target.id + '/orders?limit=20');
      if (state.selected === target) {
        showOrders(orders, true);
      }
    } catch (error) {
      // the next round asks again
    }
    if (state.selected === target) {
      scheduleRefresh(target);
    }
  }, REFRESH_MILLIS);
}

/** 找订单: an order number, or the last 4 digits of the receiver's phone. */
export async function lookUpOrder(event) {
  event.preventDefault();
  const target = state.selected;
  const query = $('wb-order-lookup').elements.q.value.trim();
  const result = $('wb-lookup-result');
  const found = $('wb-order-found');
  if (!target || !query) {
    return;
  }
  if (!/^[0-9A-Za-z_-]{1,64}$/.test(query)) {
    result.textContent = t('lookup.bad');
    result.hidden = false;
    return;
  }
  const param = /^[0-9]{4}$/.test(query) ? 'phoneLast4=' : 'orderNo=';
  try {
    const orders = await call('GET', '/agent/conversations/' + target.id + '/orders?' + param + encodeURIComponent(query));
    if (state.selected !== target) {
      return;
    }
    result.textContent = orders.length === 0 ? t('lookup.none') : '';
    result.hidden = orders.length > 0;
    found.replaceChildren(...orders.map((order) => orderItem(order, true, param + encodeURIComponent(query))));
    found.hidden = orders.length === 0;
  } catch (error) {
    result.textContent = (error.problem && error.problem.errors && error.problem.errors[0].reason) || error.message;
    result.hidden = false;
  }
}

/** Links an order found by what the buyer gave (foundBy: 'orderNo=…' or 'phoneLast4=…'), which the server checks. */
async function link(order, foundBy) {
  const target = state.selected;
  try {
    await call('POST', '/agent/conversations/' + target.id + '/orders/' + order.id + '/link?' + foundBy);
    $('wb-order-found').replaceChildren();
    $('wb-order-found').hidden = true;
    $('wb-order-lookup').elements.q.value = '';
    loadBuyer();
  } catch (error) {
    notice(t('problem', error.message));
  }
}

/** 备注/改单 on an order: the remark form with that order chosen. */
function remarkOn(order) {
  dom.remark.elements.orderId.value = String(order.id);
  showSide('remark');
  onOrderChange();
  dom.remark.elements.request.focus();
}

function showSide(name) {
  const tab = root.querySelector('.wb-side .wb-tab[data-side="' + name + '"]');
  if (tab) {
    tab.click();
  }
}

/**
 * 交接: the notes on this buyer that agents leaving a shift wrote, open first, each marked taken care of in one
 * click, and the form that writes one about the conversation on screen (docs/archive.md).
 */
async function loadShiftNotes(target) {
  const list = $('wb-shift-notes');
  const notes = await call('GET', '/shops/' + shopId + '/shift-notes?buyerId=' + target.summary.buyerId).catch(() => []);
  if (state.selected !== target) {
    return;
  }
  list.replaceChildren(...notes.map((n) => {
    const item = element('li', n.doneAt ? 'muted' : null);
    item.append(element('span', null, n.note),
      element('span', 'muted', ' ' + t('shift.by', n.author || '-', dateTime(n.writtenAt))));
    if (!n.doneAt) {
      item.append(button('button', t('shift.done'), async () => {
        await call('POST', '/shops/' + shopId + '/shift-notes/' + n.id + '/done').catch(() => null);
        loadShiftNotes(target);
      }));
    }
    return item;
  }));
  const form = $('wb-shift-note');
  form.onsubmit = async (event) => {
    event.preventDefault();
    const text = form.elements.note.value.trim();
    if (!text) {
      return;
    }
    await call('POST', '/shops/' + shopId + '/shift-notes',
      { buyerId: target.summary.buyerId, conversationId: target.summary.id, note: text });
    form.elements.note.value = '';
    loadShiftNotes(target);
  };
}

let groups;

/**
 * The link to the buyer's customer profile, and one click that puts the buyer into a customer group
 * (客户组), when the shop has groups (docs/customers.md).
 */
async function showCustomer(buyerId) {
  $('wb-customer').href = root.dataset.customers + '/' + buyerId;
  $('wb-group-done').textContent = '';
  if (groups === undefined) {
    groups = await call('GET', '/shops/' + shopId + '/customer-groups').catch(() => []);
    $('wb-group').replaceChildren(...groups.map((g) => {
      const option = element('option', null, g.name);
      option.value = g.id;
      return option;
    }));
    $('wb-group-add').addEventListener('click', addToGroup);
  }
  $('wb-group').hidden = groups.length === 0;
  $('wb-group-add').hidden = groups.length === 0;
}

async function addToGroup() {
  const buyerId = state.selected.summary.buyerId;
  try {
    await call('POST', '/shops/' + shopId + '/customer-groups/' + $('wb-group').value + '/members', { buyerIds: [buyerId] });
    $('wb-group-done').textContent = t('crm.added', $('wb-group').selectedOptions[0].textContent);
  } catch (failed) {
    $('wb-group-done').textContent = t('crm.failed');
  }
}

function orderItem(order, found, foundBy) {
  const item = element('li', 'wb-order');
  item.dataset.orderId = order.id;
  const head = element('div', 'wb-order-head');
  head.append(element('span', 'wb-order-no', order.orderNo),
    element('span', 'badge', t('orderStatus.' + order.status)));
  if (order.flag) {
    head.append(element('span', 'flag flag-' + order.flag, t('flag.' + order.flag)));
  }
  if (order.linked) {
    head.append(element('span', 'badge badge-muted', t('linked')));
  }
  item.append(head);
  const items = element('ul', 'wb-order-items');
  order.items.forEach((line) => {
    items.append(element('li', null,
      line.title + (line.skuSpec ? ' · ' + line.skuSpec : '') + ' ×' + line.quantity + ' ¥' + money(line.amount)));
  });
  item.append(items);
  item.append(element('div', 'wb-order-meta', [t('total', money(order.totalAmount)), dateTime(order.createdAt),
    order.paidAt ? t('paidAt', dateTime(order.paidAt)) : null].filter(Boolean).join(' · ')));
  if (order.receiver) {
    const r = order.receiver;
    item.append(element('div', 'wb-order-meta wb-order-receiver',
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
  if (order.requests.length > 0) {
    const requests = element('ul', 'wb-order-requests');
    requests.setAttribute('aria-label', t('requests'));
    order.requests.forEach((request) => requests.append(requestLine(request)));
    item.append(requests);
  }
  const actions = element('div', 'wb-order-actions');
  if (found) {
    if (!order.linked) {
      actions.append(button('button button-primary wb-link', t('link'), () => link(order, foundBy)));
    }
  } else {
    actions.append(button('button wb-order-remark', t('order.remark'), () => remarkOn(order)),
      button('button wb-order-verify', t('order.verify'), () => {
        showVerifyFor(order.id);
        showSide('flow');
      }));
  }
  if (actions.childElementCount > 0) {
    item.append(actions);
  }
  return item;
}

/** A change request and its outcome: with the clerk, done, or refused with the clerk's reason. */
function requestLine(request) {
  const line = element('li', 'wb-request wb-request-' + request.status);
  line.dataset.requestId = request.id;
  line.append(element('span', 'badge' + (request.status === 'DONE' ? ' badge-ok'
    : request.status === 'REFUSED' ? ' badge-warn' : ''), t('kind.' + request.kind) + ' · '
    + t('request.' + request.status)));
  if (request.handledAt) {
    line.append(element('span', 'muted', t('request.by', request.handledByName || '', dateTime(request.handledAt))));
  }
  if (request.refusal) {
    line.append(element('div', 'wb-request-refusal', request.refusal));
  }
  return line;
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
  onOrderChange();
}

/** What the remark will read on the order, in the house form (客服名 要求/承诺 日期), with its flag. */
export function showPreview() {
  const form = dom.remark;
  const request = form.elements.request.value.trim();
  const flag = form.elements.flag.value;
  $('wb-remark-preview').hidden = !request;
  const now = new Date();
  $('wb-remark-preview-text').textContent = myName + ' ' + request + ' '
    + now.getFullYear() + '.' + (now.getMonth() + 1) + '.' + now.getDate();
  const flagMark = $('wb-remark-preview-flag');
  flagMark.className = flag ? 'flag flag-' + flag : 'flag';
  flagMark.textContent = flag ? t('flag.' + flag) : '';
}

/** 不要了 only for an order the clerk can still void: paid and not shipped (docs/orders.md). */
export function onOrderChange() {
  const form = dom.remark;
  const order = buyerOrders.find((o) => String(o.id) === form.elements.orderId.value);
  const warning = $('wb-remark-cancel');
  const refused = form.elements.kind.value === 'CANCEL' && order && order.voidability !== 'VOIDABLE';
  warning.textContent = refused ? t('cannotCancel.' + order.voidability) : '';
  warning.hidden = !refused;
  form.querySelector('button[type=submit]').disabled = Boolean(refused);
}

/** A kind of remark fills in its house wording, unless the agent wrote their own, and its flag. */
export function onKindChange() {
  const form = dom.remark;
  const option = form.elements.kind.selectedOptions[0];
  const request = form.elements.request;
  if (!request.value.trim() || request.value === lastWording) {
    request.value = option.dataset.wording;
    lastWording = request.value;
  }
  form.elements.flag.value = option.dataset.flag;
  onOrderChange();
  showPreview();
}

export async function saveRemark(event) {
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
    showPreview();
    loadBuyer();
  } catch (error) {
    const voidability = error.problem && error.problem.voidability;
    showFieldErrors(form, (error.problem && error.problem.errors)
      || [{ field: 'form', reason: voidability ? t('cannotCancel.' + voidability) : error.message }]);
  }
}
