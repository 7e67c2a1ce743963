// Tangier UI glue: CSRF header on htmx requests, auto-submitting selects, one-time form tokens (no inline handlers:
// the CSP forbids them).
document.addEventListener('DOMContentLoaded', () => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  document.body.addEventListener('htmx:configRequest', (event) => {
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });
  document.querySelectorAll('select.autosubmit').forEach((select) => {
    select.addEventListener('change', () => select.form.submit());
  });
  // A double click or a second Enter must not create two records: each POST form carries a one-time token that the
  // server honours once (FormOnce), and its buttons are disabled once it is sent. htmx forms stay on the page and
  // are left alone. The token comes from getRandomValues, which works on plain http too (randomUUID does not).
  document.querySelectorAll('form[method="post" i]').forEach((form) => {
    if (form.hasAttribute('hx-post') || form.hasAttribute('data-resubmit')) {
      return;
    }
    const once = document.createElement('input');
    once.type = 'hidden';
    once.name = '_once';
    once.value = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    form.appendChild(once);
    form.addEventListener('submit', (event) => {
      if (form.dataset.sent) {
        event.preventDefault();
        return;
      }
      // after the browser has read the pressed button's name and value into the request, and after any other
      // handler had its say (a form sent by script, not by the browser, is not blocked)
      setTimeout(() => {
        if (event.defaultPrevented) {
          return;
        }
        form.dataset.sent = 'true';
        form.querySelectorAll('button[type="submit"], button:not([type]), input[type="submit"]')
          .forEach((b) => { b.disabled = true; b.dataset.onceDisabled = 'true'; });
        // a download, or a page kept by the browser, gives the form back after a while
        setTimeout(() => {
          delete form.dataset.sent;
          form.querySelectorAll('[data-once-disabled]').forEach((b) => { b.disabled = false; });
        }, 8000);
      }, 0);
    });
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
      document.querySelectorAll('form[data-sent]').forEach((form) => {
        delete form.dataset.sent;
        form.querySelectorAll('[data-once-disabled]').forEach((b) => { b.disabled = false; });
      });
    }
  });
});
