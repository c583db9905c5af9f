// The graph page: draws the ego network the page carries (built by api/graphview.py) with
// vis-network, and adds the neighbours of an expanded node from /ego/…. Text from articles only
// ever goes through textContent or vis-network's plain-text labels and titles.
// window.chithiGraph exposes the DataSets and the state for tests and benchmarks.
"use strict";

(function () {
  const app = document.getElementById("graph-app");
  const canvas = document.getElementById("graph-canvas");
  const status = document.getElementById("graph-status");
  const prefix = app.dataset.prefix;
  const info = document.getElementById("graph-info");
  // the page's words in its language (graph.html), "{name}" filled by say()
  const words = JSON.parse(document.getElementById("graph-words").textContent);
  const say = (key, values = {}) => words[key].replace(/\{(\w+)\}/g, (_, name) => String(values[name]));

  const nodes = new vis.DataSet();
  const edges = new vis.DataSet();
  const filters = { level: new Set(), type: new Set(), yearFrom: null, yearTo: null, yearUnknown: true };
  const view = new vis.DataView(nodes, { filter: visible });
  let layouts = null;
  let scales = null;  // the first view's: {overview, readable} (api/graphview.py)
  let layout = document.querySelector('#layout-choice input:checked').value;
  let network = null;
  let selected = null;
  let centre = null;  // the IRI of the document the page is about
  const layered = new Map();  // id -> the top-down position computed by the server
  const listBox = document.getElementById("graph-list");

  // times in ms since navigation start, read by benchmarks/graph_render.py
  const chithiGraph = { nodes, edges, view, network: null, state: "loading", dataAt: null, stableAt: null, expand };
  window.chithiGraph = chithiGraph;

  function visible(node) {
    if (node.centre) return true;
    if (!filters.level.has(node.levelKey) || !filters.type.has(node.typeKey)) return false;
    if (node.year == null) return filters.yearUnknown;
    if (filters.yearFrom != null && node.year < filters.yearFrom) return false;
    if (filters.yearTo != null && node.year > filters.yearTo) return false;
    return true;
  }

  function setState(state, message) {
    chithiGraph.state = state;
    app.dataset.state = state;
    status.textContent = message;
    if (state === "stable") chithiGraph.stableAt = performance.now();
  }

  function summary() {
    const shown = view.length;
    const total = nodes.length;
    return shown === total ? say("summary", { shown: total, edges: edges.length })
                           : say("filtered", { shown, total });
  }

  function keepPositions() {
    // where the user left the drawn nodes (vis-network's storePositions fails on filtered views)
    const at = network.getPositions(view.getIds());
    nodes.update(Object.entries(at).map(([id, p]) => ({ id, x: p.x, y: p.y })));
  }

  function firstView(focus) {
    // the whole drawing when its labels can be made out; else (a phone) `focus`, the document
    // the page is about or the one just expanded, at a scale its label is read at: in the upper
    // part of the frame when what implements it is drawn below it (top-down), else in the middle
    if (network.getScale() >= scales.overview || nodes.get(focus) === null) return false;
    const at = network.getPosition(focus);
    const below = layout === "hierarchical" ? (0.3 * canvas.clientHeight) / scales.readable : 0;
    network.moveTo({ position: { x: at.x, y: at.y + below }, scale: scales.readable, animation: false });
    return true;
  }

  function settled(focus) {
    const zoomed = firstView(focus);
    network.once("afterDrawing", () => setState("stable", zoomed ? `${summary()} · ${say("zoomedIn")}` : summary()));
    network.redraw();
  }

  function draw(focus = centre) {
    if (network) network.destroy();
    if (layout === "hierarchical") {
      nodes.update([...layered].map(([id, p]) => ({ id, x: p.x, y: p.y })));
    }
    const options = layouts[layout];
    network = new vis.Network(canvas, { nodes: view, edges }, options);
    chithiGraph.network = network;
    // vis-network's frame is what takes the focus (Tab) and the keys: it is named for screen readers
    const frame = canvas.querySelector(".vis-network");
    frame.setAttribute("role", "application");
    frame.setAttribute("aria-label", canvas.dataset.label);
    frame.setAttribute("aria-describedby", "graph-help");
    network.on("click", (params) => showInfo(params.nodes.length ? params.nodes[0] : null));
    network.on("doubleClick", (params) => {
      if (params.nodes.length) window.location.href = nodes.get(params.nodes[0]).url;
    });
    if (options.physics.enabled) {
      setState("stabilising", say("arranging"));
      network.on("stabilizationProgress", (p) => {
        status.textContent = `${say("arranging")} ${Math.round((100 * p.iterations) / p.total)}%`;
      });
      // physics runs until stable once, then stops: dragging afterwards moves one node only
      network.once("stabilizationIterationsDone", () => {
        network.setOptions({ physics: { enabled: false } });
        settled(focus);
      });
    } else {
      network.once("afterDrawing", () => settled(focus));
    }
  }

  function countBy(field, key) {
    return nodes.get({ filter: (n) => n[field] === key }).length;
  }

  function updateCounts() {
    document.querySelectorAll("[data-count]").forEach((el) => {
      const [kind, key] = el.dataset.count.split(":");
      const n = countBy(kind === "level" ? "levelKey" : "typeKey", key);
      el.textContent = String(n);
      el.closest("label").classList.toggle("empty", n === 0);
    });
    const years = nodes.get().map((n) => n.year).filter((y) => y != null);
    if (years.length) {
      document.getElementById("year-from").placeholder = String(Math.min(...years));
      document.getElementById("year-to").placeholder = String(Math.max(...years));
    }
  }

  function readFilters() {
    for (const kind of ["level", "type"]) {
      filters[kind] = new Set(
        [...document.querySelectorAll(`input[data-filter="${kind}"]:checked`)].map((el) => el.value));
    }
    const yearFrom = document.getElementById("year-from").value;
    const yearTo = document.getElementById("year-to").value;
    filters.yearFrom = yearFrom === "" ? null : Number(yearFrom);
    filters.yearTo = yearTo === "" ? null : Number(yearTo);
    filters.yearUnknown = document.getElementById("year-unknown").checked;
  }

  function applyFilters() {
    readFilters();
    view.refresh();
    renderList();
    if (chithiGraph.state === "stable") status.textContent = summary();
  }

  function locate(id) {
    // a document of the list shown on the graph: selected, centred at a scale its label is read at
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1), animation: false });
    showInfo(id);
    canvas.scrollIntoView({ block: "nearest" });
  }

  function renderList() {
    // the text alternative of the canvas: the documents drawn, by level, each a link to its page;
    // built when opened (a thousand items are not worth building before the drawing)
    const shown = view.get();
    document.getElementById("graph-list-count").textContent = `(${shown.length})`;
    if (!listBox.open) return;
    const body = document.getElementById("graph-list-body");
    const groups = [];
    document.querySelectorAll("[data-filter-row^='level:']").forEach((row) => {
      const key = row.dataset.filterRow.split(":")[1];
      const members = shown.filter((n) => n.levelKey === key)
        .sort((a, b) => a.fullLabel.localeCompare(b.fullLabel, "vi", { numeric: true }));
      if (!members.length) return;
      const heading = document.createElement("h3");
      heading.textContent = `${row.dataset.name} (${members.length})`;
      const list = document.createElement("ul");
      list.className = "doc-list";
      for (const n of members) {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = n.url;
        link.textContent = n.fullLabel;
        const meta = document.createElement("span");
        meta.className = "meta";
        meta.textContent = [n.issuer, n.date].filter(Boolean).map((x) => ` · ${x}`).join("");
        const find = document.createElement("button");
        find.type = "button";
        find.className = "link-button";
        find.textContent = say("findOnGraph");
        find.setAttribute("aria-label", say("findLabel", { label: n.fullLabel }));
        find.addEventListener("click", () => locate(n.id));
        item.append(link, meta, " ", find);
        list.append(item);
      }
      groups.push(heading, list);
    });
    body.replaceChildren(...groups);
  }

  function zoom(factor) {
    if (network) network.moveTo({ scale: network.getScale() * factor, animation: false });
  }

  function showInfo(id) {
    selected = id == null ? null : nodes.get(id);
    if (!selected) {
      info.hidden = true;
      return;
    }
    document.getElementById("info-label").textContent = selected.fullLabel;
    document.getElementById("info-type").textContent =
      [selected.typeName, selected.year].filter((x) => x != null && x !== "").join(" · ");
    document.getElementById("info-issuer").textContent =
      [selected.issuer, selected.date].filter(Boolean).join(" · ");
    document.getElementById("info-title").textContent = selected.docTitle ? say("on", { title: selected.docTitle }) : "";
    document.getElementById("info-open").href = selected.url;
    info.hidden = false;
  }

  function merge(payload, around) {
    // the neighbour's own layout, moved so that the expanded node stays where it is; nodes
    // already drawn keep their place and attributes (the centre stays the centre)
    const anchor = payload.nodes.find((n) => n.id === around);
    const here = network.getPosition(around);
    const dx = anchor ? here.x - anchor.x : 0;
    const dy = anchor ? here.y - anchor.y : 0;
    const added = payload.nodes.filter((n) => nodes.get(n.id) === null)
      .map((n) => ({ ...n, x: n.x + dx, y: n.y + dy, centre: false }));
    added.forEach((n) => layered.set(n.id, { x: n.x, y: n.y }));
    nodes.add(added);
    edges.update(payload.edges);
  }

  async function fetchPayload(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    return response.json();
  }

  async function expand(id) {
    const node = nodes.get(id);
    if (!node) return 0;
    setState("loading", say("expanding"));
    const before = nodes.length;
    try {
      // the node's page is {prefix}/doc/…, its neighbours {prefix}/ego/doc/… (prefix: /en or none)
      const payload = await fetchPayload(`${prefix}/ego${node.url.slice(prefix.length)}?hops=1`);
      keepPositions();
      merge(payload, id);
    } catch (error) {
      setState("stable", say("expandFailed", { error: error.message }));
      return 0;
    }
    draw(id);
    return nodes.length - before;
  }

  function start() {
    readFilters();
    try {
      const payload = JSON.parse(document.getElementById("graph-data").textContent);
      chithiGraph.dataAt = performance.now();
      layouts = payload.layouts;
      scales = payload.scales;
      centre = payload.centre;
      payload.nodes.forEach((n) => layered.set(n.id, { x: n.x, y: n.y }));
      nodes.add(payload.nodes);
      edges.add(payload.edges);
      updateCounts();
      renderList();
      if (payload.truncated) {
        const note = document.createElement("p");
        note.className = "notice";
        note.textContent = say("truncated", { shown: payload.nodes.length, more: payload.truncated });
        app.before(note);
      }
      draw();
    } catch (error) {
      setState("error", say("loadFailed", { error: error.message }));
    }
  }

  document.getElementById("graph-filters").addEventListener("change", applyFilters);
  document.getElementById("graph-filters").addEventListener("input", applyFilters);
  document.getElementById("layout-choice").addEventListener("change", (event) => {
    layout = event.target.value;
    document.querySelector('input[type="hidden"][name="layout"]').value = layout;  // kept by the hops form
    draw();
  });
  document.getElementById("fit-button").addEventListener("click", () => network && network.fit());
  document.getElementById("info-expand").addEventListener("click", () => {
    if (selected) expand(selected.id).then(() => { updateCounts(); renderList(); });
  });
  listBox.addEventListener("toggle", renderList);
  document.getElementById("info-close").addEventListener("click", () => {
    if (network) network.unselectAll();
    showInfo(null);
  });
  info.addEventListener("keydown", (event) => {
    if (event.key === "Escape") document.getElementById("info-close").click();
  });
  document.getElementById("zoom-in").addEventListener("click", () => zoom(1.5));
  document.getElementById("zoom-out").addEventListener("click", () => zoom(1 / 1.5));

  start();
})();
