'use strict';
// 企业画像: names, codes, location, industries, products, relationships (a small graph with a legend) and the source of
// each fact. The URL holds what is shown (?q= a search, ?id= a profile), so back from a profile returns to the search.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('search');
  form.addEventListener('submit', event => {
    event.preventDefault();
    const q = form.q.value.trim();
    if (!q) return;
    urlState.set({ q, id: null });
    fromUrl();
  });
  urlState.onChange(() => fromUrl());
  fromUrl();
});

function fromUrl() {
  const form = document.getElementById('search');
  const id = urlState.get('id');
  const q = urlState.get('q');
  form.q.value = q || '';
  if (id) loadProfile(id);
  else if (q) search(q);
  else { clear(document.getElementById('results')); clear(document.getElementById('profile')); }
}

async function search(q) {
  const results = document.getElementById('results');
  clear(document.getElementById('profile'));
  loading(results);
  try {
    const r = await api('/api/search?limit=20&q=' + encodeURIComponent(q));
    clear(results);
    const exact = r.enterprises.filter(e => e.name === q || e.code === q);
    if (!r.nearMatches && (r.enterprises.length === 1 || exact.length === 1)) return openProfile((exact[0] || r.enterprises[0]).key, true);
    if (!r.enterprises.length) { results.append(h('p', { class: 'muted' }, `没有找到与「${q}」相近的企业，请换用全称、简称或股票代码。`)); return; }
    if (r.nearMatches) results.append(h('p', {}, `没有名称完全为「${q}」的企业，相近的有：`));
    results.append(summaryTable(r.enterprises));
  } catch (error) {
    showError(results, error);
  }
}

// Opening a profile adds a history entry (back returns to the search), unless it replaces a search that found exactly one.
function openProfile(key, replace) {
  urlState.set({ id: key, q: null }, { replace });
  loadProfile(key);
}

function summaryTable(list) {
  return h('table', { class: 'panel', id: 'search-results' }, h('thead', {}, h('tr', {}, h('th', {}, '企业'), h('th', {}, '代码'), h('th', {}, '地区'), h('th', {}, '标签'))),
    h('tbody', {}, list.map(e => h('tr', {},
      h('td', {}, h('a', { href: '/enterprise.html?id=' + encodeURIComponent(e.key), onclick: ev => { ev.preventDefault(); openProfile(e.key, false); } }, e.name)),
      h('td', {}, e.code || '—'), h('td', {}, place(e.province, e.city)), h('td', {}, e.tags.map(t => h('span', { class: 'badge tag' }, t)))))));
}

async function loadProfile(id) {
  const container = document.getElementById('profile');
  clear(document.getElementById('results'));
  loading(container);
  try {
    const p = await api('/api/enterprises/' + encodeURIComponent(id));
    if (p.key !== id) urlState.set({ id: p.key }, { replace: true });
    document.getElementById('q').value = '';
    document.title = p.name + ' · 企业画像 · ChainGraph 产业链招商';
    render(container, p);
  } catch (error) {
    showError(container, error);
    const suggestions = error.problem && error.problem.suggestions;
    if (suggestions && suggestions.length) container.append(h('p', {}, '您是否要找：'), summaryTable(suggestions));
  }
}

function fetched(s) { return String(s.fetchedAt).slice(0, 10); }

function factList(facts) {
  if (!facts.length) return h('p', { class: 'muted' }, '无');
  return h('dl', { class: 'kv' }, facts.map(f => [h('dt', {}, f.label), h('dd', {}, f.value)]));
}

function linkTable(links, otherLabel, showType) {
  if (!links.length) return h('p', { class: 'muted' }, '无');
  return h('table', {}, h('thead', {}, h('tr', {}, showType ? h('th', {}, '关系') : null, h('th', {}, otherLabel), h('th', {}, '说明'), h('th', {}, '来源'))),
    h('tbody', {}, links.map(l => h('tr', {},
      showType ? h('td', {}, l.relation) : null,
      h('td', {}, l.otherKind === 'Enterprise' ? enterpriseLink(l.otherKey, l.otherName) : l.otherName,
        showType && l.otherKind !== 'Enterprise' ? h('span', { class: 'muted' }, '（' + l.otherKindLabel + '）') : null),
      h('td', {}, [l.qualifier, l.weight != null ? (l.type === 'MAKES' ? '占营收 ' + pct(l.weight) : '权重 ' + fmt(l.weight)) : null, l.since ? l.since + ' 起' : null].filter(Boolean).join('；') || '—'),
      h('td', { class: 'muted' }, sourceView(l.provenance))))));
}

function render(container, p) {
  clear(container).append(
    h('section', { class: 'panel' },
      h('h2', { id: 'enterprise-name' }, p.name, ' ', p.code ? h('span', { class: 'muted code' }, p.code) : null, ' ', p.tags.map(t => h('span', { class: 'badge tag' }, t))),
      leadButton({ enterpriseKey: p.key, origin: 'Profile' }),
      p.aliases.length ? h('p', { class: 'muted' }, '别名：' + p.aliases.join('、')) : null,
      h('p', { class: 'muted' }, '企业信息来源：', sourceView(p.provenance), ` · 获取于 ${fetched(p.provenance)}`)),
    h('div', { class: 'profile-grid' },
      h('section', { class: 'panel' }, h('h3', {}, '代码'), factList(p.codes), h('h3', {}, '所在地'), factList(p.location),
        p.properties.length ? [h('h3', {}, '其他信息'), factList(p.properties)] : null),
      h('section', { class: 'panel' }, h('h3', {}, '关系图'), h('div', { id: 'graph', class: 'graph', role: 'img', 'aria-label': p.name + '的关系图' }),
        h('div', { class: 'legend', id: 'graph-legend' }))),
    h('section', { class: 'panel' }, h('h3', {}, `产业链环节（${p.segments.length}）`), linkTable(p.segments, '环节/产业链', true)),
    h('div', { class: 'profile-grid' },
      h('section', { class: 'panel' }, h('h3', {}, `所属行业（${p.industries.length}）`), linkTable(p.industries, '行业', false)),
      h('section', { class: 'panel' }, h('h3', {}, `主要产品（${p.products.length}）`), linkTable(p.products, '产品', false))),
    h('section', { class: 'panel' }, h('h3', {}, `企业关系（${p.relationships.length}）`), linkTable(p.relationships, '对方', true)));
  drawGraph(p.graph, p.key);
}

// The relationship graph: one colour per kind of node with a legend, labels that never overlap (a hidden one shows on
// hover), the enterprise itself in the middle. Clicking another enterprise opens its profile.
function drawGraph(graph, selfKey) {
  const el = document.getElementById('graph');
  if (!window.echarts || !el) return;
  const colors = { Enterprise: '#0b4f8a', Industry: '#2e9d5b', Segment: '#e08a00', Chain: '#6b3fa0', Product: '#d64541', Region: '#66717e', Source: '#8a6d3b', Patent: '#1b9aaa', Fund: '#b5477a', Event: '#444' };
  const kinds = [...new Map(graph.nodes.map(n => [n.kind, n.kindLabel])).entries()];
  const enc = echarts.format.encodeHTML;
  const existing = echarts.getInstanceByDom(el);
  if (existing) existing.dispose();
  const chart = echarts.init(el);
  // The legend is page text under the chart (never on top of a node): one colour per kind, the arrow's meaning.
  clear(document.getElementById('graph-legend')).append(
    ...kinds.map(([k, label]) => h('span', { class: 'item' }, h('span', { class: 'dot', style: `background:${colors[k] || '#888'}` }), label)),
    h('span', { class: 'note' }, '大圆 = 本企业 · 箭头由主动方指向对方（如供货方 → 客户）· 悬停看全称与关系 · 点击企业打开其画像'));
  chart.setOption({
    animation: false,
    color: kinds.map(([k]) => colors[k] || '#888'),
    tooltip: { formatter: x => x.dataType === 'node' ? enc(`${x.data.kindLabel}：${x.data.fullName}`) : enc(x.data.relation) },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      force: { repulsion: 260, edgeLength: [70, 130], gravity: 0.08 },
      categories: kinds.map(([, label]) => ({ name: label })),
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6,
      label: { show: true, position: 'right', fontSize: 11, formatter: x => x.data.short },
      labelLayout: { hideOverlap: true },
      emphasis: { focus: 'adjacency', label: { show: true } },
      data: graph.nodes.map(n => ({ id: n.id, name: n.id, fullName: n.name, short: n.name.length > 8 ? n.name.slice(0, 8) + '…' : n.name, kind: n.kind, kindLabel: n.kindLabel,
        key: n.key, category: kinds.findIndex(([k]) => k === n.kind), symbolSize: n.center ? 34 : 14,
        label: n.center ? { show: true, fontSize: 13, fontWeight: 'bold', position: 'bottom' } : undefined })),
      links: graph.links.map(l => ({ source: l.source, target: l.target, relation: l.relation })),
      lineStyle: { color: '#9aa9b8' },
    }],
  });
  chart.on('click', x => {
    if (x.dataType === 'node' && x.data.kind === 'Enterprise' && x.data.key && x.data.key !== selfKey) openProfile(x.data.key, false);
  });
  window.addEventListener('resize', () => chart.resize());
}
