// Notices: show the fields of the chosen type, keep chosen subjects when the search changes, print the sheet.
document.addEventListener('DOMContentLoaded', () => {
  const type = document.querySelector('.notice-form select[name="type"]');
  const showFields = () => {
    document.querySelectorAll('.type-fields').forEach((set) => {
      set.hidden = type && set.dataset.noticeType !== type.value;
    });
  };
  if (type) {
    type.addEventListener('change', showFields);
    showFields();
  }
  const chosen = document.getElementById('chosen-subjects');
  const candidates = document.getElementById('subject-candidates');
  if (chosen && candidates) {
    candidates.addEventListener('change', (event) => {
      const box = event.target;
      if (box.matches('input[name="subjects"]') && box.checked) {
        chosen.appendChild(box.closest('label'));
      }
    });
  }
  const search = document.getElementById('subject-search');
  if (search) {
    search.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
      }
    });
  }
  document.querySelectorAll('[data-print]').forEach((button) => {
    button.addEventListener('click', () => window.print());
  });
});
