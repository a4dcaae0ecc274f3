/* The network explorer: one neighbourhood of the register at a time, with Cytoscape.js.
 *
 * The page holds a <div class="kz-network"> with its controls (written by
 * kznetworks.book.explorer); the register comes from the site's data script
 * (window.kzRegister) and names are matched by kz-names.js, as in the who's who.
 * The reader centres the network on a name (any spelling), chooses how many links to
 * follow, filters by kind of entity, kind of relation and certainty, zooms and pans
 * (mouse, touch, or + - arrows 0 on the focused drawing), hovers a node or a link for
 * its details and clicks a node to open its who's-who entry. The list under the
 * drawing names every entity shown, with its entry and a button to centre on it.
 * The address keeps the state (?entity=person:...&radius=2). Everything is drawn from
 * the site's own files.
 */
(function () {
  "use strict";

  // one colour per kind of entity (a palette that stays distinct in both themes)
  var COLOURS = {
    person: "#4e79a7", party: "#e15759", bloc: "#ff9da7", movement: "#f28e2b",
    fpg: "#b07aa1", tier: "#9c755f", company: "#59a14f", bank: "#8cd17d",
    media: "#edc948", org: "#76b7b2", state: "#bab0ac", place: "#86bcb6"
  };
  var LINES = { stated: "solid", hearsay: "dashed", inferred: "dotted" };

  function el(tag, content, attributes) {
    var node = document.createElement(tag);
    if (content) { node.textContent = content; }
    Object.keys(attributes || {}).forEach(function (k) { node.setAttribute(k, attributes[k]); });
    return node;
  }

  function start() {
    var root = document.querySelector("div.kz-network");
    if (!root || !window.cytoscape || !window.kzRegister || !window.kzNames) { return; }
    var reg = window.kzRegister;
    var matcher = window.kzNames.matcher(reg);
    var offset = root.getAttribute("data-offset") || "";
    var canvas = root.querySelector(".kz-network-canvas");
    var status = root.querySelector(".kz-network-status");
    var list = root.querySelector(".kz-network-list");
    var search = root.querySelector("#kz-network-q");
    var options = root.querySelector("#kz-network-suggestions");
    var radiusBox = root.querySelector("#kz-network-radius");
    var relationBox = root.querySelector("#kz-network-relations");
    var tip = el("div", "", { "class": "kz-network-tip", role: "tooltip", hidden: "" });
    canvas.appendChild(tip);

    var adjacency = reg.entities.map(function () { return []; });
    reg.edges.forEach(function (e, i) { adjacency[e[0]].push(i); adjacency[e[1]].push(i); });

    var params = new URLSearchParams(location.search);
    var centre = matcher.byId(params.get("entity") || "") || matcher.byId(root.getAttribute("data-centre"));
    var radius = parseInt(params.get("radius") || root.getAttribute("data-radius"), 10);
    if (!(radius >= 0 && radius <= 4)) { radius = 1; }
    radiusBox.value = String(radius);

    var legend = root.querySelector(".kz-network-legend");
    Object.keys(reg.kinds).forEach(function (kind) {
      var item = el("span");
      var dot = el("i");
      dot.style.background = COLOURS[kind] || "#888";
      item.appendChild(dot);
      item.appendChild(document.createTextNode(reg.kinds[kind]));
      legend.appendChild(item);
    });
    legend.appendChild(el("span", "\u2014 stated, - - hearsay, \u00b7\u00b7\u00b7 inferred"));

    function checked(name) {
      var on = {};
      root.querySelectorAll('input[name="' + name + '"]').forEach(function (box) {
        if (box.checked) { on[box.value] = true; }
      });
      return on;
    }

    function selectedRelations() {
      var on = {};
      Array.prototype.forEach.call(relationBox.options, function (o) { if (o.selected) { on[o.value] = true; } });
      return on;
    }

    function textColour() { return getComputedStyle(document.body).color || "#333"; }

    var cy = window.cytoscape({
      container: canvas,
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      style: style()
    });

    function style() {
      return [
        { selector: "node", style: {
          "background-color": "data(colour)", label: "data(label)", color: textColour(),
          "font-size": 10, "text-valign": "bottom", "text-margin-y": 3,
          "text-outline-width": 0, width: "data(size)", height: "data(size)",
          "min-zoomed-font-size": 7, "text-wrap": "ellipsis", "text-max-width": 120
        } },
        { selector: "node.centre", style: {
          "border-width": 3, "border-color": textColour(), "font-weight": "bold", "font-size": 12
        } },
        { selector: "edge", style: {
          width: 1.2, "line-color": "#8a8a8a", "target-arrow-color": "#8a8a8a",
          "target-arrow-shape": "triangle", "arrow-scale": 0.6, "curve-style": "bezier",
          "line-style": "data(line)", opacity: 0.75
        } },
        { selector: "edge.hover, node.hover", style: { "line-color": "#d62728", "target-arrow-color": "#d62728", opacity: 1 } }
      ];
    }

    function neighbourhood() {
      var kinds = checked("kind"), certain = checked("certainty"), relations = selectedRelations();
      var distance = {};
      distance[centre.position] = 0;
      var frontier = [centre.position];
      function allowed(i) {
        var e = reg.edges[i];
        if (!relations[e[2]] || !certain[e[5]]) { return false; }
        return [e[0], e[1]].every(function (p) {
          return p === centre.position || kinds[reg.entities[p][3]];
        });
      }
      for (var step = 0; step < radius; step++) {
        var next = [];
        frontier.forEach(function (p) {
          adjacency[p].forEach(function (i) {
            if (!allowed(i)) { return; }
            var e = reg.edges[i], other = e[0] === p ? e[1] : e[0];
            if (!(other in distance)) { distance[other] = step + 1; next.push(other); }
          });
        });
        frontier = next;
      }
      var edges = [];
      reg.edges.forEach(function (e, i) {
        if (e[0] in distance && e[1] in distance && allowed(i)) { edges.push(i); }
      });
      return { distance: distance, edges: edges };
    }

    function describeEdge(e) {
      var words = (reg.relations[e[2]] || [e[2]])[0];
      var dates = e[3] && e[4] ? e[3] + "\u2013" + e[4] : e[3] ? "from " + e[3] : e[4] ? "until " + e[4] : "undated";
      var lines = e[7] === e[8] ? e[7] : e[7] + "\u2013" + e[8];
      return reg.entities[e[0]][1] + " \u2014 " + words + " \u2014 " + reg.entities[e[1]][1] +
        "\n" + dates + "; " + e[5] + "; " + e[6] + ", line " + lines;
    }

    function draw() {
      var found = neighbourhood();
      var positions = Object.keys(found.distance).map(Number);
      var degree = {};
      found.edges.forEach(function (i) {
        var e = reg.edges[i];
        degree[e[0]] = (degree[e[0]] || 0) + 1;
        degree[e[1]] = (degree[e[1]] || 0) + 1;
      });
      positions.sort(function (a, b) {
        var d = found.distance[a] - found.distance[b];
        if (d) { return d; }
        var x = reg.entities[a][2], y = reg.entities[b][2];
        return x < y ? -1 : x > y ? 1 : a - b;
      });
      var many = positions.length > 60;
      var nodes = positions.map(function (p) {
        var e = reg.entities[p];
        var labelled = !many || p === centre.position || (degree[p] || 0) >= 3;
        return { group: "nodes", classes: p === centre.position ? "centre" : "", data: {
          id: "n" + p, position: p, label: labelled ? e[1] : "", name: e[1], kind: e[3],
          colour: COLOURS[e[3]] || "#888", size: 12 + 4 * Math.sqrt(degree[p] || 0),
          dist: found.distance[p]
        } };
      });
      var edges = found.edges.map(function (i) {
        var e = reg.edges[i];
        return { group: "edges", data: {
          id: "e" + i, source: "n" + e[0], target: "n" + e[1], index: i, line: LINES[e[5]] || "solid"
        } };
      });
      cy.elements().remove();
      cy.add(nodes.concat(edges));
      cy.layout({
        name: "concentric", concentric: function (n) { return 10 - n.data("dist"); },
        levelWidth: function () { return 1; }, minNodeSpacing: 18, avoidOverlap: true,
        spacingFactor: 1.1, animate: false, startAngle: 1.5 * Math.PI
      }).run();
      cy.fit(undefined, 30);
      var links = found.edges.length;
      status.textContent = centre.indexName + " and " + (positions.length - 1) + " entit" +
        (positions.length === 2 ? "y" : "ies") + " within " + radius + " link" +
        (radius === 1 ? "" : "s") + "; " + links + " relation" + (links === 1 ? "" : "s") +
        " shown. Click a node for its who's-who entry.";
      list.textContent = "";
      positions.forEach(function (p) {
        var e = matcher.entity(p);
        var li = el("li");
        li.appendChild(el("a", e.indexName, { href: offset + e.href }));
        li.appendChild(document.createTextNode(" (" + reg.kinds[e.kind].toLowerCase() + ", " +
          found.distance[p] + " link" + (found.distance[p] === 1 ? "" : "s") + " away) "));
        if (p !== centre.position) {
          var button = el("button", "Centre here", { type: "button", "class": "btn btn-sm btn-outline-secondary" });
          button.addEventListener("click", function () { recentre(e); });
          li.appendChild(button);
        }
        list.appendChild(li);
      });
      var query = new URLSearchParams(location.search);
      query.set("entity", centre.id);
      query.set("radius", String(radius));
      history.replaceState(null, "", "?" + query.toString() + location.hash);
    }

    function recentre(entity) {
      centre = entity;
      search.value = "";
      options.hidden = true;
      draw();
    }

    // hover: details of a node or a link
    function showTip(event, text) {
      tip.textContent = text;
      tip.hidden = false;
      var at = event.renderedPosition || { x: 0, y: 0 };
      tip.style.left = Math.min(at.x + 12, canvas.clientWidth - 260) + "px";
      tip.style.top = (at.y + 12) + "px";
    }
    cy.on("mouseover", "node", function (event) {
      var d = event.target.data();
      event.target.addClass("hover");
      showTip(event, d.name + " (" + reg.kinds[d.kind].toLowerCase() + "): " +
        event.target.degree(false) + " relations shown. Click for its entry.");
    });
    cy.on("mouseover", "edge", function (event) {
      event.target.addClass("hover");
      showTip(event, describeEdge(reg.edges[event.target.data("index")]));
    });
    cy.on("mouseout", "node, edge", function (event) {
      event.target.removeClass("hover");
      tip.hidden = true;
    });
    cy.on("tap", "node", function (event) {
      location.href = offset + reg.entities[event.target.data("position")][4];
    });

    // zoom and pan from the buttons and the keyboard
    function zoom(factor) {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: canvas.clientWidth / 2, y: canvas.clientHeight / 2 } });
    }
    root.querySelectorAll("button[data-zoom]").forEach(function (button) {
      button.addEventListener("click", function () {
        var what = button.getAttribute("data-zoom");
        if (what === "fit") { cy.fit(undefined, 30); } else { zoom(what === "in" ? 1.25 : 0.8); }
      });
    });
    canvas.addEventListener("keydown", function (event) {
      var moves = { ArrowLeft: [60, 0], ArrowRight: [-60, 0], ArrowUp: [0, 60], ArrowDown: [0, -60] };
      if (event.key === "+" || event.key === "=") { zoom(1.25); }
      else if (event.key === "-") { zoom(0.8); }
      else if (event.key === "0") { cy.fit(undefined, 30); }
      else if (moves[event.key]) { cy.panBy({ x: moves[event.key][0], y: moves[event.key][1] }); }
      else { return; }
      event.preventDefault();
    });

    // searching a name: matches (or the closest spellings) as buttons
    function offer() {
      var query = search.value;
      options.textContent = "";
      if (!matcher.normalise(query)) { options.hidden = true; return; }
      var found = matcher.filter(query).slice(0, 8).map(function (p) { return matcher.entity(p); });
      if (!found.length) { found = matcher.suggest(query, 8).map(function (s) { return matcher.byId(s[0]); }); }
      found.forEach(function (e) {
        var li = el("li");
        var button = el("button", e.indexName + " (" + reg.kinds[e.kind].toLowerCase() + ")",
          { type: "button", "class": "btn btn-sm btn-link" });
        button.addEventListener("click", function () { recentre(e); });
        li.appendChild(button);
        options.appendChild(li);
      });
      options.hidden = !found.length;
    }
    search.addEventListener("input", offer);
    search.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        var resolved = matcher.resolve(search.value);
        var first = options.querySelector("button");
        if (resolved.id) { recentre(matcher.byId(resolved.id)); } else if (first) { first.click(); }
      } else if (event.key === "ArrowDown") {
        var button = options.querySelector("button");
        if (button) { event.preventDefault(); button.focus(); }
      } else if (event.key === "Escape") {
        search.value = "";
        options.hidden = true;
      }
    });

    radiusBox.addEventListener("change", function () { radius = parseInt(radiusBox.value, 10); draw(); });
    relationBox.addEventListener("change", draw);
    root.querySelectorAll('input[type="checkbox"]').forEach(function (box) { box.addEventListener("change", draw); });
    new MutationObserver(function () { cy.style(style()); })
      .observe(document.body, { attributes: true, attributeFilter: ["class"] });
    draw();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
