/**
 * The reception flow tracker: the steps the conversation reached, the next one with its hint, and the agent's
 * correction of the current step.
 */
import { $, call, dom, problem, root, state, t } from './page.js';

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
