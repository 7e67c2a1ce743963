// Draws the hits-by-week bar chart from the figures the server wrote into the page (no request of its own).
document.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('trend-chart');
  if (!el || !window.echarts) {
    return;
  }
  const weeks = el.dataset.weeks ? el.dataset.weeks.split(',') : [];
  const counts = el.dataset.counts ? el.dataset.counts.split(',').map(Number) : [];
  const rtl = el.dataset.rtl === 'true';
  const chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: weeks, inverse: rtl },
    yAxis: { type: 'value', minInterval: 1, position: rtl ? 'right' : 'left' },
    series: [{ name: el.dataset.label, type: 'bar', data: counts }]
  });
  el.dataset.drawn = 'true';
});
