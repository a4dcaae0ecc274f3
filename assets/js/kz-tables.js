/* Searchable, sortable, filterable tables: the large tables of the website.
 *
 * A table written with the class kz-searchable (kznetworks.book.table.Search) gets,
 * from the site's own copy of DataTables, a search box, headings that sort (click, or
 * Enter on the focused heading), pages of rows, and a menu of values for each column
 * named in its data-kz-filters attribute (a JSON list of headings). data-kz-presets
 * adds named choices of several values to a column's menu ({"Discrepancies":
 * {"Status": ["differs", "bound fails"]}}). A menu can be set from the address: the
 * heading in lower case, spaces as hyphens (?status=Discrepancies&document=ide2014).
 * Without JavaScript the table is shown whole, as the PDF prints it.
 */
(function () {
  "use strict";

  var count = 0;

  function slug(text) { return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""); }

  function enhance(table) {
    count += 1;
    var filters = JSON.parse(table.getAttribute("data-kz-filters") || "[]");
    var presets = JSON.parse(table.getAttribute("data-kz-presets") || "{}");
    var headings = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) {
      return th.textContent.trim();
    });
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var dt = new window.DataTable(table, {
      pageLength: 25,
      lengthMenu: [10, 25, 50, 100, { label: "All", value: -1 }],
      order: [],
      autoWidth: false
    });
    var controls = document.createElement("div");
    controls.className = "kz-table-filters";
    var params = new URLSearchParams(location.search);
    filters.forEach(function (heading) {
      var index = headings.indexOf(heading);
      if (index < 0) { return; }
      var values = {};
      // each row's text in this column, by the row's index in the table's data
      var texts = rows.map(function (row) {
        var cell = row.cells[index];
        var text = cell ? cell.textContent.trim() : "";
        if (text) { values[text] = true; }
        return text;
      });
      var id = "kz-filter-" + count + "-" + slug(heading);
      var wrap = document.createElement("div");
      var label = document.createElement("label");
      label.setAttribute("for", id);
      label.textContent = heading;
      var select = document.createElement("select");
      select.id = id;
      select.className = "form-select form-select-sm";
      select.appendChild(new Option("All", ""));
      var named = {};
      Object.keys(presets).forEach(function (name) {
        var choice = presets[name][heading];
        if (choice) {
          named["preset:" + name] = choice;
          select.appendChild(new Option(name + " (" + choice.join(", ") + ")", "preset:" + name));
        }
      });
      Object.keys(values).sort(function (a, b) {
        return a.localeCompare(b, undefined, { numeric: true });
      }).forEach(function (v) { select.appendChild(new Option(v, v)); });
      function apply() {
        var value = select.value;
        var allowed = value ? (named[value] || [value]) : null;
        dt.column(index).search.fixed("kz-menu", allowed ? function (data, rowData, rowIndex) {
          return allowed.indexOf(texts[rowIndex]) >= 0;
        } : null);
        dt.draw();
      }
      select.addEventListener("change", apply);
      var given = params.get(slug(heading));
      if (given) {
        // ?status=discrepancies or ?status=Discrepancies: a value or a preset, any case
        var lower = given.toLowerCase();
        var found = Array.prototype.find.call(select.options, function (o) {
          return o.value && (o.value.toLowerCase() === lower ||
            o.value.toLowerCase() === "preset:" + lower);
        });
        if (found) {
          select.value = found.value;
          apply();
        }
      }
      wrap.appendChild(label);
      wrap.appendChild(select);
      controls.appendChild(wrap);
    });
    if (controls.children.length) {
      var container = dt.table().container();
      container.parentNode.insertBefore(controls, container);
    }
  }

  function start() {
    var tables = document.querySelectorAll("table.kz-searchable");
    if (!tables.length) { return; }
    if (typeof window.DataTable !== "function") {
      console.error("kz-tables: the DataTables library did not load");
      return;
    }
    tables.forEach(enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
