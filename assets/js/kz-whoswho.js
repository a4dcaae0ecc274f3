/* The who's who's filter: find an entry by any spelling of its name.
 *
 * Each page of the who's who holds one group of kinds of entity, as <section
 * class="kz-entry" id="person-..."> elements (written by kznetworks.book.whoswho).
 * What the reader types is matched by kz-names.js against every spelling of every
 * entity of the register (window.kzRegister): entries of this page that match stay
 * shown, matches on the other who's-who pages are listed as links, and when nothing
 * matches the closest spellings are offered (and their entries shown). The query can
 * be given in the address (?name=Nazarbayev; Quarto's site search uses ?q=). Enter goes to the first match; Escape
 * clears the filter. Nothing is loaded from the network.
 */
(function () {
  "use strict";

  function text(tag, content, attributes) {
    var el = document.createElement(tag);
    if (content) { el.textContent = content; }
    Object.keys(attributes || {}).forEach(function (k) { el.setAttribute(k, attributes[k]); });
    return el;
  }

  function start() {
    var box = document.querySelector("div.kz-whoswho");
    var input = document.getElementById("kz-whoswho-q");
    if (!box || !input || !window.kzRegister || !window.kzNames) { return; }
    var matcher = window.kzNames.matcher(window.kzRegister);
    var status = document.getElementById("kz-whoswho-status");
    var elsewhere = document.getElementById("kz-whoswho-elsewhere");
    var offset = box.getAttribute("data-kz-offset") || "";
    var page = box.getAttribute("data-kz-page") || "";
    var sections = Array.prototype.slice.call(box.querySelectorAll("section.kz-entry"));
    var headings = Array.prototype.slice.call(box.querySelectorAll("h2.kz-kind-heading"));
    var timer = null;

    function show(ids) {
      var visible = {};
      sections.forEach(function (section) {
        var on = ids === null || ids.hasOwnProperty(section.id);
        section.hidden = !on;
        if (on) { visible[section.getAttribute("data-kind")] = true; }
      });
      headings.forEach(function (h) {
        h.hidden = ids !== null && !visible[h.id.replace("whoswho-", "")];
      });
    }

    function anchorOf(id) { return id.replace(":", "-"); }

    function listElsewhere(entities, title) {
      elsewhere.textContent = "";
      var others = entities.filter(function (e) { return e.href.split("#")[0] !== page; });
      if (!others.length) { elsewhere.hidden = true; return 0; }
      elsewhere.appendChild(text("li", title, { "class": "kz-elsewhere-title" }));
      others.slice(0, 30).forEach(function (e) {
        var li = text("li");
        var a = text("a", e.indexName, { href: offset + e.href });
        li.appendChild(a);
        li.appendChild(document.createTextNode(" (" + window.kzRegister.kinds[e.kind].toLowerCase() + ")"));
        elsewhere.appendChild(li);
      });
      if (others.length > 30) {
        elsewhere.appendChild(text("li", "\u2026 and " + (others.length - 30) + " more"));
      }
      elsewhere.hidden = false;
      return others.length;
    }

    function apply() {
      var query = input.value;
      if (!matcher.normalise(query)) {
        show(null);
        status.textContent = "";
        elsewhere.hidden = true;
        return;
      }
      var found = matcher.filter(query).map(function (p) { return matcher.entity(p); });
      var resolved = matcher.resolve(query);
      var ids = {};
      var here = 0;
      var words = "";
      if (found.length) {
        found.forEach(function (e) {
          ids[anchorOf(e.id)] = true;
          if (e.href.split("#")[0] === page) { here += 1; }
        });
        words = here + " entr" + (here === 1 ? "y" : "ies") + " on this page match \u201c" + query + "\u201d";
        if (resolved.id) {
          words += "; it is a spelling of " + matcher.byId(resolved.id).indexName;
        }
        var away = listElsewhere(found, "On the other pages of the who's who:");
        if (away) { words += "; " + away + " on the other pages (listed below)"; }
        status.textContent = words + ".";
      } else {
        var close = matcher.suggest(query, 8).map(function (s) { return matcher.byId(s[0]); });
        close.forEach(function (e) { ids[anchorOf(e.id)] = true; });
        if (close.length) {
          status.textContent = "No spelling matches \u201c" + query + "\u201d. The closest: " +
            close.map(function (e) { return e.indexName; }).join("; ") + ".";
          listElsewhere(close, "Close spellings on the other pages:");
        } else {
          status.textContent = "No spelling matches \u201c" + query + "\u201d, and none is close.";
          elsewhere.hidden = true;
        }
      }
      show(ids);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(apply, 80);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        input.value = "";
        apply();
      } else if (event.key === "Enter") {
        event.preventDefault();
        apply();
        var first = sections.filter(function (s) { return !s.hidden; })[0];
        var link = elsewhere.querySelector("a");
        if (first && input.value) {
          first.setAttribute("tabindex", "-1");
          first.focus();
          first.scrollIntoView({ block: "start" });
        } else if (link) {
          link.focus();
        }
      }
    });
    // an entry named in the address is shown even when the filter would hide it
    window.addEventListener("hashchange", function () {
      var target = document.getElementById(location.hash.slice(1));
      if (target && target.hidden) { input.value = ""; apply(); target.scrollIntoView(); }
    });
    var given = new URLSearchParams(location.search).get("name");
    if (given) { input.value = given; apply(); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
