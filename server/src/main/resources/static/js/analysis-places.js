// The link chart's timeline and map of places: on each 'chart:changed' (raised by analysis.js with the chart's nodes),
// the dated nodes (hits) are listed oldest first and marked on a time axis, and the countries and checkpoints where
// they happened are listed and shaded on the country outlines the board ships (TopoJSON, fetched once from the
// server, ids as ISO 3166 alpha-2). Time runs the way the page reads: right to left in Arabic.
document.addEventListener('DOMContentLoaded', () => {
  const timeline = document.querySelector('[data-testid=timeline]');
  const axis = document.querySelector('[data-testid=timeline-axis]');
  const mapBox = document.querySelector('[data-testid=map]');
  const places = document.querySelector('[data-testid=places]');
  if (!timeline || !mapBox) {
    return;
  }
  const svgNs = 'http://www.w3.org/2000/svg';
  const rtl = document.documentElement.dir === 'rtl';
  let outlines = null;

  function svg(name, attributes) {
    const element = document.createElementNS(svgNs, name);
    Object.entries(attributes).forEach(([k, v]) => element.setAttribute(k, v));
    return element;
  }

  function drawTimeline(dated) {
    timeline.replaceChildren();
    axis.replaceChildren(svg('line', {x1: 10, y1: 20, x2: 590, y2: 20, stroke: '#99a'}));
    if (dated.length === 0) {
      const empty = document.createElement('li');
      empty.textContent = timeline.dataset.empty;
      timeline.append(empty);
      return;
    }
    const first = Date.parse(dated[0].at);
    const span = Math.max(1, Date.parse(dated[dated.length - 1].at) - first);
    dated.forEach(n => {
      const item = document.createElement('li');
      item.dataset.node = n.id;
      const time = document.createElement('time');
      time.dateTime = n.at;
      time.textContent = n.at.substring(0, 16).replace('T', ' ');
      item.append(time, ' ', n.caption);
      timeline.append(item);
      const share = dated.length === 1 ? 0.5 : (Date.parse(n.at) - first) / span;
      const dot = svg('circle', {cx: 10 + 580 * (rtl ? 1 - share : share), cy: 20, r: 5, fill: '#fb6a4a'});
      const title = svg('title', {});
      title.textContent = time.textContent + ' ' + n.caption;
      dot.append(title);
      axis.append(dot);
    });
  }

  // TopoJSON arcs are delta-encoded integers; drawn equirectangular into a 720 x 300 box (85N to 65S), as the board
  function decode(topology) {
    const [sx, sy] = topology.transform.scale;
    const [tx, ty] = topology.transform.translate;
    const arcs = topology.arcs.map(arc => {
      let x = 0;
      let y = 0;
      return arc.map(([dx, dy]) => {
        x += dx;
        y += dy;
        return [(x * sx + tx + 180) * 2, (85 - (y * sy + ty)) * 2];
      });
    });
    const shapes = {};
    topology.objects.countries.geometries.forEach(g => {
      if (!g.id) {
        return;
      }
      const polygons = g.type === 'Polygon' ? [g.arcs] : (g.arcs || []);
      let d = shapes[g.id] ? shapes[g.id].d : '';
      polygons.forEach(polygon => polygon.forEach(ring => {
        let first = true;
        let lastX = 0;
        ring.forEach(index => {
          const points = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
          points.forEach(([x, y], k) => {
            if (!first && k === 0) {
              return;
            }
            const jump = !first && Math.abs(x - lastX) > 360; // across the antimeridian: lift the pen
            d += (first || jump ? 'M' : 'L') + x.toFixed(1) + ' ' + y.toFixed(1);
            lastX = x;
            first = false;
          });
        });
        d += 'Z';
      }));
      shapes[g.id] = {d: d, name: (g.properties && g.properties.name) || g.id};
    });
    return shapes;
  }

  async function drawMap(dated, countriesUrl) {
    const byCountry = {};
    const byPlace = {};
    dated.filter(n => n.country).forEach(n => {
      byCountry[n.country] = (byCountry[n.country] || 0) + 1;
      const place = n.country + (n.checkpoint ? ' · ' + n.checkpoint : '');
      byPlace[place] = (byPlace[place] || 0) + 1;
    });
    places.replaceChildren();
    const entries = Object.entries(byPlace).sort((a, b) => b[1] - a[1]);
    if (entries.length === 0) {
      const empty = document.createElement('li');
      empty.textContent = places.dataset.empty;
      places.append(empty);
    }
    entries.forEach(([place, n]) => {
      const item = document.createElement('li');
      item.dataset.place = place;
      item.textContent = place + ': ' + n;
      places.append(item);
    });
    if (entries.length === 0) {
      mapBox.replaceChildren();
      return;
    }
    if (!outlines) {
      const response = await fetch(countriesUrl, {credentials: 'same-origin'});
      if (!response.ok) {
        return;
      }
      outlines = decode(await response.json());
    }
    const map = svg('svg', {viewBox: '0 0 720 300', role: 'img', class: 'world-map'});
    Object.entries(outlines).forEach(([code, shape]) => {
      const hits = byCountry[code] || 0;
      const path = svg('path', {d: shape.d, fill: hits ? '#e0552f' : '#e3e7ee', stroke: '#fff', 'stroke-width': 0.3,
        'data-country': code});
      const title = svg('title', {});
      title.textContent = shape.name + (hits ? ': ' + hits : '');
      path.append(title);
      map.append(path);
    });
    mapBox.replaceChildren(map);
  }

  document.addEventListener('chart:changed', event => {
    const dated = event.detail.nodes.filter(n => n.at).sort((a, b) => a.at.localeCompare(b.at));
    drawTimeline(dated);
    drawMap(dated, event.detail.countries);
  });
});
