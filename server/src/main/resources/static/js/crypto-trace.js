// The wallet page's link chart: Cytoscape.js draws the trace the server already filtered by the access rules
// (addresses, flows with amount and time); the traced address is the root, services are squares, and the flows on a
// path to a service are drawn thick.
document.addEventListener('DOMContentLoaded', () => {
  const container = document.getElementById('trace-chart');
  if (!container || !window.cytoscape || !container.dataset.trace) {
    return;
  }
  const trace = JSON.parse(container.dataset.trace);
  const elements = [];
  trace.nodes.forEach(n => elements.push({group: 'nodes', data: {
    id: n.id, label: n.service ? n.service + '\n' + n.caption : n.caption, start: !!n.start, service: !!n.service}}));
  trace.edges.forEach(e => elements.push({group: 'edges', data: {
    id: e.id, source: e.source, target: e.target, path: e.path,
    label: Number(e.amount).toFixed(8).replace(/0+$/, '').replace(/\.$/, '') + ' ' + trace.chain + ' · ' + e.time.substring(0, 16).replace('T', ' ')}}));
  const cy = cytoscape({
    container: container,
    elements: elements,
    layout: {name: 'breadthfirst', directed: true, roots: trace.nodes.filter(n => n.start).map(n => '#' + CSS.escape(n.id)), spacingFactor: 1.2},
    style: [
      {selector: 'node', style: {'label': 'data(label)', 'font-size': 9, 'text-wrap': 'wrap', 'background-color': '#7a8',
        'width': 18, 'height': 18, 'text-valign': 'bottom'}},
      {selector: 'node[?start]', style: {'background-color': '#1f5fa8', 'width': 26, 'height': 26}},
      {selector: 'node[?service]', style: {'background-color': '#e6a100', 'shape': 'round-rectangle', 'width': 28, 'height': 28}},
      {selector: 'edge', style: {'width': 1.2, 'line-color': '#99a', 'target-arrow-color': '#99a', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 7, 'color': '#445', 'text-rotation': 'autorotate'}},
      {selector: 'edge[?path]', style: {'width': 3, 'line-color': '#e31a1c', 'target-arrow-color': '#e31a1c'}}
    ]
  });
  container.dataset.nodes = String(cy.nodes().length);
  container.dataset.edges = String(cy.edges().length);
  container.dataset.ready = 'true';
});
