/*
 * The dashboard's behaviour, all of it optional: the page is complete HTML without it (figures, tables, links).
 * - the municipality picker (window.VROEG_GEMEENTEN from data/gemeenten.js),
 * - sortable tables (buttons in the headers),
 * - the charts (ECharts, from window.VROEG_GRAFIEKEN in the page's data file).
 * Data arrive as scripts assigning globals, not as JSON fetched: browsers block fetch() on file:// pages.
 */
(function () {
  'use strict';

  // Okabe-Ito: distinguishable with every common colour-vision deficiency; grey for NL.
  var KLEUR = { eigen: '#0072B2', land: '#666666', doel: '#D55E00', voorlopig: 'rgba(230, 159, 0, 0.22)',
                opDoel: '#009E73', onderDoel: '#0072B2', groep: '#888888', band: 'rgba(86, 180, 233, 0.30)' };
  var een = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  var heel = new Intl.NumberFormat('nl-NL');

  function pct(v) { return v == null ? '–' : een.format(v) + '%'; }
  function decimaal(v) { return v == null ? '–' : een.format(v); }
  function wortel() { return document.documentElement.getAttribute('data-wortel') || ''; }

  // ---- the picker ---------------------------------------------------------------------------------------------

  function normaal(tekst) {
    return tekst.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').trim();
  }

  /** Exact name or code first; else every municipality whose name contains the text. */
  function zoek(lijst, tekst) {
    var t = normaal(tekst);
    if (!t) return [];
    var exact = lijst.filter(function (g) { return normaal(g[1]) === t || normaal(g[0]) === t; });
    if (exact.length) return exact;
    return lijst.filter(function (g) { return normaal(g[1]).indexOf(t) >= 0 || normaal(g[0]).indexOf(t) >= 0; });
  }

  function kiezers() {
    var lijst = window.VROEG_GEMEENTEN || [];
    document.querySelectorAll('[data-kiezer]').forEach(function (form) {
      var invoer = form.querySelector('input');
      var datalist = form.querySelector('datalist');
      var melding = form.querySelector('.kiezer-melding');
      lijst.forEach(function (g) {
        var optie = document.createElement('option');
        optie.value = g[1];
        optie.label = g[0] + (g[2] ? ' · ' + g[2] : '');
        datalist.appendChild(optie);
      });
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var gevonden = zoek(lijst, invoer.value);
        if (gevonden.length === 1) {
          window.location.href = wortel() + 'gemeenten/' + gevonden[0][0] + '.html';
        } else if (gevonden.length === 0) {
          melding.textContent = 'Geen gemeente gevonden bij "' + invoer.value + '".';
        } else {
          melding.textContent = gevonden.length + ' gemeenten passen: ' + gevonden.slice(0, 6).map(function (g) { return g[1]; }).join(', ')
            + (gevonden.length > 6 ? ', …' : '') + '. Kies er één uit de lijst.';
        }
      });
    });
  }

  // ---- sortable tables ----------------------------------------------------------------------------------------

  function sorteerbareTabellen() {
    document.querySelectorAll('table.sorteerbaar').forEach(function (tabel) {
      var koppen = Array.prototype.slice.call(tabel.tHead.rows[0].cells);
      koppen.forEach(function (kop, kolom) {
        var knop = kop.querySelector('button');
        if (!knop) return;
        knop.addEventListener('click', function () {
          var oplopend = kop.getAttribute('aria-sort') !== 'ascending';
          koppen.forEach(function (k) { k.setAttribute('aria-sort', 'none'); });
          kop.setAttribute('aria-sort', oplopend ? 'ascending' : 'descending');
          var getal = knop.getAttribute('data-soort') === 'getal';
          var body = tabel.tBodies[0];
          var rijen = Array.prototype.slice.call(body.rows);
          rijen.sort(function (a, b) {
            var x = a.cells[kolom].getAttribute('data-waarde');
            var y = b.cells[kolom].getAttribute('data-waarde');
            if (x === '' || y === '') return (x === '') - (y === ''); // hidden figures last, both ways
            var verschil = getal ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, 'nl');
            return oplopend ? verschil : -verschil;
          });
          rijen.forEach(function (rij) { body.appendChild(rij); });
        });
      });
    });
  }

  // ---- charts -------------------------------------------------------------------------------------------------

  function bovengrens(waarden) {
    var hoogste = Math.max.apply(null, waarden.filter(function (v) { return v != null; }).concat([10]));
    return Math.min(100, Math.ceil(hoogste * 1.15 / 10) * 10);
  }

  /** Reach per month: the area, NL dotted, the target dashed, provisional months as a shaded band with hollow points. */
  function lijn(s) {
    var alle = [].concat(s.doel);
    s.reeksen.forEach(function (r) { alle = alle.concat(r.waarden); });
    var max = bovengrens(alle);
    var series = [{
      name: 'Voorlopig', type: 'bar', barWidth: '100%', silent: true, z: 0,
      data: s.voorlopig.map(function (v) { return v ? max : null; }), itemStyle: { color: KLEUR.voorlopig }
    }];
    s.reeksen.forEach(function (r) {
      var eigen = r.stijl === 'eigen';
      var kleur = eigen ? KLEUR.eigen : KLEUR.land;
      series.push({
        name: r.naam, type: 'line', z: eigen ? 4 : 3, connectNulls: false, itemStyle: { color: kleur },
        lineStyle: { color: kleur, width: eigen ? 3 : 2, type: eigen ? 'solid' : 'dotted' },
        data: r.waarden.map(function (v, i) {
          return { value: v, symbol: s.voorlopig[i] ? 'emptyCircle' : 'circle', symbolSize: eigen ? 9 : 6 };
        })
      });
    });
    series.push({ name: 'Doel', type: 'line', z: 2, data: s.doel, symbol: 'none', itemStyle: { color: KLEUR.doel },
                  lineStyle: { color: KLEUR.doel, type: 'dashed', width: 2 } });
    return {
      legend: { top: 0 },
      tooltip: { trigger: 'axis', formatter: function (punten) {
        var i = punten[0].dataIndex;
        return punten[0].axisValueLabel + (s.voorlopig[i] ? ' (voorlopig)' : '') + '<br>' + punten
          .filter(function (p) { return p.seriesName !== 'Voorlopig'; })
          .map(function (p) { return p.marker + p.seriesName + ': ' + pct(p.value == null ? null : (p.value.value !== undefined ? p.value.value : p.value)); })
          .join('<br>');
      } },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: s.categorieen },
      yAxis: { type: 'value', min: 0, max: max, axisLabel: { formatter: '{value}%' } },
      series: series
    };
  }

  /** The peer group: each municipality a dot, the middle half a band, the median and the target as lines. */
  function spreiding(s) {
    return {
      legend: { top: 0 },
      tooltip: { trigger: 'item', formatter: function (p) { return p.seriesName + ': ' + pct(p.value[0]); } },
      grid: { left: 16, right: 24, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, max: bovengrens(s.waarden.concat([s.doel, s.eigen])), axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'value', show: false, min: -1, max: 1 },
      series: [
        { name: 'Gemeenten in de groep', type: 'scatter', symbolSize: 10, itemStyle: { color: KLEUR.groep, opacity: 0.75 },
          data: s.waarden.map(function (v) { return [v, 0]; }),
          markArea: { silent: true, itemStyle: { color: KLEUR.band }, label: { position: 'insideBottom', color: '#1b1f24' },
                      data: [[{ xAxis: s.q1, name: 'middelste helft' }, { xAxis: s.q3 }]] },
          markLine: { silent: true, symbol: 'none', data: [
            { xAxis: s.mediaan, lineStyle: { color: '#000000', type: 'solid', width: 2 }, label: { formatter: 'mediaan' } },
            { xAxis: s.doel, lineStyle: { color: KLEUR.doel, type: 'dashed', width: 2 }, label: { formatter: 'doel' } }] } },
        { name: s.naam, type: 'scatter', symbol: 'diamond', symbolSize: 20, z: 5, itemStyle: { color: KLEUR.eigen },
          data: s.eigen == null ? [] : [[s.eigen, 0]] }
      ]
    };
  }

  /** The funnel: one bar per step, labelled as published ("<5", "x" for a hidden count, drawn as no bar). */
  function trechter(s) {
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (p) { return p[0].name + ': ' + s.labels[p[0].dataIndex]; } },
      grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: function (v) { return heel.format(v); } } },
      yAxis: { type: 'category', data: s.categorieen, inverse: true },
      series: [{ name: 'Aantal', type: 'bar', itemStyle: { color: KLEUR.eigen },
                 data: s.waarden.map(function (v) { return v == null ? 0 : v; }),
                 label: { show: true, position: 'right', formatter: function (p) { return s.labels[p.dataIndex]; } } }]
    };
  }

  /** Groups side by side (the area and NL, or this year and last), with the target where there is one. */
  function staven(s) {
    var procent = s.eenheid === '%';
    var opmaak = procent ? pct : decimaal;
    var kleuren = [KLEUR.eigen, KLEUR.land];
    var series = s.reeksen.map(function (r, i) {
      var reeks = { name: r.naam, type: 'bar', data: r.waarden, itemStyle: { color: kleuren[i % 2] },
                    label: { show: true, position: 'right', formatter: function (p) { return opmaak(p.value); } } };
      if (i === 0 && s.doel != null) {
        reeks.markLine = { silent: true, symbol: 'none', data: [{ xAxis: s.doel }], label: { formatter: 'doel' },
                           lineStyle: { color: KLEUR.doel, type: 'dashed', width: 2 } };
      }
      return reeks;
    });
    return {
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: opmaak },
      grid: { left: 8, right: 64, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: procent ? '{value}%' : '{value}' } },
      yAxis: { type: 'category', data: s.categorieen, inverse: true },
      series: series
    };
  }

  /** How many municipalities per 5-point step of reach; steps at or above the target green and striped. */
  function verdeling(s) {
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: s.categorieen, axisLabel: { interval: 0, rotate: 45 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: 'Gemeenten', type: 'bar', label: { show: true, position: 'top' },
                 data: s.waarden.map(function (v, i) {
                   return { value: v, itemStyle: s.opDoel[i]
                     ? { color: KLEUR.opDoel, decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -0.8 } }
                     : { color: KLEUR.onderDoel } };
                 }) }]
    };
  }

  var TEKENAARS = { lijn: lijn, spreiding: spreiding, trechter: trechter, staven: staven, verdeling: verdeling };

  /** Horizontal bars need room per category; the others keep the height the style sheet gives. */
  function hoogte(s) {
    if (s.soort === 'trechter') return 48 + s.categorieen.length * 34;
    if (s.soort === 'staven') return 56 + s.categorieen.length * (12 + 16 * s.reeksen.length);
    return null;
  }

  function grafieken() {
    var specs = window.VROEG_GRAFIEKEN || {};
    if (!window.echarts) return;
    var getekend = [];
    document.querySelectorAll('[data-grafiek]').forEach(function (el) {
      var s = specs[el.id];
      if (!s || !TEKENAARS[s.soort]) return;
      var h = hoogte(s);
      if (h) el.style.height = h + 'px';
      var grafiek = window.echarts.init(el, null, { renderer: 'svg' });
      var optie = TEKENAARS[s.soort](s);
      optie.animation = false;
      optie.textStyle = { fontFamily: 'system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif', fontSize: 13, color: '#1b1f24' };
      grafiek.setOption(optie);
      getekend.push(grafiek);
    });
    window.addEventListener('resize', function () { getekend.forEach(function (g) { g.resize(); }); });
  }

  function start() {
    kiezers();
    sorteerbareTabellen();
    grafieken();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
