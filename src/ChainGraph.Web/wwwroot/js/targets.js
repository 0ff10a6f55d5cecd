'use strict';
// 招商目标: a ranked target list from a gap segment or an anchor + direction, with filters backed by data; save; export.
// The whole query lives in the URL (mode, chain, segment, anchor, direction, region, every filter, top): a list can be
// shared as a link, and refresh or back/forward shows the same list.
let lastParams = null;
let filterGroups = [];

// Badges shown beside a target's name, in order. A new mark (e.g. a risk flag) is one more function here.
const ROW_BADGES = [
  r => r.tags.map(t => h('span', { class: 'badge tag' }, t)),
  r => h('span', { class: 'badge', title: '规模依据：' + r.sizeBasis }, (SIZE[r.size] || r.size) + (r.sizeBasis.startsWith('估算') ? '（估算）' : '')),
];

document.addEventListener('DOMContentLoaded', async () => {
  const form = document.getElementById('query');
  for (const radio of form.mode) radio.addEventListener('change', toggleMode);
  form.chain.addEventListener('change', () => loadSegments(form.chain.value));
  // A new list is a new history entry: back returns to the previous list.
  form.addEventListener('submit', event => { event.preventDefault(); urlState.set(stateOf(params())); run(); });
  try {
    const [chains, groups] = await Promise.all([api('/api/chains'), api('/api/recommendations/filters')]);
    for (const c of chains) form.chain.append(h('option', { value: c.id }, c.name));
    filterGroups = groups;
    renderFilters(groups);
    await fromUrl();
  } catch (error) {
    showError(document.getElementById('result'), error);
  }
  urlState.onChange(() => fromUrl());
  loadLists();
});

// Fills the form from the URL and, when it names a query, builds the list.
async function fromUrl() {
  const form = document.getElementById('query');
  const s = urlState.all();
  const anchorMode = s.mode === 'anchor' || (!!s.anchor && s.mode !== 'segment');
  const named = (!anchorMode && s.segment) || (anchorMode && s.anchor);
  // A list the URL no longer names goes at once, not after the segments have loaded.
  if (!named) clear(document.getElementById('result'));
  form.mode.value = anchorMode ? 'anchor' : 'segment';
  toggleMode();
  if (s.chain && [...form.chain.options].some(o => o.value === s.chain)) form.chain.value = s.chain;
  await loadSegments(form.chain.value, s.segment);
  form.anchor.value = s.anchor || '';
  form.direction.value = s.direction === 'downstream' ? 'downstream' : 'upstream';
  form.region.value = s.region || '';
  form.top.value = s.top || '20';
  for (const name of SCOPE) form[name].checked = s[name] === 'true';
  for (const g of filterGroups) {
    const value = s[g.name] || '';
    if (g.multiple) for (const box of form.querySelectorAll(`input[name="${g.name}"]`)) box.checked = value.split(',').includes(box.value);
    else if (form.elements[g.name]) form.elements[g.name].value = value;
  }
  if (named) run();
}

// Each group is checkboxes (all ticked must hold) or one choice, each option with how many enterprises carry it.
function renderFilters(groups) {
  const slot = clear(document.getElementById('filter-groups'));
  for (const g of groups) {
    if (g.multiple) {
      slot.append(h('span', { class: 'tags', title: g.note || '' }, h('span', { class: 'muted' }, g.label),
        g.options.map(o => h('label', {}, h('input', { type: 'checkbox', name: g.name, value: o.value }), `${o.label}（${fmt(o.count, 0)} 家）`))));
    } else {
      slot.append(h('label', { title: g.note || '' }, g.label,
        h('select', { name: g.name, id: 'filter-' + g.name }, h('option', { value: '' }, '不限'), g.options.map(o => h('option', { value: o.value }, `${o.label}（${fmt(o.count, 0)} 家）`)))));
    }
  }
}

function toggleMode() {
  const anchor = document.getElementById('query').mode.value === 'anchor';
  document.getElementById('segment-fields').hidden = anchor;
  document.getElementById('anchor-fields').hidden = !anchor;
}

async function loadSegments(chainId, selected) {
  const select = clear(document.getElementById('segment'));
  const map = await api('/api/chains/' + encodeURIComponent(chainId) + '/map');
  const order = { Missing: 0, Weak: 1, Strong: 2 };
  const segments = [...map.segments].sort((a, b) => order[a.status] - order[b.status] || (b.urgent - a.urgent) || b.demand - a.demand);
  for (const s of segments) select.append(h('option', { value: s.id }, `${s.name}（${STATUS[s.status].label}${s.urgent ? '·急需' : ''}）`));
  if (selected && [...select.options].some(o => o.value === selected)) select.value = selected;
}

// Who may be listed beyond the default (mainland, not yet local, risk flagged): checkboxes kept in the URL as true.
const SCOPE = ['includeOutsideMainland', 'includeLocalPresence', 'excludeRisk'];

function params() {
  const form = document.getElementById('query');
  const p = new URLSearchParams();
  if (form.mode.value === 'anchor') {
    p.set('anchor', form.anchor.value.trim());
    p.set('direction', form.direction.value);
  } else {
    p.set('chain', form.chain.value);
    p.set('segment', form.segment.value);
  }
  p.set('top', form.top.value || '20');
  if (form.region.value.trim()) p.set('region', form.region.value.trim());
  for (const g of filterGroups) {
    const value = g.multiple
      ? [...form.querySelectorAll(`input[name="${g.name}"]:checked`)].map(i => i.value).join(',')
      : (form.elements[g.name] && form.elements[g.name].value) || '';
    if (value) p.set(g.name, value);
  }
  for (const name of SCOPE) {
    if (form[name].checked) p.set(name, 'true');
  }
  return p;
}

// The URL says exactly what is shown: the mode, its fields and the filters (fields of the other mode are dropped).
function stateOf(p) {
  return { mode: document.getElementById('query').mode.value, chain: null, segment: null, anchor: null, direction: null, region: null, top: null,
    ...Object.fromEntries(filterGroups.map(g => [g.name, null])), ...Object.fromEntries(SCOPE.map(name => [name, null])), ...Object.fromEntries(p) };
}

async function run() {
  const result = document.getElementById('result');
  const p = params();
  urlState.set(stateOf(p), { replace: true });
  loading(result, '正在排序候选企业…');
  try {
    const r = await api('/api/recommendations?' + p);
    lastParams = p;
    render(result, r, p);
  } catch (error) {
    showError(result, error);
    const suggestions = error.problem && error.problem.suggestions;
    if (suggestions && suggestions.length) {
      result.append(h('div', { class: 'toolbar', id: 'anchor-suggestions' }, h('span', { class: 'muted' }, '按以下企业查询：'),
        suggestions.map(s => h('button', { type: 'button', class: 'secondary suggestion', title: place(s.province, s.city), onclick: () => {
          document.getElementById('anchor').value = s.name;
          urlState.set({ anchor: s.name });
          run();
        } }, s.name))));
    }
  }
}

function activeFilters(p) {
  const names = [];
  if (p.get('region')) names.push(`地区「${p.get('region')}」`);
  for (const g of filterGroups) {
    if (!p.get(g.name)) continue;
    const labels = p.get(g.name).split(',').map(v => (g.options.find(o => o.value === v) || { label: v }).label);
    names.push(`${g.label}「${labels.join('、')}」`);
  }
  return names;
}

function render(result, r, p) {
  const nameInput = h('input', { id: 'list-name', maxlength: 100, value: r.title + ' 招商目标', size: 32 });
  const message = h('div', {});
  const filters = activeFilters(p);
  const empty = filters.length
    ? `评估了 ${r.candidatesScored} 家候选企业，按当前条件全部被筛除。可取消${filters.join('或')}再试。`
    : `评估了 ${r.candidatesScored} 家候选企业，没有可推荐的企业。`;
  clear(result).append(h('section', { class: 'panel' },
    h('h2', {}, r.title),
    h('p', { class: 'muted' }, `本地：${r.homeRegion} · ${r.model} · 评估候选 ${r.candidatesScored} 家，按条件筛除 ${r.filteredOut} 家 · 显示 ${r.rows.length} 家`),
    h('div', { class: 'toolbar' },
      h('a', { class: 'button secondary', id: 'export-csv', href: '/api/recommendations/export?format=csv&' + p }, '导出 CSV'),
      h('a', { class: 'button secondary', id: 'export-xlsx', href: '/api/recommendations/export?format=xlsx&' + p }, '导出 Excel'),
      h('span', { class: 'muted' }, '名单名称'), nameInput,
      h('button', { type: 'button', id: 'save-list', onclick: () => save(nameInput.value, message) }, '保存名单')),
    message,
    r.notes.length ? h('ul', { class: 'notes', id: 'pool-notes' }, r.notes.map(n => h('li', {}, n))) : '',
    r.rows.length ? table(r.rows, p) : h('p', { class: 'muted', id: 'no-rows' }, empty)));
}

function table(rows, p) {
  return h('table', { id: 'targets' },
    h('thead', {}, h('tr', {}, h('th', { class: 'num' }, '排名'), h('th', {}, '企业'), h('th', {}, '地区'), h('th', {}, '标签 / 规模'), h('th', { class: 'num', title: '0–100，由模型得分换算，只表示先后，不是概率' }, '匹配度'), h('th', {}, '推荐理由'), h('th', {}, '证据'))),
    h('tbody', {}, rows.map(r => h('tr', {},
      h('td', { class: 'num' }, r.rank),
      h('td', {}, enterpriseLink(r.key, r.name),
        r.risk ? h('span', { class: 'badge risk', title: '风险警示' }, r.risk) : '',
        r.localPresence ? h('span', { class: 'badge', title: '已在本地的企业' }, '本地已有：' + r.localPresence) : '',
        r.code ? h('div', { class: 'muted' }, r.code) : null, leadButton(targetLead(r, p))),
      h('td', {}, place(r.province, r.city)),
      h('td', {}, ROW_BADGES.map(f => f(r))),
      h('td', { class: 'num', title: '模型得分 ' + fmt(r.score, 3) }, r.match),
      h('td', {}, h('ul', { class: 'reasons' }, r.reasons.map(x => h('li', {}, x)))),
      h('td', {}, r.evidence.length ? h('details', {}, h('summary', {}, `${r.evidence.length} 条`),
        h('ul', { class: 'evidence' }, r.evidence.map(e => h('li', {}, e.text, h('span', { class: 'muted' }, ' · '), sourceView({ title: e.source, record: e.reference }))))) : '—')))));
}

async function save(name, message) {
  try {
    const q = Object.fromEntries(lastParams);
    const saved = await api('/api/lists', { json: { name, query: { ...q, top: Number(q.top) } } });
    clear(message).append(h('div', { class: 'ok' }, `已保存名单「${saved.name}」（${saved.rows.length} 家）。`));
    loadLists();
  } catch (error) {
    showError(message, error);
  }
}

async function loadLists() {
  const container = document.getElementById('lists');
  try {
    const [lists, site] = await Promise.all([api('/api/lists'), siteInfo()]);
    const zone = site ? `（${site.timeZoneName}）` : '';
    clear(container).append(lists.length ? h('table', { id: 'saved-lists' },
      h('thead', {}, h('tr', {}, h('th', {}, '名称'), h('th', {}, '查询'), h('th', { class: 'num' }, '企业数'), h('th', {}, '保存人 / 时间' + zone), h('th', {}, '导出'))),
      h('tbody', {}, lists.map(l => h('tr', {},
        h('td', {}, l.name), h('td', {}, l.title), h('td', { class: 'num' }, l.rowCount),
        h('td', {}, `${l.createdBy} · ${formatTime(l.createdAt, site && site.timeZone)}`),
        h('td', {}, h('a', { href: `/api/lists/${l.id}/export?format=csv` }, 'CSV'), ' · ', h('a', { href: `/api/lists/${l.id}/export?format=xlsx` }, 'Excel'), ' · ',
          h('button', { type: 'button', class: 'link', onclick: () => remove(l.id, l.name) }, '删除')))))) : h('p', { class: 'muted' }, '还没有保存的名单。'));
  } catch (error) {
    showError(container, error);
  }
}

async function remove(id, name) {
  if (!confirm(`删除名单「${name}」？删除后无法恢复。`)) return;
  try { await api('/api/lists/' + id, { method: 'DELETE' }); } catch (error) { alert(problemText(error)); }
  loadLists();
}
