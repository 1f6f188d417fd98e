// Draws one SVG chart per series from the JSON in #report-data: share of coverage (line) over the
// baseline band (baseline ± 2 standard deviations), score below it with the spike threshold, and a
// marker per alert. All charts share one time axis so series can be compared by eye.
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var W = 860, PAD_L = 52, PAD_R = 12, SHARE_TOP = 14, SHARE_H = 170, GAP = 26, SCORE_H = 70, AXIS_H = 22;
  var H = SHARE_TOP + SHARE_H + GAP + SCORE_H + AXIS_H;

  var tMin = Infinity, tMax = -Infinity;
  data.series.forEach(function (s) {
    s.points.forEach(function (p) { tMin = Math.min(tMin, p.t); tMax = Math.max(tMax, p.t); });
  });
  if (tMax <= tMin) { tMax = tMin + 3600000; }
  function x(t) { return PAD_L + (t - tMin) / (tMax - tMin) * (W - PAD_L - PAD_R); }

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function text(parent, attrs, s) { var t = el("text", attrs, parent); t.textContent = s; return t; }
  function pct(v) { return (v * 100).toFixed(v >= 0.1 ? 0 : 1) + "%"; }
  function when(t) { return new Date(t).toISOString().slice(0, 16).replace("T", " ") + " UTC"; }

  function draw(container, s) {
    var svg = el("svg", { "class": "chart-svg", viewBox: "0 0 " + W + " " + H, role: "img",
      "aria-label": s.topic + " " + s.geo + ": share of coverage and score over time",
      "data-points": s.points.length }, container);
    var shareMax = 0.01, scoreMax = data.spikeScore, scoreMin = 0;
    s.points.forEach(function (p) {
      shareMax = Math.max(shareMax, p.share, p.base === null ? 0 : p.base + 2 * (p.std || 0));
      if (p.score !== null) { scoreMax = Math.max(scoreMax, p.score); scoreMin = Math.min(scoreMin, p.score); }
    });
    shareMax *= 1.1;
    function yShare(v) { return SHARE_TOP + SHARE_H - v / shareMax * SHARE_H; }
    var scoreTop = SHARE_TOP + SHARE_H + GAP;
    function yScore(v) { return scoreTop + SCORE_H - (v - scoreMin) / (scoreMax - scoreMin || 1) * SCORE_H; }

    // grid and axes
    [0, 0.5, 1].forEach(function (f) {
      var v = shareMax * f;
      el("line", { "class": "grid", x1: PAD_L, x2: W - PAD_R, y1: yShare(v), y2: yShare(v) }, svg);
      text(svg, { "class": "tick", x: PAD_L - 6, y: yShare(v) + 4, "text-anchor": "end" }, pct(v));
    });
    text(svg, { "class": "axis-label", x: PAD_L, y: SHARE_TOP - 3 }, "share of all articles");
    text(svg, { "class": "axis-label", x: PAD_L, y: scoreTop - 4 }, "score");
    el("line", { "class": "threshold", x1: PAD_L, x2: W - PAD_R, y1: yScore(data.spikeScore), y2: yScore(data.spikeScore) }, svg);
    text(svg, { "class": "tick", x: PAD_L - 6, y: yScore(data.spikeScore) + 4, "text-anchor": "end" }, data.spikeScore.toFixed(1));
    text(svg, { "class": "tick", x: PAD_L - 6, y: yScore(Math.max(scoreMin, 0)) + 4, "text-anchor": "end" }, "0");
    var day = 86400000, axisY = scoreTop + SCORE_H + 16;
    var step = Math.max(1, Math.ceil((tMax - tMin) / day / 10)) * day;
    for (var t = Math.ceil(tMin / day) * day; t <= tMax; t += step) {
      el("line", { "class": "grid day", x1: x(t), x2: x(t), y1: SHARE_TOP, y2: scoreTop + SCORE_H }, svg);
      text(svg, { "class": "tick", x: x(t), y: axisY, "text-anchor": "middle" }, new Date(t).toISOString().slice(5, 10));
    }

    // baseline band: upper edge forwards, lower edge backwards, over the points that have a baseline
    var upper = [], lower = [];
    s.points.forEach(function (p) {
      if (p.base === null) { return; }
      var sd = p.std || 0;
      upper.push(x(p.t).toFixed(1) + "," + yShare(p.base + 2 * sd).toFixed(1));
      lower.unshift(x(p.t).toFixed(1) + "," + yShare(Math.max(0, p.base - 2 * sd)).toFixed(1));
    });
    if (upper.length) { el("polygon", { "class": "baseline-band", points: upper.concat(lower).join(" ") }, svg); }

    el("polyline", { "class": "share", points: s.points.map(function (p) {
      return x(p.t).toFixed(1) + "," + yShare(p.share).toFixed(1);
    }).join(" ") }, svg);

    // score: a path broken where a window has no score (no history yet, or no articles)
    var d = "", pen = false;
    s.points.forEach(function (p) {
      if (p.score === null) { pen = false; return; }
      d += (pen ? "L" : "M") + x(p.t).toFixed(1) + "," + yScore(p.score).toFixed(1);
      pen = true;
    });
    if (d) { el("path", { "class": "score", d: d }, svg); }

    s.points.forEach(function (p) {
      if (!p.alert) { return; }
      var g = el("g", { "class": "alert-marker", "data-severity": p.alert }, svg);
      el("line", { x1: x(p.t), x2: x(p.t), y1: SHARE_TOP, y2: scoreTop + SCORE_H }, g);
      el("path", { d: "M" + (x(p.t) - 5) + "," + (SHARE_TOP - 1) + "l10,0l-5,8z" }, g);
      var title = el("title", {}, g);
      title.textContent = p.alert + " alert, window ending " + when(p.t) + ": " + p.count + " articles, score " +
        (p.score === null ? "–" : p.score.toFixed(2));
    });
  }

  var charts = document.querySelectorAll(".chart");
  for (var i = 0; i < charts.length; i++) {
    draw(charts[i], data.series[Number(charts[i].getAttribute("data-series"))]);
  }
  document.body.setAttribute("data-charts-drawn", String(charts.length));
})();
