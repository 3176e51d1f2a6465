/* Chorus in the browser: search as you type (search/index.html) and the theme filter of the
   articles list. Plain JavaScript, no libraries, nothing fetched: the search index is the script
   search/index.js, which also loads from disk (file://). Every page works without this file. */
(function () {
  'use strict';

  var LIMITS = { speakers: 6, themes: 5, articles: 20, quotes: 30 };
  var MARKS = /[\u0300-\u036f]/g;
  var APOSTROPHES = /['\u2018\u2019\u02bc]/g;
  var NON_WORD = /[^\p{L}\p{N}]+/gu;

  /* Text as search compares it: lower case, no accents or apostrophes, one space between
     words and one at each end, so ' ' + word finds a word's start. */
  function fold(text) {
    var words = text.normalize('NFD').replace(MARKS, '').toLowerCase()
      .replace(APOSTROPHES, '').replace(NON_WORD, ' ').trim();
    return ' ' + words + ' ';
  }

  /* At most 20 words: the index counts matched words in bytes. */
  function wordsOf(query) {
    var folded = fold(query).trim();
    return folded ? folded.split(' ').slice(0, 20) : [];
  }

  /* Folded texts, one a record, with an index from every word to the records that have it.
     A query word matches the words it starts, found by binary search in the sorted words, so
     a query touches only the records that have its words instead of reading every text. */
  function Corpus(texts) {
    var byWord = new Map();
    for (var i = 0; i < texts.length; i++) {
      var words = texts[i].split(' ');
      for (var j = 0; j < words.length; j++) {
        var w = words[j];
        var list = w && byWord.get(w);
        if (!w) {
          continue;
        } else if (list === undefined) {
          byWord.set(w, [i]);
        } else if (list[list.length - 1] !== i) {
          list.push(i);
        }
      }
    }
    this.texts = texts;
    this.words = Array.from(byWord.keys()).sort();
    this.records = this.words.map(function (w) { return byWord.get(w); });
    this.marks = new Uint8Array(texts.length);
  }

  /* Calls visit(i), in order, for every record i in which each of the words starts a word. */
  Corpus.prototype.each = function (words, visit) {
    var marks = this.marks;
    var all = this.words;
    marks.fill(0);
    for (var k = 0; k < words.length; k++) {
      var w = words[k];
      var lo = 0;
      var hi = all.length;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (all[mid] < w) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (var j = lo; j < all.length && all[j].startsWith(w); j++) {
        var list = this.records[j];
        for (var n = 0; n < list.length; n++) {
          if (marks[list[n]] === k) {
            marks[list[n]] = k + 1;
          }
        }
      }
    }
    for (var i = 0; i < marks.length; i++) {
      if (marks[i] === words.length) {
        visit(i);
      }
    }
  };

  /* The folded texts to look through, made once when the page loads. */
  function prepare(data) {
    var names = data.speakers.map(function (s) { return s[1]; });
    var titles = data.themes.map(function (t) { return t[1]; });
    function pick(list, positions) {
      return positions.map(function (i) { return list[i]; }).join(' ');
    }
    var articleTitles = data.articles.map(function (a) { return fold(a[1]); });
    return {
      data: data,
      speakers: new Corpus(data.speakers.map(function (s) { return fold(s[1] + ' ' + s[2]); })),
      themes: new Corpus(data.themes.map(function (t) { return fold(t[1]); })),
      titles: articleTitles,
      articles: new Corpus(data.articles.map(function (a, i) {
        return articleTitles[i] + fold(a[2] + ' ' + pick(names, a[4]) + ' ' + pick(titles, a[5]));
      })),
      quotes: new Corpus(data.quotes.map(function (q) { return fold(q[3] + ' ' + (q[2] >= 0 ? names[q[2]] : '')); }))
    };
  }

  /* The best k matches in index order among equals; counts every match. */
  function Top(k) {
    this.k = k;
    this.items = [];
    this.count = 0;
  }
  Top.prototype.add = function (at, score) {
    var items = this.items;
    this.count++;
    if (items.length === this.k && score <= items[items.length - 1].score) {
      return;
    }
    var i = items.length;
    while (i > 0 && items[i - 1].score < score) {
      i--;
    }
    items.splice(i, 0, { at: at, score: score });
    if (items.length > this.k) {
      items.pop();
    }
  };

  /* 0 unless every word starts a word of the text; a whole word scores more than a start,
     and the words in a row score more again. */
  function score(text, words, phrase) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = ' ' + words[i];
      if (text.indexOf(w) < 0) {
        return 0;
      }
      total += text.indexOf(w + ' ') >= 0 ? 2 : 1;
    }
    return phrase && text.indexOf(phrase) >= 0 ? total + 3 : total;
  }

  function scan(corpus, words, phrase, top) {
    corpus.each(words, function (i) {
      var s = score(corpus.texts[i], words, phrase);
      if (s > 0) {
        top.add(i, s);
      }
    });
  }

  /* Every word must be in the article's title or in its summary, speakers and themes; words in
     the title count three times. */
  function scanArticles(index, words, phrase, top) {
    var titles = index.titles;
    var texts = index.articles.texts;
    index.articles.each(words, function (i) {
      var title = titles[i];
      var s = 0;
      for (var j = 0; j < words.length; j++) {
        var w = ' ' + words[j];
        if (title.indexOf(w) >= 0) {
          s += 3;
        } else if (texts[i].indexOf(w, title.length) >= 0) {
          s += 1;
        } else {
          return;
        }
      }
      top.add(i, phrase && title.indexOf(phrase) >= 0 ? s + 3 : s);
    });
  }

  function search(index, query) {
    var words = wordsOf(query);
    var found = { query: query, words: words };
    Object.keys(LIMITS).forEach(function (kind) { found[kind] = new Top(LIMITS[kind]); });
    if (words.join('').length < 2) {
      return found;
    }
    var phrase = words.length > 1 ? ' ' + words.join(' ') + ' ' : null;
    scan(index.speakers, words, phrase, found.speakers);
    scan(index.themes, words, phrase, found.themes);
    scanArticles(index, words, phrase, found.articles);
    scan(index.quotes, words, phrase, found.quotes);
    return found;
  }

  /* ---- showing results: built from DOM nodes, never from HTML strings ---- */

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function link(href, content, className) {
    var a = el('a', className);
    a.href = href;
    a.append(content);
    return a;
  }

  function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  /* The words of the query marked where they start a word of the text. */
  function highlight(text, words) {
    var frag = document.createDocumentFragment();
    var pattern = new RegExp('(^|[^\\p{L}\\p{N}])(' + words.map(escapeRegExp).join('|') + ')', 'giu');
    var last = 0;
    var m;
    while ((m = pattern.exec(text)) !== null) {
      var start = m.index + m[1].length;
      frag.append(text.slice(last, start), el('mark', null, m[2]));
      last = start + m[2].length;
    }
    frag.append(text.slice(last));
    return frag;
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
  }

  function group(id, title, top, render) {
    var section = el('section', 'result-group');
    section.setAttribute('aria-labelledby', id);
    var h = el('h2', 'section-title', title + ' ');
    h.id = id;
    h.append(el('span', 'n', String(top.count)));
    var list = el('ol', 'result-list');
    top.items.forEach(function (item) { list.append(render(item.at)); });
    section.append(h, list);
    if (top.count > top.items.length) {
      section.append(el('p', 'note', 'and ' + (top.count - top.items.length) + ' more: add words to narrow the search.'));
    }
    return section;
  }

  function render(found, index, out, status) {
    var data = index.data;
    var root = out.getAttribute('data-root') || '';
    var words = found.words;
    function articleHref(a) { return root + 'articles/' + a[0] + '/index.html'; }
    function speakerHref(s) { return root + 'speakers/' + s[0] + '/index.html'; }
    function themeHref(t) { return root + 'themes/' + t[0] + '/index.html'; }

    var parts = [];
    if (found.speakers.count) {
      parts.push(group('found-speakers', 'Speakers', found.speakers, function (i) {
        var s = data.speakers[i];
        var li = el('li', 'result speaker-result');
        li.append(link(speakerHref(s), highlight(s[1], words), 'result-title'),
          el('span', 'meta', (s[2] ? s[2] + ' · ' : '') + plural(s[3], 'quote', 'quotes') + ' in ' + plural(s[4], 'article', 'articles')));
        return li;
      }));
    }
    if (found.themes.count) {
      parts.push(group('found-themes', 'Themes', found.themes, function (i) {
        var li = el('li', 'result theme-result');
        li.append(link(themeHref(data.themes[i]), highlight(data.themes[i][1], words), 'result-title'));
        return li;
      }));
    }
    if (found.quotes.count) {
      parts.push(group('found-quotes', 'Quotes', found.quotes, function (i) {
        var q = data.quotes[i];
        var a = data.articles[q[0]];
        var li = el('li', 'result quote-result');
        var text = el('q');
        text.append(highlight(q[3], words));
        var meta = el('p', 'meta');
        if (q[2] >= 0) {
          var s = data.speakers[q[2]];
          meta.append(link(speakerHref(s), highlight(s[1], words), 'who'), ' in ');
        } else {
          meta.append('Speaker not named, in ');
        }
        meta.append(link(articleHref(a), a[1]));
        li.append(link(articleHref(a) + '#p-' + q[1], text, 'quote-link'), meta);
        return li;
      }));
    }
    if (found.articles.count) {
      parts.push(group('found-articles', 'Articles', found.articles, function (i) {
        var a = data.articles[i];
        var li = el('li', 'result article-result');
        var meta = [];
        if (a[3]) {
          meta.push(a[3]);
        }
        if (a[4].length) {
          meta.push('Quoting ' + a[4].map(function (s) { return data.speakers[s][1]; }).join(', '));
        }
        li.append(link(articleHref(a), highlight(a[1], words), 'result-title'));
        if (meta.length) {
          li.append(el('p', 'meta', meta.join(' · ')));
        }
        var summary = el('p', 'summary');
        summary.append(highlight(a[2], words));
        li.append(summary);
        return li;
      }));
    }
    out.replaceChildren.apply(out, parts);

    if (!words.length) {
      status.textContent = '';
    } else if (words.join('').length < 2) {
      status.textContent = 'Type at least two letters.';
    } else if (!parts.length) {
      status.textContent = 'Nothing matches “' + found.query.trim() + '”. Try fewer words, or other ones.';
    } else {
      var counts = [];
      [['articles', 'article', 'articles'], ['quotes', 'quote', 'quotes'], ['speakers', 'speaker', 'speakers'],
        ['themes', 'theme', 'themes']].forEach(function (k) {
        if (found[k[0]].count) {
          counts.push(plural(found[k[0]].count, k[1], k[2]));
        }
      });
      var last = counts.pop();
      status.textContent = 'Found ' + (counts.length ? counts.join(', ') + ' and ' : '') + last
        + ' for “' + found.query.trim() + '”.';
    }
  }

  /* The address shows the search, so it can be bookmarked and shared. Pages opened from disk
     may refuse to change their address, which only costs that. */
  function remember(name, value) {
    try {
      var params = new URLSearchParams(location.search);
      if (value) {
        params.set(name, value);
      } else {
        params.delete(name);
      }
      var query = params.toString();
      history.replaceState(null, '', location.pathname + (query ? '?' + query : '') + location.hash);
    } catch (e) {
      /* nothing else to do */
    }
  }

  function initSearch() {
    var form = document.querySelector('[data-search]');
    if (!form) {
      return;
    }
    var status = document.querySelector('[data-search-status]');
    var out = document.querySelector('[data-search-results]');
    if (!window.CHORUS_SEARCH) {
      status.textContent = 'The search index (search/index.js) did not load. Browse the articles, speakers and themes instead.';
      return;
    }
    var started = performance.now();
    var index = prepare(window.CHORUS_SEARCH);
    var prepared = performance.now() - started;
    var input = form.querySelector('input[name="q"]');
    var timer = 0;
    function run() {
      clearTimeout(timer);
      render(search(index, input.value), index, out, status);
      remember('q', input.value.trim());
    }
    form.hidden = false;
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      run();
    });
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, 40);
    });
    var asked = new URLSearchParams(location.search).get('q');
    if (asked) {
      input.value = asked;
      run();
    } else {
      input.focus();
    }
    /* for tests and benchmarks */
    window.chorusSearch = {
      prepareMillis: prepared,
      query: function (q) { return search(index, q); },
      show: function (q) { input.value = q; run(); }
    };
  }

  /* The articles list: the theme links become buttons that filter the list in place. */
  function initFilter() {
    var box = document.querySelector('[data-theme-filter]');
    var list = document.querySelector('[data-filterable]');
    if (!box || !list) {
      return;
    }
    var items = Array.prototype.slice.call(list.children);
    var status = box.querySelector('.filter-status');
    var titles = {};
    var buttons = [];
    var active = '';
    function button(slug, nodes) {
      var b = el('button', 'chip');
      b.type = 'button';
      b.setAttribute('data-theme', slug);
      b.setAttribute('aria-pressed', 'false');
      b.append.apply(b, nodes);
      b.addEventListener('click', function () { choose(slug === active ? '' : slug); });
      buttons.push(b);
      return b;
    }
    function choose(slug) {
      active = titles.hasOwnProperty(slug) ? slug : '';
      buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-theme') === active)); });
      var shown = 0;
      items.forEach(function (li) {
        var on = !active || (' ' + li.getAttribute('data-themes') + ' ').indexOf(' ' + active + ' ') >= 0;
        li.hidden = !on;
        shown += on ? 1 : 0;
      });
      status.textContent = active ? 'Showing ' + plural(shown, 'article', 'articles') + ' on ' + titles[active]
        + ' (of ' + items.length + ').' : '';
      remember('theme', active);
    }
    box.querySelectorAll('a[data-theme]').forEach(function (a) {
      var slug = a.getAttribute('data-theme');
      titles[slug] = a.firstChild.textContent.trim();
      a.replaceWith(button(slug, Array.prototype.slice.call(a.childNodes)));
    });
    var allItem = el('li');
    allItem.append(button('', ['All themes']));
    box.querySelector('ul').prepend(allItem);
    box.querySelector('.filter-label').textContent = 'Filter by theme';
    choose(new URLSearchParams(location.search).get('theme') || '');
  }

  function init() {
    initSearch();
    initFilter();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
