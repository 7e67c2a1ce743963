// Border check: an MRZ pasted or typed by a scanner is recognised by its shape and sent at once.
document.addEventListener('DOMContentLoaded', () => {
  const probe = document.querySelector('textarea.mrz-probe');
  if (!probe) {
    return;
  }
  const shape = /^(?:[A-Z0-9<]{30}\s+[A-Z0-9<]{30}\s+[A-Z0-9<]{30}|[A-Z0-9<]{36}\s+[A-Z0-9<]{36}|[A-Z0-9<]{44}\s+[A-Z0-9<]{44})$/;
  let sent = '';
  const maybeSend = () => {
    const text = probe.value.trim().toUpperCase();
    if (shape.test(text) && text !== sent) {
      sent = text;
      probe.form.requestSubmit();
    }
  };
  probe.addEventListener('input', maybeSend);
  probe.addEventListener('keydown', (event) => {
    // a scanner ends with Enter: send what is there, unless it is the first MRZ line
    if (event.key === 'Enter' && !event.shiftKey && !/[<]/.test(probe.value)) {
      event.preventDefault();
      probe.form.requestSubmit();
    }
  });
  document.body.addEventListener('htmx:afterSwap', () => {
    probe.select();
  });
});
