/*
 * The agent workbench (接待工作台). Protocols: docs/chat.md (conversations, STOMP), docs/scripts.md (scripts,
 * shortcut codes, suggestions), docs/orders.md (the buyer's orders, remarks). This module wires the page's parts
 * together and starts them; each part is a module under workbench/:
 * - conversations.js: the lists on the left, the wait timers, presence and load;
 * - messages.js: the conversation in the centre and what the agent may do to it (transfer.js: its dialog);
 * - composer.js: the reply box, sending, shortcut codes and suggested replies;
 * - orders.js: the buyer panel, orders and remarks; scripts.js: the script panel; flow.js: the reception flow;
 * - product.js: the product panel, following the chat in the centre on its own;
 * - live.js: STOMP with polling while it is down, and the outbox (shared with the buyer's chat, under live/).
 * Every text from a buyer, an agent or a script is put on the page with textContent, never as markup.
 */
import { $, call, dom, field, notice, root, shopId, state, t } from './workbench/page.js';
import { accept, changePresence, refreshAll, showList, slowAfter, tick } from './workbench/conversations.js';
import { act, openConversation } from './workbench/messages.js';
import { expand, shortcutBeforeCaret, submit } from './workbench/composer.js';
import { lookUpOrder, onKindChange, onOrderChange, saveRemark, showPreview } from './workbench/orders.js';
import { loadScripts, searchScripts } from './workbench/scripts.js';
import { correctFlow, sendVerification } from './workbench/flow.js';
import { openTransfer, submitTransfer } from './workbench/transfer.js';
import { connect } from './workbench/live.js';
import './workbench/product.js';

if (root) {
  wire();
  start();
}

function wire() {
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
  dom.accept.addEventListener('click', () => accept(state.selected.id));
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
  dom.remark.elements.orderId.addEventListener('change', onOrderChange);
  dom.remark.elements.request.addEventListener('input', showPreview);
  dom.remark.querySelectorAll('input[name=flag]').forEach((flag) => flag.addEventListener('change', showPreview));
  $('wb-order-lookup').addEventListener('submit', lookUpOrder);
  $('wb-verify-send').addEventListener('click', sendVerification);
  dom.scriptSearch.addEventListener('input', searchScripts);
  dom.flowCorrect.addEventListener('change', correctFlow);
}

function start() {
  setInterval(tick, 1000);
  call('GET', '/shops/' + shopId + '/settings/figures').then((settings) => {
    slowAfter(settings.slowThresholdSeconds);
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
}
