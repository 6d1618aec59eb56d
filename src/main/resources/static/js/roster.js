// The roster page: 排班 starts a background solve and the page follows its score until it ends; a supervisor clicks a
// cell to set it by hand (pinned unless unticked); 发布 publishes. Every step goes through the same API as scripts.
(() => {
  const page = document.querySelector('main.roster');
  if (!page) return;
  const api = page.dataset.api;
  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content;
  const error = document.getElementById('roster-error');

  async function call(method, path, body) {
    const headers = {'Accept': 'application/json'};
    const token = meta('_csrf');
    if (token) headers[meta('_csrf_header')] = token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(api + path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
    if (!response.ok) {
      let detail = response.statusText;
      try { detail = (await response.json()).detail || detail; } catch { /* not JSON */ }
      error.textContent = detail;
      error.hidden = false;
      throw new Error(detail);
    }
    return response.status === 204 ? null : response.json();
  }

  const bar = document.getElementById('solve-bar');
  const best = document.getElementById('best-score');

  // the solver's "0hard/-3medium/-120soft" in the page's words: rules broken, half hours short, fairness
  function readable(score) {
    const parts = /^(-?\d+)hard\/(-?\d+)medium\/(-?\d+)soft$/.exec(score);
    if (!parts || !best.dataset.format) return score;
    return best.dataset.format.replace('{0}', -parts[1]).replace('{1}', -parts[2]).replace('{2}', parts[3]);
  }

  function follow() {
    const progress = document.getElementById('solve-progress');
    if (progress) progress.hidden = false;
    const timer = setInterval(async () => {
      let roster;
      try { roster = await call('GET', ''); } catch { clearInterval(timer); return; }
      if (roster.status !== 'SOLVING') { clearInterval(timer); location.reload(); return; }
      const since = Date.parse(roster.solving.since), until = Date.parse(roster.solving.until);
      if (bar) bar.value = Math.min(100, Math.max(0, (Date.now() - since) * 100 / (until - since)));
      if (best && roster.solving.bestScore) best.textContent = readable(roster.solving.bestScore);
    }, 1000);
  }

  document.getElementById('solve-form')?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const seconds = Number(event.target.seconds.value);
    document.getElementById('solve').disabled = true;
    try {
      await call('POST', '/solve', {seconds});
      document.getElementById('stop').hidden = false;
      follow();
    } catch { document.getElementById('solve').disabled = false; }
  });
  document.getElementById('stop')?.addEventListener('click', () => call('DELETE', '/solve'));
  document.getElementById('publish')?.addEventListener('click', async (event) => {
    const warning = event.target.dataset.confirm;
    if (warning && !confirm(warning)) return;
    await call('POST', '/publish');
    location.reload();
  });
  if (page.dataset.status === 'SOLVING') follow();

  const dialog = document.getElementById('cell-dialog');
  let chosen = null;
  for (const button of page.querySelectorAll('.roster-grid.editable td.cell button')) {
    button.addEventListener('click', () => {
      chosen = button.parentElement;
      document.getElementById('cell-dialog-title').textContent = button.getAttribute('aria-label');
      dialog.showModal();
    });
  }
  for (const choice of dialog?.querySelectorAll('.choice') || []) {
    choice.addEventListener('click', async () => {
      const pinned = document.getElementById('cell-pinned').checked;
      dialog.close();
      await call('PUT', '/assignments', [{agent: chosen.dataset.agent, date: chosen.dataset.date,
        shift: choice.dataset.shift || null, pinned}]);
      location.reload();
    });
  }
})();
