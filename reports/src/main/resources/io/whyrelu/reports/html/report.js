// Renders every chart from its JSON option and records what happened in data attributes, so a
// headless browser test can check that all charts rendered and no script error occurred.
(function () {
  var errors = [];
  function fail(message) {
    errors.push(String(message));
    var box = document.getElementById('errors');
    box.hidden = false;
    document.getElementById('js-errors').textContent = errors.join('\n');
    document.body.setAttribute('data-js-errors', String(errors.length));
  }
  window.addEventListener('error', function (e) { fail(e.message); });

  // Error bars on grouped bars: a custom series placed over bar `group` of `groups` per category.
  function errorBar(group, groups) {
    return function (params, api) {
      var x = api.value(0), low = api.value(1), high = api.value(2);
      var layout = api.barLayout({ barGap: '30%', barCategoryGap: '20%', count: groups });
      var top = api.coord([x, high]), bottom = api.coord([x, low]);
      var cx = top[0] + layout[group].offsetCenter, half = Math.max(2, layout[group].width * 0.25);
      var style = { stroke: '#222', lineWidth: 1.2, fill: 'none' };
      return { type: 'group', children: [
        { type: 'line', shape: { x1: cx - half, y1: top[1], x2: cx + half, y2: top[1] }, style: style },
        { type: 'line', shape: { x1: cx, y1: top[1], x2: cx, y2: bottom[1] }, style: style },
        { type: 'line', shape: { x1: cx - half, y1: bottom[1], x2: cx + half, y2: bottom[1] }, style: style } ] };
    };
  }

  var rendered = 0;
  var charts = document.querySelectorAll('.chart');
  for (var i = 0; i < charts.length; i++) {
    var el = charts[i];
    try {
      var option = JSON.parse(document.getElementById(el.id + '-option').textContent);
      // Log axes spanning many decades label in exponent form rather than 0.000000000001.
      [].concat(option.yAxis || []).forEach(function (axis) {
        if (axis.type === 'log') {
          axis.axisLabel = axis.axisLabel || {};
          axis.axisLabel.formatter = function (v) { return v !== 0 && (v < 1e-3 || v >= 1e5) ? v.toExponential(0) : String(v); };
        }
      });
      (option.series || []).forEach(function (s) {
        if (s.whyreluErrorBar) {
          s.renderItem = errorBar(s.whyreluErrorBar.group, s.whyreluErrorBar.groups);
          delete s.whyreluErrorBar;
        }
      });
      var chart = echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(option);
      window.addEventListener('resize', chart.resize);
      rendered++;
    } catch (e) {
      fail(el.id + ': ' + (e && e.message ? e.message : e));
    }
  }
  document.body.setAttribute('data-charts-rendered', String(rendered));

  // Sortable tables: a click on a header sorts by that column, numbers as numbers; again reverses.
  [].forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    [].forEach.call(table.tHead.rows[0].cells, function (th, column) {
      th.addEventListener('click', function () {
        var ascending = th.getAttribute('data-sorted') !== 'asc';
        [].forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute('data-sorted'); });
        th.setAttribute('data-sorted', ascending ? 'asc' : 'desc');
        var body = table.tBodies[0];
        var rows = [].slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].textContent, y = b.cells[column].textContent;
          var nx = parseFloat(x), ny = parseFloat(y);
          var c = !isNaN(nx) && !isNaN(ny) && isFinite(x) && isFinite(y) ? nx - ny : x.localeCompare(y);
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  if (!document.body.hasAttribute('data-js-errors')) {
    document.body.setAttribute('data-js-errors', String(errors.length));
  }
})();
