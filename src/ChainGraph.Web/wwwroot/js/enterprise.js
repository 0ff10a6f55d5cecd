'use strict';
// 企业画像: names, codes, location, industries, products, relationships (a small graph) and the source of each fact.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('search');
  form.addEventListener('submit', event => {
    event.preventDefault();
    const q = form.q.value.trim();
    if (q) search(q);
  });
  const id = query('id');
  if (id) loadProfile(id);
  else if (query('q')) { form.q.value = query('q'); search(query('q')); }
});

async function search(q) {
  const results = document.getElementById('results');
  clear(document.getElementById('profile'));
  loading(results);
  try {
    const hits = await api('/api/enterprises?q=' + encodeURIComponent(q) + '&limit=30');
    clear(results);
    const exact = hits.filter(e => e.name === q || e.key === q);
    if (hits.length === 1 || exact.length === 1) return loadProfile((exact[0] || hits[0]).key);
    results.append(hits.length ? summaryTable(hits) : h('p', { class: 'muted' }, '没有找到匹配的企业。'));
  } catch (error) {
    showError(results, error);
  }
}

function summaryTable(list) {
  return h('table', { class: 'panel' }, h('thead', {}, h('tr', {}, h('th', {}, '企业'), h('th', {}, '代码'), h('th', {}, '地区'), h('th', {}, '标签'))),
    h('tbody', {}, list.map(e => h('tr', {},
      h('td', {}, h('a', { href: '/enterprise.html?id=' + encodeURIComponent(e.key), onclick: ev => { ev.preventDefault(); loadProfile(e.key); } }, e.name)),
      h('td', {}, e.key), h('td', {}, place(e.province, e.city)), h('td', {}, e.tags.map(t => h('span', { class: 'badge tag' }, t)))))));
}

async function loadProfile(id) {
  const container = document.getElementById('profile');
  loading(container);
  try {
    const p = await api('/api/enterprises/' + encodeURIComponent(id));
    history.replaceState(null, '', '/enterprise.html?id=' + encodeURIComponent(p.key));
    clear(document.getElementById('results'));
    render(container, p);
  } catch (error) {
    showError(container, error);
    const suggestions = error.problem && error.problem.suggestions;
    if (suggestions && suggestions.length) container.append(h('p', {}, '您是否要找：'), summaryTable(suggestions));
  }
}

function source(s) { return `${s.name}${s.reference ? ' · ' + s.reference : ''} · ${String(s.fetchedAt).slice(0, 10)}`; }

function factList(facts) {
  if (!facts.length) return h('p', { class: 'muted' }, '无');
  return h('dl', { class: 'kv' }, facts.map(f => [h('dt', {}, f.label), h('dd', {}, f.value)]));
}

function linkTable(links, otherLabel, showType) {
  if (!links.length) return h('p', { class: 'muted' }, '无');
  return h('table', {}, h('thead', {}, h('tr', {}, showType ? h('th', {}, '关系') : null, h('th', {}, otherLabel), h('th', {}, '说明'), h('th', {}, '来源'))),
    h('tbody', {}, links.map(l => h('tr', {},
      showType ? h('td', {}, (REL[l.type] || l.type) + (l.direction === 'in' ? '（被）' : '')) : null,
      h('td', {}, l.otherKind === 'Enterprise' ? enterpriseLink(l.otherKey, l.otherName) : l.otherName),
      h('td', {}, [l.qualifier, l.weight != null ? '权重/占比 ' + fmt(l.weight) : null, l.since ? l.since + ' 起' : null].filter(Boolean).join('；')),
      h('td', { class: 'muted' }, source(l.provenance))))));
}

function render(container, p) {
  clear(container).append(
    h('section', { class: 'panel' },
      h('h2', { id: 'enterprise-name' }, p.name, ' ', p.tags.map(t => h('span', { class: 'badge tag' }, t))),
      leadButton({ enterpriseKey: p.key, origin: 'Profile' }),
      p.aliases.length ? h('p', { class: 'muted' }, '别名：' + p.aliases.join('、')) : null,
      h('p', { class: 'muted' }, '企业信息来源：' + source(p.provenance))),
    h('div', { class: 'profile-grid' },
      h('section', { class: 'panel' }, h('h3', {}, '代码'), factList(p.codes), h('h3', {}, '所在地'), factList(p.location),
        p.properties.length ? [h('h3', {}, '其他信息'), factList(p.properties)] : null),
      h('section', { class: 'panel' }, h('h3', {}, '关系图'), h('div', { id: 'graph', class: 'graph' }))),
    h('section', { class: 'panel' }, h('h3', {}, `产业链环节（${p.segments.length}）`), linkTable(p.segments, '环节/产业链', true)),
    h('div', { class: 'profile-grid' },
      h('section', { class: 'panel' }, h('h3', {}, `所属行业（${p.industries.length}）`), linkTable(p.industries, '行业', false)),
      h('section', { class: 'panel' }, h('h3', {}, `主要产品（${p.products.length}）`), linkTable(p.products, '产品', false))),
    h('section', { class: 'panel' }, h('h3', {}, `企业关系（${p.relationships.length}）`), linkTable(p.relationships, '对方', true)));
  drawGraph(p.graph);
}

function drawGraph(graph) {
  const el = document.getElementById('graph');
  if (!window.echarts || !el) return;
  const colors = { Enterprise: '#0b4f8a', Industry: '#2e9d5b', Segment: '#f0a020', Chain: '#6b3fa0', Product: '#d64541' };
  const kinds = { Enterprise: '企业', Industry: '行业', Segment: '环节', Chain: '产业链', Product: '产品' };
  const enc = echarts.format.encodeHTML;
  const chart = echarts.init(el);
  chart.setOption({
    animation: false,
    tooltip: { formatter: p => p.dataType === 'node' ? enc(`${kinds[p.data.kind] || p.data.kind}：${p.data.fullName}`) : enc(REL[p.data.type] || p.data.type) },
    series: [{
      type: 'graph', layout: 'force', roam: true, force: { repulsion: 160, edgeLength: 90 },
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6,
      label: { show: true, position: 'right', fontSize: 11, formatter: p => p.data.short },
      data: graph.nodes.map(n => ({ id: n.id, name: n.id, fullName: n.name, short: n.name.length > 10 ? n.name.slice(0, 10) + '…' : n.name, kind: n.kind,
        symbolSize: n.center ? 30 : 14, itemStyle: { color: colors[n.kind] || '#888' } })),
      links: graph.links.map(l => ({ source: l.source, target: l.target, type: l.type })),
      lineStyle: { color: '#9aa9b8' },
    }],
  });
  chart.on('click', p => {
    if (p.dataType === 'node' && p.data.kind === 'Enterprise' && !p.data.id.endsWith(':' + query('id'))) {
      location.href = '/enterprise.html?id=' + encodeURIComponent(p.data.id.slice('Enterprise:'.length));
    }
  });
}
