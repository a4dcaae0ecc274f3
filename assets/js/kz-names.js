/* Name matching for the website: the same rules as kznetworks.register.names.
 *
 * The folding rules (Cyrillic letters, apostrophes, transliteration variants) and the
 * register's spellings with their keys come from Python, in the site's data script
 * (window.kzRegister, written by kznetworks.book.sitedata). This script only applies
 * them to what the reader types:
 *
 *   normalise(name)  case, accents, punctuation, spacing; Cyrillic in Latin letters
 *   fold(name)       also dzh/j, kh/h, y/i, doubled letters, ie/e
 *   resolve(name)    the entity a spelling names (exact key, folded key, folded words
 *                    in any order), as names.resolve does
 *   filter(query)    every entity one of whose spellings holds each folded word typed
 *   suggest(name)    the closest spellings (rapidfuzz's fuzz.ratio, the same cutoff,
 *                    ranking and ties as names.suggest)
 *
 * The test suite runs this file with node over every alias of the register and
 * variants of them, and checks that it answers as the Python functions do. It works
 * in a browser (window.kzNames) and in node (module.exports).
 */
(function (root, factory) {
  "use strict";
  var api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.kzNames = api;
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var MARKS = /\p{M}/gu;
  var OTHER = /[^a-z0-9]+/g;

  function Matcher(register) {
    var rules = register.rules;
    this.register = register;
    this.cyrillic = rules.cyrillic;
    this.quotes = new RegExp(rules.quotes, "g");
    this.variants = rules.variants.map(function (pair) {
      return [new RegExp(pair[0], "g"), pair[1]];
    });
    this.cutoff = rules.cutoff;
    this.exact = {};
    this.folded = {};
    this.words = {};
    var self = this;
    register.folded.forEach(function (keys, position) {
      register.exact[position].forEach(function (key) { add(self.exact, key, position); });
      keys.forEach(function (key) {
        add(self.folded, key, position);
        add(self.words, sortedWords(key), position);
      });
    });
    this.choices = makeChoices(this.folded);
    this.positions = {};
    register.entities.forEach(function (e, p) { self.positions[e[0]] = p; });
  }

  function add(index, key, position) {
    if (!Object.prototype.hasOwnProperty.call(index, key)) { index[key] = []; }
    if (index[key].indexOf(position) < 0) { index[key].push(position); }
  }

  function sortedWords(key) {
    return key.split(" ").sort(function (a, b) { return a < b ? -1 : a > b ? 1 : 0; }).join(" ");
  }

  function makeChoices(folded) {
    // every folded spelling, and each word of four letters or more of a longer one
    var whole = {}, words = {};
    Object.keys(folded).forEach(function (key) {
      whole[key] = folded[key].slice();
      var parts = key.split(" ");
      if (parts.length > 1) {
        parts.forEach(function (word) {
          if (word.length >= 4) {
            folded[key].forEach(function (p) { add(words, word, p); });
          }
        });
      }
    });
    var keys = Object.keys(whole).concat(Object.keys(words).filter(function (k) {
      return !Object.prototype.hasOwnProperty.call(whole, k);
    }));
    return keys.map(function (key) {
      var mine = whole[key] || [];
      var inWords = (words[key] || []).filter(function (p) { return mine.indexOf(p) < 0; });
      return [key, mine, inWords];
    });
  }

  Matcher.prototype.normalise = function (name) {
    var text = String(name).normalize("NFKD").replace(MARKS, "").toLowerCase();
    var cyrillic = this.cyrillic, out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      out += Object.prototype.hasOwnProperty.call(cyrillic, c) ? cyrillic[c] : c;
    }
    return out.replace(this.quotes, "").replace(OTHER, " ").trim();
  };

  Matcher.prototype.fold = function (name) {
    var text = this.normalise(name);
    this.variants.forEach(function (pair) { text = text.replace(pair[0], pair[1]); });
    return text;
  };

  Matcher.prototype.entity = function (position) {
    var e = this.register.entities[position];
    return { position: position, id: e[0], name: e[1], indexName: e[2], kind: e[3], href: e[4] };
  };

  Matcher.prototype.byId = function (id) {
    var p = this.positions[id];
    return p === undefined ? null : this.entity(p);
  };

  /* {id, ambiguous: [ids], suggestions: [[id, name, score]]}, as names.resolve answers */
  Matcher.prototype.resolve = function (name) {
    var key = this.normalise(name);
    if (!key) { return { id: null, ambiguous: [], suggestions: [] }; }
    var folded = this.fold(name);
    var looks = [[this.exact, key], [this.folded, folded], [this.words, sortedWords(folded)]];
    for (var i = 0; i < looks.length; i++) {
      var found = looks[i][0][looks[i][1]];
      if (found && Object.prototype.hasOwnProperty.call(looks[i][0], looks[i][1])) {
        var self = this;
        var ids = found.map(function (p) { return self.entity(p).id; }).sort();
        if (ids.length === 1) { return { id: ids[0], ambiguous: [], suggestions: [] }; }
        return { id: null, ambiguous: ids, suggestions: [] };
      }
    }
    return { id: null, ambiguous: [], suggestions: this.suggest(name) };
  };

  /* positions of the entities whose spellings hold every folded word of the query */
  Matcher.prototype.filter = function (query) {
    var words = this.fold(query).split(" ").filter(Boolean);
    var out = [];
    var folded = this.register.folded;
    for (var p = 0; p < folded.length; p++) {
      var keys = folded[p];
      var all = words.every(function (word) {
        return keys.some(function (key) { return key.indexOf(word) >= 0; });
      });
      if (all) { out.push(p); }
    }
    return out;
  };

  /* rapidfuzz's fuzz.ratio: 100 * (1 - indel distance / total length) */
  function ratio(a, b) {
    var total = a.length + b.length;
    if (total === 0) { return 100; }
    var previous = new Array(b.length + 1).fill(0);
    for (var i = 1; i <= a.length; i++) {
      var current = [0];
      for (var j = 1; j <= b.length; j++) {
        current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 :
          Math.max(previous[j], current[j - 1]);
      }
      previous = current;
    }
    var distance = total - 2 * previous[b.length];
    return (1 - distance / total) * 100;
  }

  Matcher.prototype.suggest = function (name, limit) {
    limit = limit || 5;
    var query = this.fold(name);
    if (!query) { return []; }
    var best = {};
    var cutoff = this.cutoff;
    function better(p, score, rank) {
      var had = best[p];
      if (!had || score > had[0] || (score === had[0] && rank > had[1])) { best[p] = [score, rank]; }
    }
    this.choices.forEach(function (choice) {
      var score = ratio(query, choice[0]);
      if (score < cutoff) { return; }
      choice[1].forEach(function (p) { better(p, score, 1); });
      choice[2].forEach(function (p) { better(p, score, 0); });
    });
    var self = this;
    var ranked = Object.keys(best).map(Number).map(function (p) { return self.entity(p); });
    ranked.sort(function (x, y) {
      var a = best[x.position], b = best[y.position];
      if (a[0] !== b[0]) { return b[0] - a[0]; }
      if (a[1] !== b[1]) { return b[1] - a[1]; }
      if (x.name !== y.name) { return x.name < y.name ? -1 : 1; }
      return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
    });
    return ranked.slice(0, limit).map(function (e) {
      return [e.id, e.name, Math.round(best[e.position][0] * 1e6) / 1e6];
    });
  };

  return {
    Matcher: Matcher,
    ratio: ratio,
    matcher: function (register) { return new Matcher(register); }
  };
});
