// The link chart: Cytoscape.js draws what the server's analysis part returns (only what the caller's agency may see).
// Search a record, add its neighbourhood, expand a node (tap it, or its button in the list), pin nodes where they are,
// filter by type, owner and time window, save the chart in an operation and reopen it, export PNG, GraphML and FtM.
// After each change it raises 'chart:changed' with the chart's nodes, which analysis-places.js draws as a timeline
// and a map.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('chart-search');
  if (!form || !window.cytoscape) {
    return;
  }
  const results = document.querySelector('[data-testid=search-results]');
  const list = document.querySelector('[data-testid=chart-nodes]');
  const count = document.getElementById('node-count');
  const pinnedCount = document.getElementById('pinned-count');
  const error = document.querySelector('[data-testid=chart-error]');
  const ownerFilter = document.querySelector('[data-testid=owner-filter]');
  const since = document.querySelector('[data-testid=filter-since]');
  const until = document.querySelector('[data-testid=filter-until]');
  const saveForm = document.getElementById('save-chart');
  const operationSelect = saveForm.elements.operation;
  const saveStatus = document.querySelector('[data-testid=save-status]');
  const savedList = document.querySelector('[data-testid=saved-charts]');
  const csrfHeader = document.querySelector('meta[name="csrf-header"]');
  const csrfToken = document.querySelector('meta[name="csrf-token"]');
  const colours = {person: '#1f5fa8', 'travel-document': '#6a3d9a', vehicle: '#33a02c', firearm: '#b15928',
    indicator: '#e6a100', notice: '#e31a1c', hit: '#fb6a4a', operation: '#555'};
  const cy = cytoscape({
    container: document.getElementById('chart'),
    style: [
      {selector: 'node', style: {'label': 'data(caption)', 'font-size': 10, 'text-wrap': 'ellipsis',
        'text-max-width': 120, 'background-color': 'data(colour)', 'width': 22, 'height': 22}},
      {selector: 'node:locked', style: {'border-width': 3, 'border-color': '#111', 'shape': 'round-rectangle'}},
      {selector: 'edge', style: {'width': 1.5, 'line-color': '#99a', 'curve-style': 'bezier', 'label': 'data(kind)',
        'font-size': 8, 'color': '#667'}},
      {selector: '.filtered', style: {'display': 'none'}}
    ]
  });

  function purpose() {
    return form.elements.purpose.value.trim();
  }

  function fail(message) {
    error.textContent = message;
    error.hidden = false;
  }

  async function call(url, params, init) {
    const query = new URLSearchParams(params || {});
    const headers = Object.assign({Accept: 'application/json'}, (init && init.headers) || {});
    if (init && init.method === 'POST' && csrfHeader && csrfToken) {
      headers[csrfHeader.content] = csrfToken.content;
    }
    const response = await fetch(url + (query.toString() ? '?' + query : ''),
      Object.assign({credentials: 'same-origin'}, init || {}, {headers: headers}));
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      throw new Error(body.detail || response.statusText);
    }
    error.hidden = true;
    return response;
  }

  async function getJson(url, params) {
    return (await call(url, params)).json();
  }

  function postJson(url, params, body) {
    return call(url, params, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
  }

  // ---- filter: type, owner, time window (dated nodes only: a node without a date passes the window) --------------

  function unchecked(fieldset) {
    return [...fieldset.querySelectorAll('input:not(:checked)')].map(i => i.value);
  }

  function applyFilter() {
    const types = unchecked(document.querySelector('[data-testid=type-filter]'));
    const owners = unchecked(ownerFilter);
    const from = since.value ? since.value + 'T00:00:00Z' : null;
    const to = until.value ? until.value + 'T23:59:59.999Z' : null;
    cy.nodes().forEach(n => {
      const at = n.data('at');
      const outside = at && ((from && at < from) || (to && at > to));
      n.toggleClass('filtered', types.includes(n.data('type')) || owners.includes(n.data('owner')) || Boolean(outside));
    });
  }

  function addOwnerBoxes() {
    const known = new Set([...ownerFilter.querySelectorAll('input')].map(i => i.value));
    [...new Set(cy.nodes().map(n => n.data('owner')))].sort().forEach(owner => {
      if (!known.has(owner)) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.checked = true;
        box.value = owner;
        box.addEventListener('change', applyFilter);
        label.append(box, ' ', owner);
        ownerFilter.append(label);
      }
    });
  }

  // ---- the chart and its list --------------------------------------------------------------------------------------

  function togglePin(id) {
    const n = cy.getElementById(id);
    if (n.locked()) {
      n.unlock();
    } else {
      n.lock();
    }
    redrawList();
  }

  function button(text, action, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.action = action;
    b.textContent = text;
    b.addEventListener('click', onClick);
    return b;
  }

  function redrawList() {
    list.replaceChildren();
    cy.nodes().forEach(n => {
      const item = document.createElement('li');
      item.dataset.node = n.id();
      item.dataset.type = n.data('type');
      item.classList.toggle('pinned', n.locked());
      item.textContent = n.data('caption') + ' (' + n.data('owner') + ')';
      item.append(button(list.dataset.expand, 'expand', () => expandNode(n.id())),
        button(n.locked() ? list.dataset.unpin : list.dataset.pin, 'pin', () => togglePin(n.id())));
      list.append(item);
    });
    count.value = String(cy.nodes().length);
    pinnedCount.value = String(cy.nodes(':locked').length);
    document.dispatchEvent(new CustomEvent('chart:changed', {detail: {nodes: cy.nodes().map(n => n.data()),
      countries: form.dataset.countries}}));
  }

  // positions: {id: {x, y, pinned}} of a reopened chart, drawn where they were saved; otherwise laid out (pinned
  // nodes are locked, and a layout leaves locked nodes where they are)
  function add(graph, positions) {
    const added = [];
    graph.nodes.forEach(n => {
      if (cy.getElementById(n.id).empty()) {
        const node = {group: 'nodes', data: {id: n.id, type: n.type, caption: n.caption, owner: n.owner, at: n.at,
          country: n.country, checkpoint: n.checkpoint, colour: colours[n.type] || '#888'}};
        const placed = positions && positions[n.id];
        if (placed && placed.x != null && placed.y != null) {
          node.position = {x: placed.x, y: placed.y};
        }
        added.push(node);
      }
    });
    cy.add(added);
    graph.edges.forEach(e => {
      const id = e.source + '|' + e.target + '|' + e.kind;
      if (cy.getElementById(id).empty() && cy.getElementById(e.target + '|' + e.source + '|' + e.kind).empty()) {
        cy.add({group: 'edges', data: {id: id, source: e.source, target: e.target, kind: e.kind,
          explanation: e.explanation || ''}});
      }
    });
    if (positions) {
      Object.entries(positions).forEach(([id, p]) => p.pinned && cy.getElementById(id).lock());
      cy.fit();
    } else {
      cy.layout({name: 'cose', animate: false}).run();
    }
    addOwnerBoxes();
    applyFilter();
    redrawList();
  }

  async function expandNode(id) {
    try {
      add(await getJson(form.dataset.neighbourhood, {entity: id, hops: 1, purpose: purpose()}));
    } catch (e) {
      fail(e.message);
    }
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    results.replaceChildren();
    try {
      const found = await getJson(form.dataset.search, {text: form.elements.text.value, purpose: purpose()});
      found.forEach(n => {
        const item = document.createElement('li');
        const open = document.createElement('button');
        open.type = 'button';
        open.dataset.entity = n.id;
        open.textContent = n.caption + ' (' + n.type + ', ' + n.owner + ')';
        open.addEventListener('click', () => expandNode(n.id));
        item.append(open);
        results.append(item);
      });
    } catch (e) {
      fail(e.message);
    }
  });

  cy.on('tap', 'node', event => expandNode(event.target.id()));
  cy.on('cxttap', 'node', event => togglePin(event.target.id()));
  document.querySelectorAll('[data-testid=type-filter] input').forEach(i => i.addEventListener('change', applyFilter));
  [since, until].forEach(i => i.addEventListener('change', applyFilter));

  // ---- saving in an operation, reopening -------------------------------------------------------------------------

  function filterNow() {
    return {types: [...document.querySelectorAll('[data-testid=type-filter] input:checked')].map(i => i.value),
      owners: [...ownerFilter.querySelectorAll('input:checked')].map(i => i.value),
      since: since.value || null, until: until.value || null};
  }

  async function loadOperations() {
    try {
      const operations = await getJson(form.dataset.operations);
      operationSelect.replaceChildren();
      if (operations.length === 0) {
        operationSelect.append(new Option(operationSelect.dataset.none, ''));
      }
      operations.forEach(o => operationSelect.append(new Option(o.name + ' (' + o.lead + ')', o.id)));
      await listSaved();
    } catch (e) {
      fail(e.message);
    }
  }

  // several listings may be under way (the operation picked, the purpose given, a chart saved): the last one asked wins
  let listing = 0;

  async function listSaved() {
    const mine = ++listing;
    if (!operationSelect.value || !purpose()) {
      savedList.replaceChildren();
      return;
    }
    try {
      const charts = await getJson(form.dataset.saved, {operation: operationSelect.value, purpose: purpose()});
      if (mine !== listing) {
        return;
      }
      savedList.replaceChildren();
      charts.forEach(c => {
        const item = document.createElement('li');
        item.dataset.chart = c.id;
        item.textContent = c.name + ' (' + c.agency + ', ' + c.savedAt.substring(0, 16).replace('T', ' ') + ') ';
        // the id, to quote the chart as a figure of a threat assessment
        const id = document.createElement('code');
        id.dir = 'ltr';
        id.dataset.testid = 'chart-id';
        id.textContent = c.id;
        item.append(id, ' ');
        item.append(button(savedList.dataset.open, 'open', () => reopen(c.id)));
        savedList.append(item);
      });
    } catch (e) {
      fail(e.message);
    }
  }

  async function reopen(id) {
    try {
      const chart = await getJson(form.dataset.saved + '/' + encodeURIComponent(id), {purpose: purpose()});
      cy.elements().remove();
      const positions = {};
      chart.layout.forEach(p => {
        positions[p.id] = p;
      });
      const f = chart.filter || {};
      document.querySelectorAll('[data-testid=type-filter] input').forEach(i => {
        i.checked = !f.types || f.types.length === 0 || f.types.includes(i.value);
      });
      since.value = f.since || '';
      until.value = f.until || '';
      add({nodes: chart.nodes, edges: chart.edges}, positions);
      ownerFilter.querySelectorAll('input').forEach(i => {
        i.checked = !f.owners || f.owners.length === 0 || f.owners.includes(i.value);
      });
      applyFilter();
      saveForm.elements.name.value = chart.chart.name;
    } catch (e) {
      fail(e.message);
    }
  }

  saveForm.addEventListener('submit', async event => {
    event.preventDefault();
    saveStatus.value = '';
    try {
      const nodes = cy.nodes().map(n => ({id: n.id(), x: n.position('x'), y: n.position('y'), pinned: n.locked()}));
      const saved = await (await postJson(form.dataset.saved, {}, {operation: operationSelect.value,
        name: saveForm.elements.name.value, purpose: purpose(), nodes: nodes, filter: filterNow()})).json();
      saveStatus.value = saveStatus.dataset.saved + ': ' + saved.name;
      await listSaved();
    } catch (e) {
      fail(e.message);
    }
  });
  operationSelect.addEventListener('change', listSaved);
  form.elements.purpose.addEventListener('change', listSaved);
  loadOperations();

  // ---- export ------------------------------------------------------------------------------------------------------

  function download(name, blob) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  document.getElementById('export-png').addEventListener('click', () =>
    download('link-chart.png', cy.png({output: 'blob', full: true, bg: '#ffffff', scale: 2})));

  // GraphML and FtM are written by the server from the chart's node ids, through the caller's view (and audited)
  async function exportAs(format, name) {
    try {
      const response = await postJson(form.dataset.export, {format: format, purpose: purpose()},
        {nodes: cy.nodes().map(n => n.id())});
      download(name, await response.blob());
    } catch (e) {
      fail(e.message);
    }
  }

  document.getElementById('export-graphml').addEventListener('click', () => exportAs('graphml', 'link-chart.graphml'));
  document.getElementById('export-ftm').addEventListener('click', () => exportAs('ftm', 'link-chart.ftm.json'));
});
