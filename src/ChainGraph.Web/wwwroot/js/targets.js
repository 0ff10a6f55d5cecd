'use strict';
// 招商目标: a ranked target list from a gap segment or an anchor + direction, with filters; save; export.
const TAGS = ['上市', '专精特新', '高新技术', '500强', '央企', '独角兽'];
let lastParams = null;

document.addEventListener('DOMContentLoaded', async () => {
  const form = document.getElementById('query');
  const tags = document.getElementById('tags');
  tags.append(h('span', { class: 'muted' }, '标签'), ...TAGS.map(t => h('label', {}, h('input', { type: 'checkbox', name: 'tag', value: t }), t)));
  for (const radio of form.mode) radio.addEventListener('change', toggleMode);
  form.chain.addEventListener('change', () => loadSegments(form.chain.value));
  form.addEventListener('submit', event => { event.preventDefault(); run(); });
  try {
    const chains = await api('/api/chains');
    for (const c of chains) form.chain.append(h('option', { value: c.id }, c.name));
    if (query('chain')) form.chain.value = query('chain');
    await loadSegments(form.chain.value, query('segment'));
    if (query('anchor')) {
      form.mode.value = 'anchor';
      form.anchor.value = query('anchor');
      form.direction.value = query('direction') || 'upstream';
      toggleMode();
    }
    if (query('segment') || query('anchor')) run();
  } catch (error) {
    showError(document.getElementById('result'), error);
  }
  loadLists();
});

function toggleMode() {
  const anchor = document.getElementById('query').mode.value === 'anchor';
  document.getElementById('segment-fields').hidden = anchor;
  document.getElementById('anchor-fields').hidden = !anchor;
}

async function loadSegments(chainId, selected) {
  const select = clear(document.getElementById('segment'));
  const map = await api('/api/chains/' + encodeURIComponent(chainId) + '/map');
  const order = { Missing: 0, Weak: 1, Strong: 2 };
  const segments = [...map.segments].sort((a, b) => order[a.status] - order[b.status] || b.demand - a.demand);
  for (const s of segments) select.append(h('option', { value: s.id }, `${s.name}（${STATUS[s.status].label}）`));
  if (selected) select.value = selected;
}

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
  const tags = [...form.querySelectorAll('input[name=tag]:checked')].map(i => i.value);
  if (tags.length) p.set('tags', tags.join(','));
  if (form.size.value) p.set('size', form.size.value);
  for (const name of ['includeOutsideMainland', 'includeLocalPresence', 'excludeRisk']) {
    if (form[name].checked) p.set(name, 'true');
  }
  return p;
}

async function run() {
  const result = document.getElementById('result');
  const p = params();
  loading(result, '正在排序候选企业…');
  try {
    const r = await api('/api/recommendations?' + p);
    lastParams = p;
    render(result, r, p);
  } catch (error) {
    showError(result, error);
  }
}

function render(result, r, p) {
  const nameInput = h('input', { id: 'list-name', maxlength: 100, value: r.title + ' 招商目标', size: 32 });
  const message = h('div', {});
  clear(result).append(h('section', { class: 'panel' },
    h('h2', {}, r.title),
    h('p', { class: 'muted' }, `本地：${r.homeRegion} · 模型：${r.model} · 评估候选 ${r.candidatesScored} 家，按条件筛除 ${r.filteredOut} 家 · 显示 ${r.rows.length} 家`),
    h('div', { class: 'toolbar' },
      h('a', { class: 'button secondary', id: 'export-csv', href: '/api/recommendations/export?format=csv&' + p }, '导出 CSV'),
      h('a', { class: 'button secondary', id: 'export-xlsx', href: '/api/recommendations/export?format=xlsx&' + p }, '导出 Excel'),
      h('span', { class: 'muted' }, '名单名称'), nameInput,
      h('button', { type: 'button', id: 'save-list', onclick: () => save(nameInput.value, message) }, '保存名单')),
    message,
    r.notes.length ? h('ul', { class: 'notes', id: 'pool-notes' }, r.notes.map(n => h('li', {}, n))) : '',
    r.rows.length ? table(r.rows) : h('p', { class: 'muted' }, '没有符合条件的企业：放宽地区、标签或规模条件再试。')));
}

function table(rows) {
  return h('table', { id: 'targets' },
    h('thead', {}, h('tr', {}, h('th', { class: 'num' }, '排名'), h('th', {}, '企业'), h('th', {}, '地区'), h('th', {}, '标签 / 规模'), h('th', { class: 'num', title: '0–100，由模型得分换算，只表示先后，不是概率' }, '匹配度'), h('th', {}, '推荐理由'), h('th', {}, '证据'))),
    h('tbody', {}, rows.map(r => h('tr', {},
      h('td', { class: 'num' }, r.rank),
      h('td', {}, enterpriseLink(r.key, r.name),
        r.risk ? h('span', { class: 'badge risk', title: '风险警示' }, r.risk) : '',
        r.localPresence ? h('span', { class: 'badge', title: '已在本地的企业' }, '本地已有：' + r.localPresence) : '',
        h('div', { class: 'muted' }, r.key)),
      h('td', {}, place(r.province, r.city)),
      h('td', {}, r.tags.map(t => h('span', { class: 'badge tag' }, t)), h('span', { class: 'badge', title: '依据：' + r.sizeBasis }, SIZE[r.size])),
      h('td', { class: 'num', title: '模型得分 ' + fmt(r.score, 3) }, r.match),
      h('td', {}, h('ul', { class: 'reasons' }, r.reasons.map(x => h('li', {}, x)))),
      h('td', {}, r.evidence.length ? h('details', {}, h('summary', {}, `${r.evidence.length} 条`),
        h('ul', { class: 'evidence' }, r.evidence.map(e => h('li', {}, e.text, h('span', { class: 'muted' }, ` · ${e.source}${e.reference ? ' ' + e.reference : ''}`))))) : '—')))));
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
    const lists = await api('/api/lists');
    clear(container).append(lists.length ? h('table', { id: 'saved-lists' },
      h('thead', {}, h('tr', {}, h('th', {}, '名称'), h('th', {}, '查询'), h('th', { class: 'num' }, '企业数'), h('th', {}, '保存人 / 时间'), h('th', {}, '导出'))),
      h('tbody', {}, lists.map(l => h('tr', {},
        h('td', {}, l.name), h('td', {}, l.title), h('td', { class: 'num' }, l.rowCount),
        h('td', {}, `${l.createdBy} · ${String(l.createdAt).slice(0, 16).replace('T', ' ')}`),
        h('td', {}, h('a', { href: `/api/lists/${l.id}/export?format=csv` }, 'CSV'), ' · ', h('a', { href: `/api/lists/${l.id}/export?format=xlsx` }, 'Excel'), ' · ',
          h('button', { type: 'button', class: 'link', onclick: () => remove(l.id) }, '删除')))))) : h('p', { class: 'muted' }, '还没有保存的名单。'));
  } catch (error) {
    showError(container, error);
  }
}

async function remove(id) {
  if (!confirm('删除这个名单？')) return;
  try { await api('/api/lists/' + id, { method: 'DELETE' }); } catch (error) { alert(problemText(error)); }
  loadLists();
}
