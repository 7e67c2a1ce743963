// Tangier UI glue: CSRF header on htmx requests, auto-submitting selects (no inline handlers: the CSP forbids them).
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
});
