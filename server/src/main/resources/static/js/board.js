// The coordination board reloads its hit list when the server says a hit was raised (no page reload).
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
});
