'use strict';
// 招商看板: progress against the year's targets, the funnel by stage, 履约率/开工率/资金到位率, warnings; the 月调度 report links.
document.addEventListener('DOMContentLoaded', async () => {
  const month = document.getElementById('month');
  month.value = query('month') || chinaToday().slice(0, 7);
  month.addEventListener('change', reportLinks);
  reportLinks();
  const container = document.getElementById('dashboard');
  loading(container);
  try {
    await projectMeta();
    render(await api('/api/projects/dashboard' + (query('year') ? '?year=' + encodeURIComponent(query('year')) : '')));
  } catch (error) {
    showError(container, error);
  }
});

function chinaToday() { return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10); }

function reportLinks() {
  const month = document.getElementById('month').value;
  urlState.set({ year: query('year'), month }, { replace: true });
  document.getElementById('report-page').href = '/projects/report?month=' + month;
  document.getElementById('report-xlsx').href = '/api/projects/report.xlsx?month=' + month;
  document.getElementById('report-pdf').href = '/api/projects/report.pdf?month=' + month;
}

function render(d) {
  const years = [...new Set([...d.planYears, Number(chinaToday().slice(0, 4)), d.year])].sort();
  fill(document.getElementById('years'), years.map(y => h('a', { href: `/dashboard.html?year=${y}`, class: y === d.year ? 'active' : '' }, `${y}年`)));
  const f = d.figures;
  const r = d.rates;
  fill(document.getElementById('dashboard'),
    h('p', { class: 'muted' }, `${d.year}年 · 今天 ${d.today}（${d.currentXun}）· 金额单位：亿元`),
    h('div', { class: 'figures', id: 'year-figures' },
      figure('新签约项目', f.signed, 'fig-signed'), figure('签约计划投资', yi(f.signedInvestment), 'fig-signed-investment'), figure('到位资金', yi(f.funds), 'fig-funds'),
      figure('新落地项目', f.landed, 'fig-landed'), figure('完成走访', f.visitsDone, 'fig-visits'), figure('逾期项目', f.overdue, 'fig-overdue', f.overdue > 0 ? 'missing' : ''),
      figure('在推项目', f.active, 'fig-active')),
    d.plans.length ? d.plans.map(plan) : h('section', { class: 'panel' }, h('h2', {}, `${d.year}年目标`),
      h('p', { class: 'muted', id: 'no-plan' }, `${d.year}年尚未录入年度目标。` + (d.planYears.length ? `已有 ${d.planYears.map(y => y + '年').join('、')} 的目标，可在上方切换年份查看。` : ''))),
    h('div', { class: 'two-col' },
      h('section', { class: 'panel' }, h('h2', {}, '项目漏斗'), funnel(d.funnel)),
      h('section', { class: 'panel' }, h('h2', {}, `${d.year}年签约项目履约情况`),
        h('div', { class: 'figures', id: 'rates' },
          figure('签约项目', r.signed), figure('履约率', pct(r.performanceRate), 'rate-performance'), figure('开工率', pct(r.startRate), 'rate-start'), figure('资金到位率', pct(r.fundsRate), 'rate-funds')),
        h('p', { class: 'muted' }, `履约率 = 已注册落地 ${r.registered} ÷ 签约 ${r.signed}；开工率 = 已开工 ${r.started} ÷ 签约 ${r.signed}；资金到位率 = 到位 ${yi(r.arrived)} ÷ 计划投资 ${yi(r.planned)} 亿元。终止的签约项目仍计入分母。`))),
    alerts(d.alerts));
}

function figure(label, value, id, cls) { return h('div', { class: 'figure ' + (cls || ''), id }, h('div', { class: 'value' }, value), h('div', { class: 'label' }, label)); }

function plan(p) {
  return h('section', { class: 'panel plan' }, h('h2', {}, p.name, ' ', h('small', { class: 'muted' }, p.source)),
    wrapTable(h('table', { class: 'targets' },
      h('thead', {}, h('tr', {}, h('th', {}, '目标'), h('th', { class: 'num' }, '目标值'), h('th', { class: 'num' }, '已完成'), h('th', {}, '进度'))),
      h('tbody', {}, p.targets.map(t => h('tr', { id: 'target-' + t.id, title: t.quote },
        h('td', {}, t.name),
        h('td', { class: 'num' }, `${fmt(t.target, 4)} ${t.unit}${t.atLeast ? '以上' : ''}`),
        h('td', { class: 'num achieved' }, t.achieved === null ? '—' : `${fmt(t.achieved, 4)} ${t.unit}`),
        h('td', { class: 'progress-cell' }, h('div', { class: 'bar' }, h('div', { style: `width:${Math.min(100, (t.ratio || 0) * 100)}%` })), h('span', { class: 'muted' }, t.ratio === null ? '—' : pct(t.ratio)))))))));
}

function funnel(stages) {
  const max = Math.max(1, ...stages.map(s => s.reached));
  return h('table', { id: 'funnel', class: 'funnel' },
    h('thead', {}, h('tr', {}, h('th', {}, '阶段'), h('th', { class: 'num' }, '当前'), h('th', { class: 'num' }, '累计达到'), h('th', {}, ''))),
    h('tbody', {}, stages.map(s => h('tr', { 'data-stage': s.stage },
      h('td', {}, h('a', { href: '/projects.html?stage=' + s.stage }, s.label)),
      h('td', { class: 'num current' }, s.current), h('td', { class: 'num reached' }, s.reached),
      h('td', { class: 'bar-cell' }, h('div', { class: 'bar' }, h('div', { style: `width:${(s.reached / max) * 100}%` })))))));
}

function alerts(list) {
  const overdue = list.filter(a => a.kind !== 'NotUpdatedThisXun');
  const due = list.filter(a => a.kind === 'NotUpdatedThisXun');
  const table = rows => wrapTable(h('table', {},
    h('thead', {}, h('tr', {}, h('th', {}, '预警'), h('th', {}, '项目'), h('th', {}, '阶段'), h('th', {}, '责任单位 / 人'), h('th', {}, '情况'))),
    h('tbody', {}, rows.map(a => h('tr', { class: 'alert-row' },
      h('td', {}, alertBadges([a])), h('td', {}, h('a', { href: '/project.html?id=' + a.projectId }, a.projectName), h('div', { class: 'muted' }, a.enterpriseName)),
      h('td', {}, META.stageWord[a.stage]), h('td', {}, [a.ownerUnit, a.ownerPerson].filter(Boolean).join(' / ') || '—'), h('td', {}, a.detail))))));
  return h('section', { class: 'panel', id: 'alerts' },
    h('h2', {}, `逾期与停滞（${overdue.length}）`),
    overdue.length ? table(overdue) : h('p', { class: 'muted' }, '没有逾期或停滞的项目。'),
    due.length ? h('details', {}, h('summary', {}, `本旬尚未更新的项目（${due.length}）`), table(due)) : null);
}
