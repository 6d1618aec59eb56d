/**
 * The product panel (商品, docs/shop-knowledge.md): the card of the product the buyer asks about — parameters,
 * selling points, stock by SKU, the promotions running now with their script, and the page errors still open —
 * and a small form to report a price or picture error to the supervisor. The product is found in the conversation
 * in the centre (product and order cards, links, ids, titles: /agent/conversations/{id}/products), read again when
 * messages arrive, or searched by name. Every text is put on the page with textContent.
 */
import { $, call, dom, element, money, problem, root, shopId, showFieldErrors, state } from './page.js';

const texts = {};
document.querySelectorAll('#wb-product-texts [data-key]').forEach((span) => {
  texts[span.dataset.key] = span.textContent;
});

function t(key, ...args) {
  return (texts[key] || key).replace(/\{(\d)}/g, (all, n) => (args[n] === undefined ? all : String(args[n])));
}

const panel = {
  search: $('wb-product-search'),
  found: $('wb-product-found'),
  mentioned: $('wb-product-mentioned'),
  chips: $('wb-product-chips'),
  none: $('wb-product-none'),
  card: $('wb-product-card'),
  title: $('wb-product-title'),
  source: $('wb-product-source'),
  price: $('wb-product-price'),
  promotions: $('wb-product-promotions'),
  attributes: $('wb-product-attributes'),
  points: $('wb-product-points'),
  skus: $('wb-product-skus'),
  issues: $('wb-product-issues'),
  report: $('wb-product-report'),
  reported: $('wb-product-reported')
};

/** The conversation whose products were last read, how many messages it showed then, and the card shown. */
const shown = { conversationId: null, messageCount: -1, productId: null, chosen: false };
let readTimer = null;
let searchTimer = null;

if (root && panel.card) {
  new MutationObserver(scheduleRead).observe(dom.messages, { childList: true });
  panel.search.addEventListener('input', search);
  panel.report.addEventListener('submit', report);
}

/** The chat in the centre changed: another conversation, or a message arrived. */
function scheduleRead() {
  clearTimeout(readTimer);
  readTimer = setTimeout(readMentions, 400);
}

async function readMentions() {
  const selected = state.selected;
  if (!selected) {
    return;
  }
  const count = dom.messages.childElementCount;
  if (selected.id === shown.conversationId && count === shown.messageCount) {
    return;
  }
  if (selected.id !== shown.conversationId) {
    shown.chosen = false;
  }
  shown.conversationId = selected.id;
  shown.messageCount = count;
  try {
    const mentioned = await call('GET', '/agent/conversations/' + selected.id + '/products');
    if (state.selected !== selected) {
      return;
    }
    showMentioned(mentioned);
    if (mentioned.length > 0 && !shown.chosen) {
      await showCard(mentioned[0].productId, mentioned[0].source);
    } else if (mentioned.length === 0 && !shown.chosen) {
      hideCard();
    }
  } catch (error) {
    // the next message asks again
  }
}

function showMentioned(mentioned) {
  panel.mentioned.hidden = mentioned.length === 0;
  panel.chips.replaceChildren(...mentioned.map((m) => {
    const chip = element('button', 'wb-chip', m.title);
    chip.type = 'button';
    chip.title = t('source.' + m.source);
    chip.addEventListener('click', () => {
      shown.chosen = true;
      showCard(m.productId, m.source);
    });
    return chip;
  }));
}

function hideCard() {
  shown.productId = null;
  panel.card.hidden = true;
  panel.none.hidden = false;
}

export async function showCard(productId, source) {
  try {
    const card = await call('GET', '/shops/' + shopId + '/products/' + productId + '/card');
    shown.productId = card.id;
    render(card, source);
  } catch (error) {
    problem(error);
  }
}

function render(card, source) {
  panel.none.hidden = true;
  panel.card.hidden = false;
  panel.card.dataset.productId = card.id;
  panel.title.textContent = card.title;
  panel.source.textContent = t('source.' + source);
  const price = [t('price', money(card.lowestPrice)), t('stockTotal', card.totalStock)];
  panel.price.replaceChildren(element('span', null, price.join(' · ')));
  if (card.totalStock === 0) {
    panel.price.append(' ', element('span', 'badge badge-danger', t('outOfStock')));
  }
  if (!card.listed) {
    panel.price.append(' ', element('span', 'badge badge-muted', t('unlisted')));
  }
  panel.promotions.replaceChildren(...(card.promotions.length === 0
    ? [element('p', 'hint', t('noPromotion'))]
    : card.promotions.map(promotionItem)));
  panel.attributes.replaceChildren(...card.attributes.flatMap((a) => [element('dt', null, a.name),
    element('dd', null, a.value)]));
  panel.points.replaceChildren(...card.sellingPoints.map((point) => element('li', 'chip', point)));
  panel.skus.replaceChildren(...card.skus.map((sku) => {
    const row = element('tr', sku.stock === 0 ? 'wb-sku-out' : null);
    row.append(element('td', null, sku.spec), element('td', 'num', '¥' + money(sku.price)),
      element('td', 'num', String(sku.stock)));
    return row;
  }));
  showIssues(card.openIssues);
}

function promotionItem(p) {
  const item = element('div', 'wb-promotion');
  item.append(element('strong', null, t('promotion', p.name, p.startDate, p.endDate)));
  if (p.rules) {
    item.append(element('p', 'wb-promotion-text', p.rules));
  }
  if (p.script) {
    item.append(element('p', 'wb-promotion-text', t('promotionScript') + ': ' + p.script));
  }
  if (p.autoReply) {
    item.append(element('p', 'wb-promotion-text muted', t('promotionAutoReply') + ': ' + p.autoReply));
  }
  return item;
}

function showIssues(issues) {
  if (issues.length === 0) {
    panel.issues.replaceChildren(element('li', 'hint', panel.issues.dataset.empty));
    return;
  }
  panel.issues.replaceChildren(...issues.map((issue) => {
    const item = element('li', 'wb-product-issue');
    item.dataset.issueId = issue.id;
    item.append(element('span', 'badge badge-warn', t('kind.' + issue.kind)), ' ',
      element('span', null, issue.note), ' ', element('span', 'muted', issue.reporter));
    return item;
  }));
}

function search() {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(async () => {
    const q = panel.search.value.trim();
    if (!q) {
      panel.found.hidden = true;
      return;
    }
    try {
      const found = await call('GET', '/shops/' + shopId + '/products/search?q=' + encodeURIComponent(q));
      if (panel.search.value.trim() !== q) {
        return;
      }
      panel.found.hidden = false;
      panel.found.replaceChildren(...(found.length === 0 ? [element('li', 'hint', t('notFound'))]
        : found.map((p) => {
          const item = element('li');
          const open = element('button', 'wb-product-hit', p.title);
          open.type = 'button';
          open.addEventListener('click', () => {
            shown.chosen = true;
            panel.found.hidden = true;
            showCard(p.id, 'SEARCH');
          });
          item.append(open);
          return item;
        })));
    } catch (error) {
      problem(error);
    }
  }, 250);
}

async function report(event) {
  event.preventDefault();
  const form = panel.report;
  panel.reported.textContent = '';
  showFieldErrors(form, []);
  try {
    await call('POST', '/shops/' + shopId + '/product-issues', {
      productId: shown.productId,
      kind: form.elements.kind.value,
      note: form.elements.note.value
    });
    form.elements.note.value = '';
    panel.reported.textContent = t('reported');
    const card = await call('GET', '/shops/' + shopId + '/products/' + shown.productId + '/card');
    showIssues(card.openIssues);
  } catch (error) {
    if (error.status === 400 && error.problem && error.problem.errors) {
      showFieldErrors(form, error.problem.errors);
    } else {
      problem(error);
    }
  }
}
