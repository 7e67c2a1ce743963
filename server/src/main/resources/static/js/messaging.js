// Live urgent and flash messages: listens on /messages/stream and shows a link to each new one (no page reload).
document.addEventListener('DOMContentLoaded', () => {
  const box = document.getElementById('live-messages');
  if (!box || !window.EventSource) {
    return;
  }
  const source = new EventSource(box.dataset.stream);
  source.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    const line = document.createElement('p');
    line.className = 'alert warn live-' + message.priority;
    line.dataset.message = message.id;
    const link = document.createElement('a');
    link.href = box.dataset.threadBase + message.threadId + '#m-' + message.id;
    link.textContent = box.dataset.label + ' ' + message.priority.toUpperCase() + ' · ' + message.sender;
    line.appendChild(link);
    box.prepend(line);
  });
});
