// The coordination board reloads its hit list when the server says a hit was raised, and its early warnings when the
// sweep raised one for the board's agency (no page reload).
document.addEventListener('DOMContentLoaded', () => {
  const board = document.getElementById('board');
  if (!board || !window.EventSource) {
    return;
  }
  const source = new EventSource(board.dataset.stream);
  source.addEventListener('hit', () => {
    if (window.htmx) {
      htmx.ajax('GET', board.dataset.refresh, {target: '#board-hits', swap: 'outerHTML'});
    }
  });
  source.addEventListener('warning', () => {
    if (window.htmx) {
      htmx.ajax('GET', board.dataset.warnings, {target: '#board-warnings', swap: 'outerHTML'});
    }
  });
});

// Deadlines as countdowns ("in 12 minutes", "5 minutes ago"), in the page's language, kept current each half minute.
document.addEventListener('DOMContentLoaded', () => {
  const lang = document.documentElement.lang || 'en';
  const relative = window.Intl && Intl.RelativeTimeFormat ? new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }) : null;
  const tick = () => {
    if (!relative) {
      return;
    }
    document.querySelectorAll('time[data-countdown]').forEach((t) => {
      const minutes = Math.round((Date.parse(t.getAttribute('datetime')) - Date.now()) / 60000);
      t.textContent = Math.abs(minutes) < 120 ? relative.format(minutes, 'minute') : relative.format(Math.round(minutes / 60), 'hour');
      t.classList.toggle('danger', minutes < 0);
    });
  };
  tick();
  setInterval(tick, 30000);
  document.body.addEventListener('htmx:afterSwap', tick);
});
