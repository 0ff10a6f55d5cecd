'use strict';
// 招商项目库: every project with stage, money, owner, next action and warnings; filters kept in the URL; a new project.
const FILTERS = ['stage', 'chain', 'owner', 'priority', 'category', 'flag', 'q'];

document.addEventListener('DOMContentLoaded', async () => {
  const filters = document.getElementById('filters');
  try {
    const meta = await projectMeta();
    options(filters.stage, [{ value: 'active', label: '在推（线索至投产）' }, ...meta.stages], '全部', null);
    options(filters.chain, meta.chains.map(c => ({ value: c.id, label: c.name })), '全部', null);
    options(filters.owner, meta.ownerUnits.map(u => ({ value: u, label: u })), '全部', null);
    options(filters.priority, meta.priorities, '全部', null);
    options(filters.category, meta.categories, '全部', null);
    for (const name of FILTERS) if (query(name)) filters[name].value = query(name);
    filters.addEventListener('change', load);
    filters.addEventListener('submit', event => { event.preventDefault(); load(); });
    filters.q.addEventListener('search', load);
    const form = document.getElementById('create');
    buildProjectForm(form, meta, null);
    form.append(h('div', { class: 'toolbar' }, h('button', { type: 'submit' }, '保存为线索')));
    form.addEventListener('submit', event => { event.preventDefault(); create(form); });
    document.getElementById('toggle-new').addEventListener('click', () => { const s = document.getElementById('new-project'); s.hidden = !s.hidden; });
    await load();
  } catch (error) {
    showError(document.getElementById('list'), error);
  }
});

async function load() {
  const filters = document.getElementById('filters');
  const values = Object.fromEntries(FILTERS.map(name => [name, filters[name].value.trim()]));
  urlState.set(values, { replace: true });
  const params = new URLSearchParams(Object.entries(values).filter(([, v]) => v));
  const container = document.getElementById('list');
  loading(container);
  try {
    render(container, await api('/api/projects?' + params));
  } catch (error) {
    showError(container, error);
  }
}

function render(container, rows) {
  const planned = rows.reduce((sum, r) => sum + (r.project.plannedInvestment || 0), 0);
  const funds = rows.reduce((sum, r) => sum + r.project.fundsTotal, 0);
  clear(container).append(h('section', { class: 'panel' },
    h('p', { class: 'muted', id: 'list-summary' }, `共 ${rows.length} 个项目 · 计划投资 ${yi(planned)} 亿元 · 已到位 ${yi(funds)} 亿元`),
    rows.length ? wrapTable(h('table', { id: 'project-table' },
      h('thead', {}, h('tr', {}, h('th', {}, '项目 / 投资企业'), h('th', {}, '产业链 · 环节'), h('th', {}, '阶段'), h('th', { class: 'num' }, '计划投资（亿元）'),
        h('th', { class: 'num' }, '到位（亿元）'), h('th', {}, '责任单位 / 人'), h('th', {}, '下一步'), h('th', {}, '预警'))),
      h('tbody', {}, rows.map(r => {
        const p = r.project;
        return h('tr', { class: 'project-row' },
          h('td', {}, projectLink(p), p.priority !== 'Normal' ? h('span', { class: 'badge key' }, META.priorityWord[p.priority]) : null, h('div', { class: 'muted' }, p.enterpriseName)),
          h('td', {}, [r.chainName, r.segmentName].filter(Boolean).join(' · ') || '—'),
          h('td', {}, stageBadge(p.stage)),
          h('td', { class: 'num' }, yi(p.plannedInvestment)),
          h('td', { class: 'num' }, yi(p.fundsTotal)),
          h('td', {}, [p.ownerUnit, p.ownerPerson].filter(Boolean).join(' / ') || '—'),
          h('td', {}, p.nextAction || '—', p.nextActionDue ? h('div', { class: 'muted' }, '时限 ' + p.nextActionDue) : null),
          h('td', {}, alertBadges(r.alerts)));
      })))) : h('p', { class: 'muted' }, '没有符合条件的项目。可以从招商目标名单、对接会简报或企业画像中一键加入线索。')));
}

async function create(form) {
  const result = document.getElementById('create-result');
  try {
    const detail = await api('/api/projects', { json: { ...projectFormInput(form), origin: 'Manual' } });
    location.href = '/project.html?id=' + detail.view.project.id;
  } catch (error) {
    showProblems(result, error);
  }
}
