// Draws the dashboard's charts from the data the page carries; labels come from the page too,
// so that the charts speak the page's language. Offers the wide table's column chooser.
document.addEventListener('DOMContentLoaded', () => {
  chooseColumns();
  if (typeof echarts === 'undefined') {
    return;
  }
  const draw = (box, option) => {
    const chart = echarts.init(box);
    chart.setOption(Object.assign({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 64, right: 56, top: 40, bottom: 32 },
    }, option));
    window.addEventListener('resize', () => chart.resize());
  };
  // a dashed line at the target, when the supervisor set one
  const targetLine = (label, value) => (value === null || value === undefined) ? undefined : {
    symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#b91c1c' },
    label: { formatter: label, position: 'insideEndTop', color: '#b91c1c' },
    data: [{ yAxis: value }],
  };
  const conversion = document.getElementById('conversion-chart');
  if (conversion) {
    const trend = JSON.parse(conversion.dataset.trend);
    const set = conversion.dataset;
    draw(conversion, {
      xAxis: { type: 'category', data: trend.days },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', axisLabel: { formatter: '{value}%' } }],
      series: [
        { name: set.labelReceptions, type: 'bar', data: trend.receptions, itemStyle: { color: '#bfdbfe' } },
        { name: set.labelConversion + ' (%)', type: 'line', yAxisIndex: 1, data: trend.conversion, connectNulls: true,
          itemStyle: { color: '#f97316' }, markLine: targetLine(set.labelTarget, trend.conversionTarget) },
      ],
    });
  }
  const response = document.getElementById('response-chart');
  if (response) {
    const trend = JSON.parse(response.dataset.trend);
    const set = response.dataset;
    // 65 → 1分05秒, as the tables write it
    const duration = (value) => {
      if (value === null || value === undefined) {
        return '—';
      }
      const whole = Math.round(value);
      return whole < 60 ? (Math.round(value * 10) / 10) + set.unitSecond
        : Math.floor(whole / 60) + set.unitMinute + String(whole % 60).padStart(2, '0') + set.unitSecond;
    };
    draw(response, {
      tooltip: { trigger: 'axis', valueFormatter: duration },
      xAxis: { type: 'category', data: trend.days },
      yAxis: { type: 'value', axisLabel: { formatter: duration } },
      series: [{ name: set.labelResponse, type: 'line', data: trend.avgResponse, connectNulls: true,
        itemStyle: { color: '#0ea5e9' }, markLine: targetLine(set.labelTarget, trend.responseTarget) }],
    });
  }
  const sales = document.getElementById('sales-chart');
  if (sales) {
    const trend = JSON.parse(sales.dataset.trend);
    const set = sales.dataset;
    const series = [{ name: set.labelSales, type: 'bar', data: trend.sales, itemStyle: { color: '#86efac' } }];
    if (trend.salesTarget.length > 0) {
      series.push({ name: set.labelTarget, type: 'line', step: 'middle', data: trend.salesTarget, symbol: 'none',
        lineStyle: { type: 'dashed', color: '#b91c1c' }, itemStyle: { color: '#b91c1c' } });
    }
    draw(sales, { xAxis: { type: 'category', data: trend.days }, yAxis: { type: 'value' }, series });
  }
  const hours = document.getElementById('hours-chart');
  if (hours) {
    const trend = JSON.parse(hours.dataset.trend);
    draw(hours, {
      legend: { show: false },
      grid: { left: 40, right: 16, top: 16, bottom: 32 },
      xAxis: { type: 'category', data: trend.hours.map((_, hour) => String(hour).padStart(2, '0')) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: hours.dataset.labelReceptions, type: 'bar', data: trend.hours, itemStyle: { color: '#60a5fa' } }],
    });
  }
});

// The wide table's column chooser: one checkbox a column (the first, which names the row, stays);
// the columns hidden are remembered in localStorage under the table's data-columns.
function chooseColumns() {
  document.querySelectorAll('.column-chooser-list').forEach((list) => {
    const table = document.getElementById(list.dataset.for);
    if (!table) {
      return;
    }
    const key = 'kefu.columns.' + table.dataset.columns;
    const heads = Array.from(table.querySelectorAll('thead th'));
    let hidden = [];
    try {
      hidden = JSON.parse(localStorage.getItem(key) || '[]');
    } catch (e) {
      hidden = [];
    }
    const apply = () => {
      heads.forEach((head, index) => {
        const hide = hidden.includes(head.dataset.col);
        table.querySelectorAll('tr').forEach((row) => {
          const cell = row.children[index];
          if (cell) {
            cell.hidden = hide;
          }
        });
      });
    };
    const boxes = [];
    heads.slice(1).forEach((head) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = head.dataset.col;
      box.checked = !hidden.includes(head.dataset.col);
      box.addEventListener('change', () => {
        hidden = boxes.filter((each) => !each.checked).map((each) => each.value);
        localStorage.setItem(key, JSON.stringify(hidden));
        apply();
      });
      boxes.push(box);
      label.append(box, ' ', head.querySelector('span') ? head.querySelector('span').textContent : head.textContent.trim());
      list.append(label);
    });
    const all = document.createElement('button');
    all.type = 'button';
    all.className = 'link-button';
    all.textContent = list.dataset.all;
    all.addEventListener('click', () => {
      boxes.forEach((box) => { box.checked = true; });
      hidden = [];
      localStorage.removeItem(key);
      apply();
    });
    list.append(all);
    list.closest('details').hidden = false;
    apply();
  });
}
