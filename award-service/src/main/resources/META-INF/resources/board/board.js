/*
 * The live standings board: a working example of award-service's contract for dashboards.
 *  1. A bearer token: from the URL fragment (#token=...) or pasted once; kept in sessionStorage.
 *  2. The standings: GET /api/v1/standings/{cluster}/{year} (and the scheme, for the criteria's titles),
 *     with the header "Authorization: Bearer <token>".
 *  3. Live: POST /api/v1/standings/stream-tickets with the bearer token gives a short-lived ticket;
 *     new EventSource('/api/v1/standings/stream?cluster=..&year=..&ticket=..'). Each event says the
 *     standings of the cluster and year changed (event id = the change's sequence number); the board
 *     reads them anew. On an error it closes the stream, asks a new ticket and reopens it with
 *     lastEventId=<the last id seen>, so no change is missed or repeated.
 * The API is this page's own origin, or the one named in ?api=https://... (CORS must allow this page's origin).
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'emulation.board.token';
  var params = new URLSearchParams(location.search);
  var API = (params.get('api') || '').replace(/\/$/, '');
  var COLORS = ['var(--c0)', 'var(--c1)', 'var(--c2)', 'var(--c3)', 'var(--c4)', 'var(--c5)'];
  var number = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  var figure = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });

  var state = { cluster: null, year: null, source: null, lastEventId: null, standings: null, scheme: null,
                reloadTimer: null, reconnectTimer: null, loading: false, again: false, generation: 0 };
  var $ = function (id) { return document.getElementById(id); };

  // --- the bearer token ---------------------------------------------------------------
  var fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  if (fragment.get('token')) {
    sessionStorage.setItem(TOKEN_KEY, fragment.get('token'));
    history.replaceState(null, '', location.pathname + location.search); // the token leaves the address bar
  }
  function token() { return sessionStorage.getItem(TOKEN_KEY); }

  function askForToken(message) {
    $('token-panel').hidden = false;
    $('token-error').hidden = !message;
    $('token-error').textContent = message || '';
    stopStream();
    setStatus('idle', 'Chưa kết nối');
  }

  $('token-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var value = $('token-input').value.trim().replace(/^Bearer\s+/i, '');
    if (!value) { return; }
    sessionStorage.setItem(TOKEN_KEY, value);
    $('token-input').value = '';
    $('token-panel').hidden = true;
    show();
  });
  $('forget-token').addEventListener('click', function () {
    sessionStorage.removeItem(TOKEN_KEY);
    askForToken();
  });

  // --- the API ---------------------------------------------------------------------------
  function api(path, options) {
    options = options || {};
    var headers = { 'Accept': 'application/json', 'Authorization': 'Bearer ' + token() };
    return fetch(API + path, { method: options.method || 'GET', headers: headers }).then(function (r) {
      if (r.status === 401) {
        var e = new Error('unauthorized'); e.status = 401; throw e;
      }
      if (!r.ok) {
        return r.json().catch(function () { return {}; }).then(function (p) {
          var e = new Error(p.detail || ('HTTP ' + r.status)); e.status = r.status; throw e;
        });
      }
      return r.json();
    });
  }

  // --- choosing the cluster and year ----------------------------------------------------------
  $('cluster').value = params.get('cluster') || '1';
  $('year').value = params.get('year') || String(new Date().getFullYear());
  $('choose-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var p = new URLSearchParams(location.search);
    p.set('cluster', $('cluster').value);
    p.set('year', $('year').value);
    history.replaceState(null, '', location.pathname + '?' + p.toString());
    show();
  });

  function show() {
    if (!token()) { askForToken(); return; }
    $('token-panel').hidden = true;
    state.cluster = parseInt($('cluster').value, 10);
    state.year = parseInt($('year').value, 10);
    state.lastEventId = null;
    state.standings = null;
    state.generation++;
    $('board').innerHTML = '';
    $('title').textContent = 'Cụm thi đua số ' + state.cluster + ' — năm ' + state.year;
    load();
    openStream(state.generation);
  }

  // --- the standings ------------------------------------------------------------------------
  function load() {
    if (state.loading) { state.again = true; return; }
    state.loading = true;
    var generation = state.generation;
    var c = state.cluster, y = state.year;
    Promise.all([api('/api/v1/standings/' + c + '/' + y), api('/api/v1/schemes/' + c + '/' + y).catch(function () { return null; })])
      .then(function (both) {
        if (generation !== state.generation) { return; }
        message(null);
        render(both[0], both[1]);
      })
      .catch(function (e) {
        if (e.status === 401) { askForToken('Mã truy cập không hợp lệ hoặc đã hết hạn. Hãy dán mã mới.'); return; }
        if (e.status === 404) {
          $('board').innerHTML = '';
          message('Cụm thi đua số ' + c + ' chưa có bảng xếp hạng năm ' + y + '. Bảng sẽ hiện ngay khi có báo cáo.');
          return;
        }
        message('Không đọc được bảng xếp hạng: ' + e.message);
      })
      .then(function () {
        state.loading = false;
        if (state.again) { state.again = false; load(); }
      });
  }

  function scheduleLoad() {
    clearTimeout(state.reloadTimer);
    state.reloadTimer = setTimeout(load, 150); // a burst of changes is read once
  }

  function message(text) {
    $('message').hidden = !text;
    $('message').textContent = text || '';
  }

  // --- the live stream ----------------------------------------------------------------------
  function openStream(generation) {
    stopStream();
    api('/api/v1/standings/stream-tickets', { method: 'POST' }).then(function (t) {
      if (generation !== state.generation) { return; }
      var url = API + '/api/v1/standings/stream?cluster=' + state.cluster + '&year=' + state.year
        + '&ticket=' + encodeURIComponent(t.ticket)
        + (state.lastEventId ? '&lastEventId=' + encodeURIComponent(state.lastEventId) : '');
      var source = new EventSource(url);
      state.source = source;
      source.onopen = function () {
        setStatus('live', 'Đang cập nhật trực tiếp');
        if (state.lastEventId === null) { load(); } // changes before the stream opened are in what is read now
      };
      source.onmessage = function (e) {
        if (e.lastEventId) { state.lastEventId = e.lastEventId; }
        scheduleLoad();
      };
      source.addEventListener('reset', function () { scheduleLoad(); });
      source.onerror = function () {
        // closed, cut, or the ticket refused: a new ticket, and resume after the last change seen
        source.close();
        if (state.source === source) { state.source = null; }
        setStatus('lost', 'Mất kết nối, đang kết nối lại…');
        clearTimeout(state.reconnectTimer);
        state.reconnectTimer = setTimeout(function () {
          if (generation === state.generation) { openStream(generation); }
        }, 2000);
      };
    }).catch(function (e) {
      if (e.status === 401) { askForToken('Mã truy cập không hợp lệ hoặc đã hết hạn. Hãy dán mã mới.'); return; }
      setStatus('lost', 'Mất kết nối, đang kết nối lại…');
      clearTimeout(state.reconnectTimer);
      state.reconnectTimer = setTimeout(function () {
        if (generation === state.generation) { openStream(generation); }
      }, 3000);
    });
  }

  function stopStream() {
    clearTimeout(state.reconnectTimer);
    if (state.source) { state.source.close(); state.source = null; }
  }

  function setStatus(kind, text) {
    var s = $('status');
    s.className = 'status ' + kind;
    s.textContent = text;
  }

  // --- drawing ----------------------------------------------------------------------------
  function criteriaOf(standings, scheme) {
    var byCode = {};
    ((scheme && scheme.criteria) || []).forEach(function (c) { byCode[c.code] = c; });
    var codes = [];
    standings.entries.forEach(function (e) {
      (e.breakdown || []).forEach(function (line) {
        if (codes.indexOf(line.criterionCode) < 0) { codes.push(line.criterionCode); }
      });
    });
    return codes.map(function (code, i) {
      var c = byCode[code] || {};
      return { code: code, title: c.title || code, color: COLORS[i % COLORS.length],
               cap: c.overshootCap ? Number(c.overshootCap) : 1 };
    });
  }

  function ruleText(rule, criteria) {
    if (!rule) { return ''; }
    if (rule === 'TOTAL_SCORE') { return 'tổng điểm cao hơn'; }
    if (rule === 'FEWER_PENALTY_POINTS') { return 'ít điểm trừ hơn'; }
    if (rule === 'MORE_BONUS_POINTS') { return 'nhiều điểm cộng hơn'; }
    if (rule.indexOf('CRITERION:') === 0) {
      var code = rule.substring('CRITERION:'.length);
      var c = criteria.filter(function (x) { return x.code === code; })[0];
      return 'điểm tiêu chí «' + (c ? c.title : code) + '» cao hơn';
    }
    return rule;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function render(standings, scheme) {
    var previous = {};
    if (state.standings) {
      state.standings.entries.forEach(function (e) { previous[e.unitCode] = e; });
    }
    var criteria = criteriaOf(standings, scheme);
    var weights = criteria.reduce(function (sum, c) {
      var line = null;
      standings.entries.some(function (e) {
        line = (e.breakdown || []).filter(function (l) { return l.criterionCode === c.code; })[0];
        return !!line;
      });
      return sum + (line && line.weight ? Number(line.weight) : 0);
    }, 0);
    var top = standings.entries.reduce(function (m, e) { return Math.max(m, Number(e.score)); }, 0);
    var scale = Math.max(weights, top, 1);

    var legend = $('legend');
    legend.innerHTML = '';
    criteria.forEach(function (c) {
      var li = el('li', null, c.title);
      li.style.setProperty('--swatch', c.color);
      legend.appendChild(li);
    });

    var board = $('board');
    board.innerHTML = '';
    var notes = [];
    var tied = [];
    standings.entries.forEach(function (e) {
      var li = el('li', 'unit');
      li.dataset.unit = e.unitCode;
      li.dataset.rank = e.rank;
      var before = previous[e.unitCode];
      if (state.standings && (!before || Number(before.score) !== Number(e.score) || before.rank !== e.rank)) {
        li.classList.add('changed');
      }

      var rank = el('div', 'rank', String(e.rank));
      if (before && before.rank !== e.rank) {
        var up = e.rank < before.rank;
        rank.appendChild(el('span', 'move ' + (up ? 'up' : 'down'), (up ? '▲ ' : '▼ ') + Math.abs(before.rank - e.rank)));
      }
      li.appendChild(rank);

      var name = el('div', 'name', e.unitName || e.unitCode);
      if (e.unitName) { name.appendChild(el('small', null, e.unitCode)); }
      li.appendChild(name);

      var score = el('div', 'score', number.format(Number(e.score)));
      score.dataset.score = e.score;
      var extra = [];
      if (Number(e.bonusPoints)) { extra.push('+' + number.format(Number(e.bonusPoints)) + ' cộng'); }
      if (Number(e.penaltyPoints)) { extra.push('−' + number.format(Number(e.penaltyPoints)) + ' trừ'); }
      score.appendChild(el('small', null, extra.length ? extra.join(', ') : 'điểm'));
      li.appendChild(score);

      var bar = el('div', 'total-bar');
      bar.title = 'Tổng ' + number.format(Number(e.score)) + ' điểm';
      var lines = {};
      (e.breakdown || []).forEach(function (l) { lines[l.criterionCode] = l; });
      criteria.forEach(function (c) {
        var l = lines[c.code];
        var points = l ? Math.max(0, Number(l.points)) : 0;
        var seg = el('div', 'segment');
        seg.dataset.criterion = c.code;
        seg.style.width = (100 * points / scale).toFixed(2) + '%';
        seg.style.background = c.color;
        seg.title = c.title + ': ' + number.format(points) + ' điểm';
        bar.appendChild(seg);
      });
      li.appendChild(bar);

      var list = el('div', 'criteria');
      criteria.forEach(function (c) {
        var l = lines[c.code];
        var points = l ? Number(l.points) : 0;
        var weight = l && l.weight ? Number(l.weight) : 0;
        var most = weight * c.cap || 1;
        var row = el('div', 'criterion');
        row.dataset.criterion = c.code;
        var label = el('div', 'label');
        label.appendChild(el('span', null, c.title));
        var detail = number.format(points) + ' / ' + figure.format(weight) + ' điểm';
        if (l && l.actual !== null && l.actual !== undefined && l.target) {
          detail += ' (' + figure.format(Number(l.actual)) + ' / chỉ tiêu ' + figure.format(Number(l.target)) + ')';
        }
        label.appendChild(el('span', 'points', detail));
        row.appendChild(label);
        var track = el('div', 'track');
        var fill = el('div', 'fill');
        fill.style.width = Math.min(100, Math.max(0, 100 * points / most)).toFixed(2) + '%';
        fill.style.background = c.color;
        track.appendChild(fill);
        row.appendChild(track);
        list.appendChild(row);
      });
      li.appendChild(list);

      if (e.decidedBy && e.decidedBy !== 'TOTAL_SCORE') {
        var note = e.decidedBy === 'tied'
          ? 'Đồng hạng với đơn vị trên: không quy tắc nào phân định được.'
          : 'Bằng tổng điểm với đơn vị trên; xếp sau vì đơn vị trên có ' + ruleText(e.decidedBy, criteria) + '.';
        li.appendChild(el('div', 'tie-note', note));
        (e.decidedBy === 'tied' ? tied : notes).push(e.unitName || e.unitCode);
      }
      board.appendChild(li);
    });

    var rules = $('tie-rules');
    rules.innerHTML = '';
    (standings.tieBreaks || []).forEach(function (t) { rules.appendChild(el('li', null, ruleText(t.rule, criteria))); });
    $('ties').hidden = !(standings.tieBreaks || []).length;
    var said = [];
    if (notes.length) { said.push('Xếp sau đơn vị bằng tổng điểm nhờ các quy tắc trên: ' + notes.join(', ') + '.'); }
    if (tied.length) { said.push('Đồng hạng với đơn vị trên (không quy tắc nào phân định, liệt kê theo mã đơn vị): ' + tied.join(', ') + '.'); }
    $('tie-notes').textContent = said.length ? said.join(' ') : 'Không có đơn vị nào bằng tổng điểm: thứ hạng theo tổng điểm.';

    if (standings.clusterName) { $('title').textContent = standings.clusterName + ' — năm ' + standings.year; }
    $('updated').textContent = 'Tính lúc ' + new Date(standings.calculatedAt).toLocaleTimeString('vi-VN')
      + ' · lần tính thứ ' + standings.revision;
    state.standings = standings;
    state.scheme = scheme;
  }

  show();
})();
