/**
 * The reception flow tracker: the steps the conversation reached, the next one with its hint, the agent's
 * correction of the current step, and the 核实 step's one-click message that reads the order back to the buyer
 * (receiver, address, colour/size; docs/orders.md).
 */
import { $, call, dom, element, me, problem, root, state, t } from './page.js';
import { send } from './composer.js';

let flowTimer = null;

export function scheduleFlow() {
  clearTimeout(flowTimer);
  flowTimer = setTimeout(loadFlow, 600);
}

export async function loadFlow() {
  const target = state.selected;
  if (!target || !target.summary) {
    return;
  }
  try {
    const flow = await call('GET', '/agent/conversations/' + target.id + '/flow');
    if (state.selected === target) {
      showFlow(flow);
    }
  } catch (error) {
    if (state.selected === target) {
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

export async function correctFlow() {
  const step = dom.flowCorrect.value;
  const target = state.selected;
  if (!step || !target) {
    return;
  }
  try {
    const flow = await call('PUT', '/agent/conversations/' + target.id + '/flow', { step: step });
    if (state.selected === target) {
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

// ---- 核实: 确认收货信息 ----

/** The buyer's orders to choose from; the one chosen before stays chosen. */
export function fillVerify(orders) {
  const select = $('wb-verify-order');
  const chosen = select.value;
  select.replaceChildren(...orders.map((order) => {
    const option = element('option', null, order.orderNo + ' · ' + t('orderStatus.' + order.status));
    option.value = order.id;
    return option;
  }));
  if (orders.some((order) => String(order.id) === chosen)) {
    select.value = chosen;
  }
  select.hidden = orders.length === 0;
  $('wb-verify-none').hidden = orders.length > 0;
  $('wb-verify-send').hidden = orders.length === 0;
  const s = state.selected && state.selected.summary;
  $('wb-verify-send').disabled = !s || s.agentId !== me || s.status === 'CLOSED';
  $('wb-verify-sent').hidden = true;
}

export function showVerifyFor(orderId) {
  $('wb-verify-order').value = String(orderId);
}

/** Reads the order back to the buyer in one click: the message is built by the server from the order. */
export async function sendVerification() {
  const target = state.selected;
  const orderId = $('wb-verify-order').value;
  if (!target || !orderId) {
    return;
  }
  try {
    const verification = await call('GET', '/agent/conversations/' + target.id + '/orders/' + orderId + '/verification');
    if (state.selected !== target) {
      return;
    }
    send(verification.text);
    const sent = $('wb-verify-sent');
    sent.textContent = t('verify.sent') + ' · ' + verification.orderNo;
    sent.hidden = false;
  } catch (error) {
    problem(error);
  }
}
