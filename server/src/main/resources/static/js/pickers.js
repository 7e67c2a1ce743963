// Pickers: records, notices, operations and agencies are chosen by search and shown by caption and reference, never
// pasted or shown as UUIDs. Each enhances an ordinary field of the form (named by data-into), which keeps working
// without JavaScript and is what the server reads: the pages' controllers do not change. The options come from each
// part's /<part>/options endpoint, under the access rules; texts come from the message bundles via data-text-*.
(() => {
  const SOURCES = {
    record: '/records/options', notice: '/notices/options', operation: '/operations/options', agency: '/agencies/options'
  };

  async function options(kind, params) {
    if (!SOURCES[kind]) {
      return [];
    }
    try {
      const response = await fetch(SOURCES[kind] + '?' + params.toString(), {
        headers: { Accept: 'application/json' }, credentials: 'same-origin'
      });
      if (!response.ok) {
        return [];
      }
      return (await response.json()).map((o) => Object.assign({ kind }, o));
    } catch (e) {
      return [];
    }
  }

  async function byIds(kind, ids) {
    const found = [];
    for (let i = 0; i < ids.length; i += 20) {
      const params = new URLSearchParams();
      ids.slice(i, i + 20).forEach((id) => params.append('id', id));
      found.push(...await options(kind, params));
    }
    return found;
  }

  /** A caption (isolated: Arabic and Latin stay in order) and its reference, linked to its page when it has one. */
  function label(o, link) {
    const holder = document.createElement(link && o.url ? 'a' : 'span');
    if (link && o.url) {
      holder.href = o.url;
    }
    const caption = document.createElement('bdi');
    caption.textContent = o.caption || o.reference || o.id;
    holder.appendChild(caption);
    if (o.reference && o.reference !== o.caption) {
      const ref = document.createElement('small');
      ref.className = 'ref';
      ref.textContent = ' ' + o.reference;
      holder.appendChild(ref);
    }
    return holder;
  }

  function hideField(target, replacementId) {
    target.hidden = true;
    if (target.tagName === 'INPUT') {
      target.type = 'hidden';
    }
    if (target.id) {
      document.querySelectorAll('label[for="' + target.id + '"]').forEach((l) => { l.htmlFor = replacementId; });
    }
  }

  function initPicker(el) {
    const target = document.querySelector(el.dataset.into);
    if (!target) {
      return;
    }
    const kinds = el.dataset.picker.split(',');
    const multiple = el.dataset.multiple === 'true';
    const join = el.dataset.join || ',';
    const prefixed = el.dataset.prefixed === 'true';
    const kindTarget = el.dataset.kindInto ? document.querySelector(el.dataset.kindInto) : null;
    const chosen = [];
    const chips = document.createElement('div');
    chips.className = 'chosen';
    chips.dataset.testid = 'picker-chosen';
    const search = document.createElement('input');
    search.type = 'search';
    search.autocomplete = 'off';
    search.id = (target.id || target.name) + '-picker';
    search.placeholder = el.dataset.textSearch || '';
    search.setAttribute('aria-label', el.dataset.textSearch || '');
    search.dataset.testid = 'picker-search';
    const list = document.createElement('div');
    list.className = 'options';
    list.setAttribute('aria-live', 'polite');
    el.append(chips, search, list);
    hideField(target, search.id);
    if (kindTarget) {
      // a kind the picker cannot search (a hit) is still given by its id, in the field itself
      const follow = () => {
        const searchable = kinds.includes(kindTarget.value);
        el.hidden = !searchable;
        target.type = searchable ? 'hidden' : 'text';
        target.hidden = searchable;
        if (!searchable) {
          chosen.length = 0;
          render();
        }
      };
      kindTarget.addEventListener('change', follow);
      follow();
    }

    function write() {
      target.value = chosen.map((c) => (prefixed ? c.kind + ':' : '') + c.id).join(join);
      if (kindTarget && chosen.length) {
        kindTarget.value = chosen[0].kind;
      }
      target.dispatchEvent(new Event('change', { bubbles: true }));
    }

    function render() {
      chips.replaceChildren(...chosen.map((c, i) => {
        const chip = document.createElement('span');
        chip.className = 'tag chip';
        chip.dataset.id = c.id;
        chip.appendChild(label(c, true));
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'link';
        remove.textContent = '×';
        remove.setAttribute('aria-label', (el.dataset.textRemove || 'remove') + ' ' + (c.caption || c.id));
        remove.addEventListener('click', () => { chosen.splice(i, 1); render(); write(); });
        chip.appendChild(remove);
        return chip;
      }));
    }

    function choose(o) {
      if (!multiple) {
        chosen.length = 0;
      }
      if (!chosen.some((c) => c.kind === o.kind && c.id === o.id)) {
        chosen.push(o);
      }
      render();
      write();
      search.value = '';
      list.replaceChildren();
    }

    let timer;
    async function lookUp() {
      const q = search.value.trim();
      const agencies = kinds.length === 1 && kinds[0] === 'agency';
      if (q.length < (agencies ? 1 : 2)) {
        list.replaceChildren();
        return;
      }
      const found = [];
      for (const kind of kinds) {
        found.push(...await options(kind, new URLSearchParams({ q })));
      }
      if (search.value.trim() !== q) {
        return; // the user typed on
      }
      if (!found.length) {
        const none = document.createElement('p');
        none.className = 'muted';
        none.textContent = el.dataset.textNone || '';
        list.replaceChildren(none);
        return;
      }
      list.replaceChildren(...found.map((o) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'option link';
        button.dataset.testid = 'picker-option';
        button.dataset.id = o.id;
        button.appendChild(label(o, false));
        button.addEventListener('click', () => choose(o));
        return button;
      }));
    }
    search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(lookUp, 250); });
    search.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault(); // Enter in the search box chooses, it does not send the form
        const first = list.querySelector('button.option');
        if (first) {
          first.click();
        }
      }
    });

    // what the field already holds (an edited form, a form shown again with an error) is shown by name
    (async () => {
      const tokens = target.value.split(/[,;\s]+/).filter((t) => t);
      const wanted = {};
      tokens.forEach((t) => {
        const colon = prefixed ? t.indexOf(':') : -1;
        const kind = colon > 0 ? t.substring(0, colon).toLowerCase() : kinds[0];
        (wanted[kind] = wanted[kind] || []).push(colon > 0 ? t.substring(colon + 1) : t);
      });
      for (const kind of Object.keys(wanted)) {
        const found = await byIds(kind, wanted[kind]);
        wanted[kind].forEach((id) => {
          const o = found.find((f) => f.id.toLowerCase() === id.toLowerCase());
          chosen.push(o || { kind, id, caption: id });
        });
      }
      render();
    })();
  }

  function initRestriction(el) {
    const target = document.querySelector(el.dataset.into);
    if (!target) {
      return;
    }
    const value = (target.value || 'owner').trim();
    const colon = value.indexOf(':');
    const mode = (colon > 0 ? value.substring(0, colon) : value).toLowerCase();
    const listed = colon > 0 ? value.substring(colon + 1).split(/[,\s]+/).filter((c) => c).map((c) => c.toUpperCase()) : [];
    const name = (target.name || 'restriction') + '-mode';
    const modes = document.createElement('div');
    modes.className = 'modes';
    const first = [];
    ['all', 'only', 'except', 'owner'].forEach((m) => {
      const radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = name;
      radio.value = m;
      radio.id = name + '-' + m;
      radio.checked = m === mode;
      radio.dataset.testid = 'restriction-' + m;
      const lab = document.createElement('label');
      lab.htmlFor = radio.id;
      lab.textContent = el.dataset['text' + m.charAt(0).toUpperCase() + m.slice(1)] || m;
      const pair = document.createElement('span');
      pair.append(radio, ' ', lab);
      modes.appendChild(pair);
      first.push(radio);
    });
    const agencies = document.createElement('div');
    agencies.className = 'agencies';
    agencies.dataset.testid = 'restriction-agencies';
    el.append(modes, agencies);
    hideField(target, first[0].id);

    function current() {
      return (el.querySelector('input[name="' + name + '"]:checked') || {}).value || 'owner';
    }
    function write() {
      const m = current();
      agencies.hidden = m !== 'only' && m !== 'except';
      const codes = Array.from(agencies.querySelectorAll('input:checked')).map((c) => c.value);
      target.value = agencies.hidden ? m : m + ':' + codes.join(',');
    }
    el.addEventListener('change', write);
    options('agency', new URLSearchParams()).then((all) => {
      agencies.replaceChildren(...all.map((a) => {
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.value = a.id;
        box.id = name + '-agency-' + a.id;
        box.dataset.agency = a.id;
        box.checked = listed.includes(a.id.toUpperCase());
        const lab = document.createElement('label');
        lab.htmlFor = box.id;
        lab.appendChild(label(a, false));
        const pair = document.createElement('span');
        pair.append(box, ' ', lab);
        return pair;
      }));
      write();
    });
    write();
  }

  function nameRefs() {
    const byKind = {};
    document.querySelectorAll('[data-ref][data-ref-id]').forEach((el) => {
      (byKind[el.dataset.ref] = byKind[el.dataset.ref] || []).push(el);
    });
    Object.entries(byKind).forEach(async ([kind, els]) => {
      const ids = [...new Set(els.map((e) => e.dataset.refId))];
      const found = await byIds(kind, ids);
      els.forEach((e) => {
        const o = found.find((f) => f.id === e.dataset.refId);
        if (o) {
          e.replaceChildren(...label(o, false).childNodes);
          e.dataset.named = 'true';
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('.picker[data-picker]').forEach(initPicker);
    document.querySelectorAll('.restriction-picker[data-into]').forEach(initRestriction);
    nameRefs();
  });
})();
