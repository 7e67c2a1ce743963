// The link chart: Cytoscape.js draws what the server's analysis part returns (only what the caller's agency may see).
// Search a record, add its neighbourhood, expand a node (tap it, or its button in the list), filter by type, export.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('chart-search');
  if (!form || !window.cytoscape) {
    return;
  }
  const results = document.querySelector('[data-testid=search-results]');
  const list = document.querySelector('[data-testid=chart-nodes]');
  const count = document.getElementById('node-count');
  const error = document.querySelector('[data-testid=chart-error]');
  const colours = {person: '#1f5fa8', 'travel-document': '#6a3d9a', vehicle: '#33a02c', firearm: '#b15928',
    indicator: '#e6a100', notice: '#e31a1c', hit: '#fb6a4a', operation: '#555'};
  const cy = cytoscape({
    container: document.getElementById('chart'),
    style: [
      {selector: 'node', style: {'label': 'data(caption)', 'font-size': 10, 'text-wrap': 'ellipsis',
        'text-max-width': 120, 'background-color': 'data(colour)', 'width': 22, 'height': 22}},
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

  async function getJson(url, params) {
    const query = new URLSearchParams(params);
    const response = await fetch(url + '?' + query, {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(body.detail || response.statusText);
    }
    error.hidden = true;
    return body;
  }

  function hiddenTypes() {
    return [...document.querySelectorAll('[data-testid=type-filter] input:not(:checked)')].map(i => i.value);
  }

  function applyFilter() {
    const hidden = hiddenTypes();
    cy.nodes().forEach(n => n.toggleClass('filtered', hidden.includes(n.data('type'))));
  }

  function redrawList() {
    list.replaceChildren();
    cy.nodes().forEach(n => {
      const item = document.createElement('li');
      item.dataset.node = n.id();
      item.dataset.type = n.data('type');
      item.textContent = n.data('caption') + ' (' + n.data('owner') + ')';
      const expand = document.createElement('button');
      expand.type = 'button';
      expand.textContent = list.dataset.expand;
      expand.addEventListener('click', () => expandNode(n.id()));
      item.append(expand);
      list.append(item);
    });
    count.value = String(cy.nodes().length);
  }

  function add(graph) {
    const added = [];
    graph.nodes.forEach(n => {
      if (cy.getElementById(n.id).empty()) {
        added.push({group: 'nodes', data: {id: n.id, type: n.type, caption: n.caption, owner: n.owner,
          colour: colours[n.type] || '#888'}});
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
    applyFilter();
    cy.layout({name: 'cose', animate: false}).run();
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
  document.querySelectorAll('[data-testid=type-filter] input').forEach(i => i.addEventListener('change', applyFilter));

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

  function xml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  // GraphML as yEd, Gephi and i2 importers read it: node keys type, caption, owner; edge keys kind, explanation.
  document.getElementById('export-graphml').addEventListener('click', () => {
    const out = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '<key id="type" for="node" attr.name="type" attr.type="string"/>',
      '<key id="caption" for="node" attr.name="caption" attr.type="string"/>',
      '<key id="owner" for="node" attr.name="owner" attr.type="string"/>',
      '<key id="kind" for="edge" attr.name="kind" attr.type="string"/>',
      '<key id="explanation" for="edge" attr.name="explanation" attr.type="string"/>',
      '<graph id="chart" edgedefault="undirected">'];
    cy.nodes().forEach(n => out.push('<node id="' + xml(n.id()) + '"><data key="type">' + xml(n.data('type'))
      + '</data><data key="caption">' + xml(n.data('caption')) + '</data><data key="owner">' + xml(n.data('owner'))
      + '</data></node>'));
    cy.edges().forEach(e => out.push('<edge source="' + xml(e.data('source')) + '" target="' + xml(e.data('target'))
      + '"><data key="kind">' + xml(e.data('kind')) + '</data><data key="explanation">' + xml(e.data('explanation'))
      + '</data></edge>'));
    out.push('</graph>', '</graphml>');
    download('link-chart.graphml', new Blob([out.join('\n')], {type: 'application/graphml+xml'}));
  });
});
