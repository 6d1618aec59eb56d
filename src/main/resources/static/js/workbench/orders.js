/**
 * The buyer panel on the right (docs/orders.md): the buyer's orders with their remarks, their earlier
 * conversations, whether they are a returning buyer, and the form that writes a remark on one of their orders.
 */
import { $, button, call, dateTime, dom, element, money, root, shopId, showFieldErrors, state, t } from './page.js';
import { openConversation } from './messages.js';
import { statusName } from './conversations.js';

let buyerOrders = [];
let lastWording = '';

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
  const [orders, history] = await Promise.all([
    call('GET', base + '/orders?limit=20').catch(() => []),
    call('GET', base + '/conversations').catch(() => [])
  ]);
  if (state.selected !== target) {
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
    loadBuyer();
  } catch (error) {
    showFieldErrors(form, (error.problem && error.problem.errors) || [{ field: 'form', reason: error.message }]);
  }
}
