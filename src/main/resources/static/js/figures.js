// Draws the dashboard's charts from the data the page carries; labels come from the page too,
// so that the charts speak the page's language.
document.addEventListener('DOMContentLoaded', () => {
  if (typeof echarts === 'undefined') {
    return;
  }
  const draw = (box, option) => {
    const chart = echarts.init(box);
    chart.setOption(Object.assign({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 56, right: 56, top: 40, bottom: 32 },
    }, option));
    window.addEventListener('resize', () => chart.resize());
  };
  const twoAxes = (box, trend, left, right) => draw(box, {
    xAxis: { type: 'category', data: trend.days },
    yAxis: [{ type: 'value' }, { type: 'value' }],
    series: [
      { name: left.label, type: 'bar', data: left.data, itemStyle: { color: '#93c5fd' } },
      { name: right.label, type: 'line', yAxisIndex: 1, data: right.data, connectNulls: true, itemStyle: { color: '#f97316' } },
    ],
  });
  const receptions = document.getElementById('trend-chart');
  if (receptions) {
    const trend = JSON.parse(receptions.dataset.trend);
    twoAxes(receptions, trend, { label: receptions.dataset.labelReceptions, data: trend.receptions },
      { label: receptions.dataset.labelConversion + ' (%)', data: trend.conversion });
  }
  const sales = document.getElementById('sales-chart');
  if (sales) {
    const trend = JSON.parse(sales.dataset.trend);
    twoAxes(sales, trend, { label: sales.dataset.labelSales, data: trend.sales },
      { label: sales.dataset.labelResponse, data: trend.avgResponse });
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
