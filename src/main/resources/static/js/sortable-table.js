// Any page: a table with data-sortable sorts by a header marked data-sort ("number" or "text")
// when it is pressed, and the other way round when pressed again; aria-sort says which. A cell
// sorts by its data-sort-value when it has one (formatted money, a name beside its group), else
// by its text. Numbers start highest first, names in Chinese order (pinyin). Without JavaScript
// the table reads as the server wrote it.
(function () {
  const collator = new Intl.Collator('zh');

  function key(row, column, numeric) {
    const cell = row.cells[column];
    const raw = cell ? (cell.dataset.sortValue ?? cell.textContent.trim()) : '';
    if (!numeric) {
      return raw;
    }
    const value = Number.parseFloat(raw);
    return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
  }

  function sort(table, header, button) {
    const numeric = header.dataset.sort === 'number';
    const first = numeric ? 'descending' : 'ascending';
    const order = header.getAttribute('aria-sort') === first ? (numeric ? 'ascending' : 'descending') : first;
    const sign = order === 'ascending' ? 1 : -1;
    const column = header.cellIndex;
    const body = table.tBodies[0];
    const rows = Array.from(body.rows).map((row, index) => ({ row, index, key: key(row, column, numeric) }));
    rows.sort((a, b) => {
      const by = numeric ? (a.key > b.key) - (a.key < b.key) : collator.compare(a.key, b.key);
      return by === 0 ? a.index - b.index : sign * by;
    });
    rows.forEach(({ row }) => body.appendChild(row));
    for (const other of table.tHead.rows[0].cells) {
      other.removeAttribute('aria-sort');
    }
    header.setAttribute('aria-sort', order);
    button.focus();
  }

  for (const table of document.querySelectorAll('table[data-sortable]')) {
    if (!table.tHead || table.tBodies.length !== 1) {
      continue;
    }
    for (const header of table.tHead.querySelectorAll('th[data-sort]')) {
      // a button inside the header, so that the keyboard reaches it and a screen reader says so
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...header.childNodes);
      header.appendChild(button);
      button.addEventListener('click', () => sort(table, header, button));
    }
  }
})();
