// Draws the crime dashboard's charts from the figures the server wrote into the page (no request of its own).
document.addEventListener('DOMContentLoaded', () => {
  const source = document.getElementById('dashboard-data');
  if (!source || !window.echarts) {
    return;
  }
  const data = JSON.parse(source.textContent);
  const rtl = source.dataset.rtl === 'true';
  const labels = data.labels;

  const dayEl = document.getElementById('dash-days');
  const days = Array.from(new Set(Object.values(data.byDay).flatMap(m => Object.keys(m)))).sort();
  const daySeries = Object.entries(data.byDay).map(([kind, counts]) => ({
    name: labels[kind], type: 'line', data: days.map(d => counts[d] || null)
  }));
  const dayChart = echarts.init(dayEl, null, { renderer: 'svg' });
  dayChart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: days, inverse: rtl },
    yAxis: { type: 'log', min: 1, position: rtl ? 'right' : 'left' },
    series: daySeries
  });
  dayEl.dataset.drawn = 'true';

  const areaEl = document.getElementById('dash-areas');
  const areas = Array.from(new Set(Object.values(data.byCrimeArea).flatMap(m => Object.keys(m))));
  const areaSeries = Object.entries(data.byCrimeArea).map(([kind, counts]) => ({
    name: labels[kind], type: 'bar', stack: 'all', data: areas.map(a => counts[a] || 0)
  }));
  const areaChart = echarts.init(areaEl, null, { renderer: 'svg' });
  areaChart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { containLabel: true },
    xAxis: { type: 'value', minInterval: 1, inverse: rtl },
    yAxis: { type: 'category', data: areas, position: rtl ? 'right' : 'left' },
    series: areaSeries
  });
  areaEl.dataset.drawn = 'true';
});
