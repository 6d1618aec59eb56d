/**
 * The script panel (docs/scripts.md): the shop's script groups, or what a search finds; a click puts the agent's
 * next variant of a script into the reply box.
 */
import { call, dom, element, button, problem, shopId, t } from './page.js';
import { useScript } from './composer.js';

let scriptGroups = [];
let searchTimer = null;

export async function loadScripts() {
  try {
    scriptGroups = await call('GET', '/shops/' + shopId + '/script-groups');
    if (!dom.scriptSearch.value.trim()) {
      renderGroups();
    }
  } catch (error) {
    // the panel stays empty; search still asks
  }
}

function renderGroups() {
  dom.scripts.replaceChildren(...scriptGroups.filter((g) => g.scripts.length > 0).map((group, index) => {
    const details = element('details', 'wb-script-group');
    details.open = index === 0;
    details.append(element('summary', null, group.name + ' (' + group.scripts.length + ')'));
    const list = element('ul', 'wb-script-list');
    group.scripts.forEach((script) => list.append(scriptItem(script)));
    details.append(list);
    return details;
  }));
}

function scriptItem(script) {
  const item = element('li');
  const entry = button('wb-script', undefined, () => useScript(script.id));
  entry.dataset.scriptId = script.id;
  entry.title = t('insert');
  const head = element('span', 'wb-script-head');
  if (script.code) {
    head.append(element('span', 'wb-script-code', '/' + script.code));
  }
  if (script.title) {
    head.append(element('span', 'wb-script-title', script.title));
  }
  if (script.variants.length > 1) {
    head.append(element('span', 'badge', t('variants', script.variants.length)));
  }
  entry.append(head, element('span', 'wb-script-text', script.variants[0]));
  item.append(entry);
  return item;
}

export function searchScripts() {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(async () => {
    const q = dom.scriptSearch.value.trim();
    if (!q) {
      renderGroups();
      return;
    }
    try {
      const found = await call('GET', '/shops/' + shopId + '/scripts/search?q=' + encodeURIComponent(q));
      if (dom.scriptSearch.value.trim() === q) {
        const list = element('ul', 'wb-script-list');
        found.forEach((script) => list.append(scriptItem(script)));
        dom.scripts.replaceChildren(...(found.length > 0 ? [list] : []));
      }
    } catch (error) {
      problem(error);
    }
  }, 250);
}
