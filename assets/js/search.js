/* In-browser full-text search for the bulletin archive: reads the index that
 * org.bulletinarchive.search.SearchIndex writes. ES2017, no dependencies, no fetch/modules/workers:
 * every index file is a classic script that calls BulletinSearch.register(), so it works from file://. */
(function (global) {
  'use strict';
  var B64 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
  var VAL = {};
  for (var b = 0; b < 64; b++) VAL[B64.charCodeAt(b)] = b;
  var PAGE = 10, K1 = 1.2, FIELD_BOOST = 1.5, MAX_CHECKS = 60, SNIPPET = 90;

  // --- tokenizer: must agree with Tokenizer.java (src/test/resources/search/tokenizer-vectors.json)
  function normalize(s) { return s.normalize('NFKC').toLowerCase(); }
  function isHan(c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
      (c >= 0x20000 && c <= 0x3134F) || c === 0x3007;
  }
  function isDigit(c) { return c >= 48 && c <= 57; }
  function isWord(c) { return (c >= 97 && c <= 122) || isDigit(c) || (c >= 0xC0 && c <= 0x24F && c !== 0xD7 && c !== 0xF7); }
  function segments(text) { // -> [{han, text, at, to}], at/to: code point offsets in the normalised text
    var cps = Array.from(normalize(text)), out = [], run = '', kind = 0, at = 0;
    for (var i = 0; i < cps.length; i++) {
      var c = cps[i].codePointAt(0), k = 0;
      if (isHan(c)) k = 1;
      else if (isWord(c)) k = 2;
      else if (c === 46 && kind === 2 && isDigit(run.charCodeAt(run.length - 1)) && i + 1 < cps.length && isDigit(cps[i + 1].codePointAt(0))) k = 2;
      if (k !== kind && kind !== 0) { out.push({ han: kind === 1, text: run, at: at, to: i }); run = ''; }
      if (k !== kind) at = i;
      if (k !== 0) run += cps[i];
      kind = k;
    }
    if (kind !== 0) out.push({ han: kind === 1, text: run, at: at, to: cps.length });
    return out;
  }
  function indexTerms(text) {
    var terms = [];
    segments(text).forEach(function (s) {
      if (!s.han) { terms.push(s.text); return; }
      var c = Array.from(s.text);
      for (var i = 0; i < c.length; i++) { terms.push(c[i]); if (i + 1 < c.length) terms.push(c[i] + c[i + 1]); }
    });
    return terms;
  }
  function queryTerms(text) {
    var terms = [];
    function add(t) { if (terms.indexOf(t) < 0) terms.push(t); }
    segments(text).forEach(function (s) {
      if (!s.han) { add(s.text); return; }
      var c = Array.from(s.text);
      if (c.length === 1) add(s.text);
      for (var i = 0; i + 1 < c.length; i++) add(c[i] + c[i + 1]);
    });
    return terms;
  }
  // --- phrases, checked in the stored text: a Han run of 3+ characters, or words and Han written together (2023年).
  // In the text a space between a word and Han does not part them (2023 年), anything else does (2023—2025年).
  function piece(s) { return s.han ? s.text : '\x01' + s.text + '\x02'; } // whole words: no 2023年 in 12023年
  function runs(query) { // segments written together, by the query's space-separated parts
    var out = [];
    normalize(query).split(/\s+/).forEach(function (part) {
      segments(part).forEach(function (s, i, all) {
        if (i > 0 && s.at === all[i - 1].to) out[out.length - 1].push(s); else out.push([s]);
      });
    });
    return out;
  }
  function isPhrase(run) { return run.length > 1 || (run[0].han && Array.from(run[0].text).length > 2); }
  function phraseText(text) {
    var cps = Array.from(normalize(text)), out = '';
    segments(text).forEach(function (s, i, all) {
      var p = all[i - 1];
      if (p) out += p.han !== s.han && /^[ \t]*$/.test(cps.slice(p.to, s.at).join('')) ? '' : '|';
      out += piece(s);
    });
    return out;
  }
  function phrases(query) { // for tests
    return runs(query).filter(isPhrase).map(function (r) { return r.map(function (s) { return s.text; }); });
  }
  function hash(term) { // FNV-1a over UTF-16 code units, as ShardWriter assigns packs
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) { h ^= term.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    return h >>> 0;
  }

  // --- loading: classic <script> elements relative to the index entry script
  var index = null, base = '', waiting = {}, loaded = {}, loader = null, ready = [];
  function register(data) {
    var key = data.k + (data.i == null ? '' : '/' + data.i); // p/3, d/12, or i, f, w
    if (data.k === 'i') {
      index = data;
      var el = (global.document && (global.document.currentScript || global.document.getElementById('search-index'))) || null;
      if (el && el.src) base = el.src.slice(0, el.src.lastIndexOf('/') + 1);
      ready.splice(0).forEach(function (f) { f(); });
    }
    if (waiting[key]) { waiting[key].resolve(data); delete waiting[key]; }
  }
  function domLoader(path, fail) {
    var s = global.document.createElement('script');
    // the files keep their names from build to build; the index's hash makes a browser fetch them again after a rebuild
    s.src = base + path + (index && index.h ? '?v=' + index.h : '');
    s.charset = 'utf-8';
    s.onerror = fail;
    s.onload = function () { s.parentNode.removeChild(s); };
    global.document.head.appendChild(s);
  }
  function load(key) {
    if (!loaded[key]) {
      loaded[key] = new Promise(function (resolve, reject) {
        waiting[key] = { resolve: resolve };
        (loader || domLoader)(key + '.js', function () { delete loaded[key]; reject(new Error('无法加载搜索索引 ' + key)); });
      });
    }
    return loaded[key];
  }
  function whenReady() { return new Promise(function (r) { if (index) r(); else ready.push(r); }); }
  function vlqs(s, from, to) { // the vlq numbers (PostingsCodec) in s from..to
    var out = [], acc = 0, v;
    for (var i = from || 0; i < (to == null ? s.length : to); i++) {
      v = VAL[s.charCodeAt(i)]; acc = acc * 32 + (v & 31);
      if (v < 32) { out.push(acc); acc = 0; }
    }
    return out;
  }
  // --- documents: d/<g>.js holds the docs of group g, their titles and texts packed by TextCodec.java
  var starts = null, groups = {};
  function groupOf(id) {
    if (!starts) { starts = [0]; vlqs(index.g).forEach(function (k) { starts.push(starts[starts.length - 1] + k + 1); }); }
    var g = 0;
    while (starts[g + 1] <= id) g++;
    return g;
  }
  function unpack(p, table) {
    var out = [], i = 0, c, d, k;
    while (i < p.length) {
      c = p.charCodeAt(i++);
      if (c === 0x7F && p[i] === '~') { out.push(p[i + 1]); i += 2; } else if (c === 0x7F) {
        for (d = [], k = i; d.length < 2; k++) if (VAL[p.charCodeAt(k)] < 32) d.push(k + 1);
        d = [vlqs(p, i, d[0])[0], vlqs(p, d[0], d[1])[0]]; i = k;
        for (k = 0; k < d[1] + 2; k++) out.push(out[out.length - d[0] - 1]);
      } else out.push(c >= 0x100 && c < 0x100 + table.length ? table[c - 0x100] : p[i - 1]);
    }
    return out.join('');
  }
  function loadDoc(id) {
    var g = groupOf(id);
    groups[g] = groups[g] || Promise.all([load('d/' + g), load('w')]).then(function (got) {
      var f = got[0], text = unpack(f.x, got[1].w), at = 0;
      return f.d.map(function (r, k) {
        var t = text.substr(at, f.l[2 * k]), x = text.substr(at + t.length, f.l[2 * k + 1]);
        at += t.length + x.length;
        return { i: starts[g] + k, u: r[0], t: t, c: r[1], s: r[2], r: r[3], n: r[4], y: r[5], a: r[6], e: r[7], x: x };
      });
    }, function (e) { delete groups[g]; throw e; });
    return groups[g].then(function (docs) { return docs[id - starts[g]]; });
  }

  // --- postings: see ShardWriter and PostingsCodec for the format
  function term(t) {
    return load('p/' + (hash(t) % index.p)).then(function (pack) { return pack.t[t] || null; });
  }
  function decode(e, n) { // -> {docs:[], q:[]} for body; field docs get q = -1 when absent from the body
    var docs = [], q = [], p = e[1], i, v, prev = -1;
    if (p.charAt(0) === 'b') {
      var len = Math.ceil(n / 6);
      for (i = 0; i < len; i++) {
        v = VAL[p.charCodeAt(1 + i)];
        for (var j = 0; j < 6; j++) if (v & (1 << j)) docs.push(i * 6 + j);
      }
      for (i = 0; i < docs.length; i++) { v = VAL[p.charCodeAt(1 + len + (i >> 1))]; q.push(i & 1 ? v & 7 : v >> 3); }
    } else vlqs(p, 1).forEach(function (a) { prev += (a >> 3) + 1; docs.push(prev); q.push(a & 7); });
    var field = [];
    prev = -1;
    vlqs(e[2] || '').forEach(function (a) { prev += a + 1; field.push(prev); });
    return { df: e[0], docs: docs, q: q, field: field };
  }

  // --- searching
  function yearOf(id) {
    for (var i = 0; i < index.y.length; i++) if (id >= index.y[i][1] && id < index.y[i][2]) return index.y[i][0];
    return 0;
  }
  function code(cs, w, id) { var c = 0; for (var i = 0; i < w; i++) c = c * 64 + VAL[cs.charCodeAt(id * w + i)]; return c; }
  function subjectOf(f, id) { return index.c[code(f.c, index.cw, id)][0]; } // c: the subject codes (ShardWriter)
  function seriesOf(f, id) { // f.r: per run of ids in one series vlq(its code), vlq(length - 1)
    if (!f.rs) {
      var r = vlqs(f.r), at = 0;
      f.rs = new Uint16Array(index.n);
      for (var i = 0; i < r.length; i += 2) { f.rs.fill(r[i], at, at + r[i + 1] + 1); at += r[i + 1] + 1; }
    }
    return index.r[f.rs[id]][0];
  }
  function seriesList() { return (index && index.r) || []; }
  function charMap(text) { // normalised text plus, per UTF-16 unit of it, the index in the original
    var norm = '', map = [], i = 0;
    Array.from(text).forEach(function (ch) {
      var n = normalize(ch);
      for (var k = 0; k < n.length; k++) map.push(i);
      norm += n; i += ch.length;
    });
    map.push(i);
    return { norm: norm, map: map };
  }
  function highlight(text, needles, around) { // -> [{t, m}] parts; around: cut a window near the best match
    var cm = charMap(text), hits = [];
    needles.forEach(function (n) {
      for (var at = cm.norm.indexOf(n); at >= 0 && n; at = cm.norm.indexOf(n, at + 1)) hits.push([cm.map[at], cm.map[at + n.length], n]);
    });
    hits.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var from = 0, to = text.length;
    if (around && text.length > SNIPPET) {
      var best = -1, bestScore = -1;
      hits.forEach(function (h) {
        var seen = {};
        hits.forEach(function (o) { if (o[0] >= h[0] - 20 && o[1] <= h[0] + SNIPPET - 20) seen[o[2]] = o[2].length; });
        var s = Object.keys(seen).reduce(function (a, k) { return a + seen[k]; }, 0);
        if (s > bestScore) { bestScore = s; best = h[0]; }
      });
      from = best < 0 ? 0 : Math.max(0, best - 20);
      to = Math.min(text.length, from + SNIPPET);
    }
    var parts = [], pos = from;
    if (from > 0) parts.push({ t: '…', m: false });
    hits.forEach(function (h) {
      if (h[0] < pos || h[1] > to) return;
      if (h[0] > pos) parts.push({ t: text.slice(pos, h[0]), m: false });
      parts.push({ t: text.slice(h[0], h[1]), m: true }); pos = h[1];
    });
    if (pos < to) parts.push({ t: text.slice(pos, to), m: false });
    if (to < text.length) parts.push({ t: '…', m: false });
    return parts;
  }
  function verifies(doc, phrases) {
    var text = phraseText(doc.t + '\n' + doc.c + '\n' + doc.x);
    return phrases.every(function (p) { return text.indexOf(p) >= 0; });
  }

  function search(query, opts) {
    opts = opts || {};
    var q = query || '', terms = queryTerms(q), rs = runs(q), needles = [];
    var phrases = rs.filter(isPhrase).map(function (r) { return r.map(piece).join(''); });
    rs.forEach(function (r) {
      var t = r.map(function (s) { return s.text; });
      needles.push(t.join(''));
      if (t.length > 1) needles.push(t.join(' '));
    });
    return whenReady().then(function () {
      if (!terms.length) return { kind: 'none', query: q, total: 0, exact: true, more: false, results: [], subjects: [], years: [], series: [] };
      return Promise.all([Promise.all(terms.map(term)), load('f')]).then(function (got) {
        return rank(q, terms, got[0], got[1], phrases, needles, opts, false);
      });
    });
  }
  // all terms must match (verified against the stored text); if nothing does, any term matches, as 'partial'
  function rank(q, terms, entries, facets, phrases, needles, opts, partial) {
    var n = index.n, pages = opts.pages || 1;
    var score = new Float64Array(n), count = new Uint8Array(n), touched = [];
    entries.forEach(function (e) {
      if (!e) return;
      var d = decode(e, n), idf = Math.log(1 + (n - d.df + 0.5) / (d.df + 0.5)), i, id, seen = new Uint8Array(n);
      for (i = 0; i < d.docs.length; i++) {
        id = d.docs[i]; seen[id] = 1;
        if (count[id]++ === 0) touched.push(id);
        score[id] += idf * (K1 + 1) * (d.q[i] + 1) / 8;
      }
      for (i = 0; i < d.field.length; i++) {
        id = d.field[i]; score[id] += idf * FIELD_BOOST;
        if (!seen[id] && count[id]++ === 0) touched.push(id);
      }
    });
    var pool = partial ? touched : touched.filter(function (id) { return count[id] === terms.length; });
    if (!pool.length && !partial) return rank(q, terms, entries, facets, phrases, needles, opts, true);
    var subjects = {}, years = {}, series = {};
    pool.forEach(function (id) { subjects[subjectOf(facets, id)] = 1; years[yearOf(id)] = 1; series[seriesOf(facets, id)] = 1; });
    var list = pool.filter(function (id) {
      return (!opts.subject || subjectOf(facets, id) === opts.subject) && (!opts.year || String(yearOf(id)) === String(opts.year)) &&
        (!opts.series || seriesOf(facets, id) === opts.series);
    });
    list.sort(function (a, c) { return score[c] - score[a] || c - a; }); // ids follow publication: the newer first on a tie
    var check = !partial && phrases.length > 0, want = pages * PAGE, found = [], checked = 0;
    if (check && list.length <= 2 * PAGE) want = list.length; // a small set is verified whole, for an exact count
    function step() {
      var todo = list.slice(checked, checked + want - found.length);
      if (!todo.length || (check && checked >= want + MAX_CHECKS * pages)) return Promise.resolve();
      return Promise.all(todo.map(loadDoc)).then(function (docs) {
        checked += docs.length;
        docs.forEach(function (doc) { if (!check || verifies(doc, phrases)) found.push(doc); });
        return step();
      });
    }
    return step().then(function () {
      if (check && !found.length && checked >= list.length && !opts.subject && !opts.year && !opts.series) {
        return rank(q, terms, entries, facets, phrases, needles, opts, true);
      }
      var exact = !check || checked >= list.length, total = !check ? list.length : exact ? found.length :
        Math.max(found.length, Math.round(list.length * found.length / checked));
      var marks = partial ? needles.concat(terms) : needles;
      return {
        kind: pool.length ? (partial ? 'partial' : 'all') : 'none', query: q, total: total, exact: exact,
        more: found.length > pages * PAGE || checked < list.length,
        results: found.slice(0, pages * PAGE).map(function (doc) {
          return { doc: doc, title: highlight(doc.t, marks, false), snippet: highlight(doc.x.replace(/\s*\n\s*/g, ' '), marks, true) };
        }),
        subjects: index.c.filter(function (s) { return subjects[s[0]]; }),
        series: seriesList().filter(function (s) { return series[s[0]]; }),
        years: Object.keys(years).sort().reverse()
      };
    });
  }

  // --- page: search.html?q=…&city=…&year=…&series=…; city= is the subject filter, so named in addresses already shared
  var ui = {}, KEYS = ['q', 'subject', 'year', 'series'], PARAMS = { subject: 'city' };
  function param(k) { return PARAMS[k] || k; }
  function el(name, cls, text) {
    var e = global.document.createElement(name);
    if (cls) e.className = cls;
    if (text != null) e.appendChild(global.document.createTextNode(text));
    return e;
  }
  function params() {
    var p = {};
    global.location.search.replace(/^\?/, '').split('&').forEach(function (kv) {
      var i = kv.indexOf('=');
      if (kv) p[decodeURIComponent((i < 0 ? kv : kv.slice(0, i)).replace(/\+/g, ' '))] = i < 0 ? '' : decodeURIComponent(kv.slice(i + 1).replace(/\+/g, ' '));
    });
    var state = {};
    KEYS.forEach(function (k) { state[k] = p[param(k)] || ''; });
    return state;
  }
  function navigate(state) {
    var qs = '';
    KEYS.forEach(function (k) { if (state[k] || k === 'q') qs += (qs ? '&' : '?') + param(k) + '=' + encodeURIComponent(state[k]); });
    try { global.history.pushState(null, '', qs); } catch (e) { global.location.search = qs; return; }
    run(1);
  }
  function select(name, label, all, options, value, state) {
    var wrap = el('label', 'search-filter'), s = el('select');
    wrap.appendChild(global.document.createTextNode(label + ' '));
    s.name = name; s.id = 'search-' + name;
    s.appendChild(el('option', null, all)).value = '';
    options.forEach(function (o) { var op = s.appendChild(el('option', null, o[1])); op.value = o[0]; op.selected = o[0] === value; });
    s.onchange = function () { var next = Object.assign({}, state); next[name] = s.value; navigate(next); };
    wrap.appendChild(s);
    return wrap;
  }
  function parts(node, list) {
    list.forEach(function (p) { node.appendChild(p.m ? el('mark', null, p.t) : global.document.createTextNode(p.t)); });
    return node;
  }
  var runId = 0;
  function run(pages) {
    var state = params(), id = ++runId, d = global.document;
    ui.input.value = state.q;
    if (!state.q.trim()) { ui.status.textContent = ''; ui.results.textContent = ''; ui.filters.textContent = ''; return; }
    ui.status.textContent = '正在搜索…';
    search(state.q, { subject: state.subject, year: state.year, series: state.series, pages: pages }).then(function (r) {
      if (id !== runId) return;
      ui.results.textContent = ''; ui.filters.textContent = '';
      var old = d.getElementById('search-partial'); if (old) old.parentNode.removeChild(old);
      old = d.getElementById('search-more'); if (old) old.parentNode.removeChild(old);
      if (r.kind === 'none' || !r.results.length) {
        ui.status.textContent = '没有找到与“' + state.q + '”相关的内容。';
      } else {
        ui.status.textContent = (r.kind === 'partial' ? '没有同时包含全部关键词的结果，' : '') + (r.exact ? '共 ' : '约 ') + r.total + ' 条结果';
      }
      if (r.kind === 'partial' && r.results.length) {
        var h = el('h2', 'search-partial-heading', '部分匹配'); h.id = 'search-partial';
        ui.results.parentNode.insertBefore(h, ui.results);
      }
      // the series filter only where the archive has several series
      if (seriesList().length > 1) ui.filters.appendChild(select('series', '系列', '全部系列', seriesList(), state.series, state));
      if (r.subjects.length > 1 || state.subject) ui.filters.appendChild(select('subject', '地区与单位', '全部地区与单位', r.subjects, state.subject, state));
      if (r.years.length > 1 || state.year) ui.filters.appendChild(select('year', '年份', '全部年份', r.years.map(function (y) { return [y, y + '年']; }), state.year, state));
      r.results.forEach(function (x) {
        var li = el('li', 'search-result'), a = parts(el('a', 'search-result-title'), x.title);
        a.href = x.doc.u;
        li.appendChild(a);
        var sr = seriesList().length > 1 && seriesList().filter(function (s) { return s[0] === x.doc.r; })[0];
        li.appendChild(el('p', 'search-result-meta', [sr && sr[1], '第' + x.doc.n + '期', x.doc.a, x.doc.c].filter(Boolean).join(' · ')));
        li.appendChild(parts(el('p', 'search-result-snippet'), x.snippet));
        ui.results.appendChild(li);
      });
      if (r.more) {
        var more = el('button', 'search-more', '显示更多结果'); more.type = 'button'; more.id = 'search-more';
        more.onclick = function () { run(pages + 1); };
        ui.results.parentNode.insertBefore(more, ui.results.nextSibling);
      }
    }, function (e) { if (id === runId) ui.status.textContent = '搜索出错：' + e.message; });
  }
  function start() {
    var d = global.document;
    ui = { form: d.getElementById('search-form'), input: d.getElementById('search-q'), status: d.getElementById('search-status'),
      results: d.getElementById('search-results'), filters: d.getElementById('search-filters') };
    if (!ui.form || !ui.input || !ui.status || !ui.results || !ui.filters) return;
    ui.form.onsubmit = function (e) { e.preventDefault(); navigate({ q: ui.input.value, series: params().series }); };
    global.addEventListener('popstate', function () { run(1); });
    run(1);
  }

  global.BulletinSearch = {
    register: register, search: search, segments: segments, indexTerms: indexTerms, queryTerms: queryTerms, phrases: phrases,
    normalize: normalize, highlight: highlight, hash: hash,
    setLoader: function (f) { loader = f; } // for tests: f(path, fail) must make the file call register()
  };
  if (global.document) {
    if (global.document.readyState === 'loading') global.document.addEventListener('DOMContentLoaded', start);
    else start();
  }
}(typeof window !== 'undefined' ? window : this));
