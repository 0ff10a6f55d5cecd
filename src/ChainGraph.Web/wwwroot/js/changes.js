'use strict';
// 产业链动态: what changed in a chain between two dates (default: the 30 days up to the latest data): relationships,
// enterprises placed in segments, segment statuses, each with its date and source; CSV/Excel export. State in the URL.
const chgState = { chain: null, since: '', until: '', kind: '', scope: '' };
let chgView = null;

document.addEventListener('DOMContentLoaded', async () => {
  const form = document.getElementById('controls');
  form.addEventListener('submit', event => { event.preventDefault(); readForm(form); load(); });
  form.kind.addEventListener('change', () => { readForm(form); render(); });
  form.scope.addEventListener('change', () => { readForm(form); render(); });
  try {
    const chains = await api('/api/chains');
    chgState.chain = query('chain') || (chains[0] && chains[0].id);
    for (const key of ['since', 'until', 'kind', 'scope']) chgState[key] = query(key) || '';
    for (const key of ['since', 'until', 'kind', 'scope']) form[key].value = chgState[key];
    renderChainTabs(document.getElementById('chain-tabs'), chains, chgState.chain, id => { chgState.chain = id; load(); });
    await load();
  } catch (error) {
    showError(document.getElementById('summary'), error);
  }
});

function readForm(form) {
  for (const key of ['since', 'until', 'kind', 'scope']) chgState[key] = form[key].value;
}

function windowParams() {
  const p = new URLSearchParams();
  if (chgState.since) p.set('since', chgState.since);
  if (chgState.until) p.set('until', chgState.until);
  return p;
}

async function load() {
  const table = document.getElementById('changes');
  loading(table.parentElement.parentElement.querySelector('.scroll'));
  try {
    chgView = await api('/api/chains/' + encodeURIComponent(chgState.chain) + '/changes?' + windowParams());
    const base = '/api/chains/' + encodeURIComponent(chgState.chain) + '/changes/export?' + windowParams();
    document.getElementById('export-csv').href = base + '&format=csv';
    document.getElementById('export-xlsx').href = base + '&format=xlsx';
    render();
  } catch (error) {
    showError(document.getElementById('summary'), error);
  }
}

function render() {
  const v = chgView;
  if (!v) return;
  urlState.set({ chain: chgState.chain, since: chgState.since, until: chgState.until, kind: chgState.kind, scope: chgState.scope }, { replace: true });
  const form = document.getElementById('controls');
  if (!form.since.value) form.since.value = v.from;
  if (!form.until.value) form.until.value = v.to;
  document.getElementById('title').textContent = v.chainName + ' · 产业链动态';
  document.getElementById('summary').textContent =
    `${v.from} 之后至 ${v.to}（共 ${daysBetween(v.from, v.to)} 天，截止日期默认为数据中的最近日期）· 本地：${v.home.compareName}`;
  const n = v.counts;
  clear(document.getElementById('figures')).append(
    figureBox('新增关系', n.newRelationships), figureBox('其中双方在链', n.newWithinChain), figureBox('终止关系', n.endedRelationships),
    figureBox('企业进入环节', n.newPlacements), figureBox('环节状态变化', n.statusChanges));
  const rows = v.rows.filter(r => (!chgState.kind || r.category === chgState.kind)
    && (!chgState.scope || r.category !== '企业关系' || (chgState.scope === 'local' ? r.local : r.withinChain)));
  const container = clear(document.querySelector('section.panel .scroll'));
  container.append(h('table', { id: 'changes' },
    h('thead', {}, h('tr', {}, h('th', {}, '日期'), h('th', {}, '类别'), h('th', {}, '变化'), h('th', {}, '内容'), h('th', {}, '环节'), h('th', {}, '本地'), h('th', {}, '来源'))),
    h('tbody', {}, rows.length ? rows.map(row) : h('tr', {}, h('td', { colspan: 7, class: 'muted' }, '这段时间内没有符合条件的变化。')))));
}

function row(r) {
  const extra = r.description.slice(`${r.enterprise} ${r.relation} ${r.other}`.length).replace(/^，/, '');
  const content = r.otherKey
    ? [enterpriseLink(r.enterpriseKey, r.enterprise), ` ${r.relation} `, enterpriseLink(r.otherKey, r.other), extra ? h('div', { class: 'muted' }, extra) : null]
    : r.enterpriseKey ? [enterpriseLink(r.enterpriseKey, r.enterprise), h('div', { class: 'muted' }, r.description)] : r.description;
  return h('tr', { class: r.local ? 'home' : '' },
    h('td', { class: 'num' }, r.date), h('td', {}, r.category), h('td', {}, r.change), h('td', {}, content), h('td', {}, r.segment || '—'),
    h('td', {}, r.local ? h('span', { class: 'badge missing' }, '本地') : ''),
    h('td', {}, sourceView({ title: r.source, record: r.reference })));
}

function figureBox(label, value) {
  return h('div', { class: 'figure' }, h('div', { class: 'value' }, value), h('div', { class: 'label' }, label));
}

function daysBetween(from, to) { return Math.round((Date.parse(to) - Date.parse(from)) / 86400000); }
