'use strict';
// 项目详情: the project, its stages with dates, the 旬更新 form (stage, money, next action, progress), visits, the full history.
let current = null;

document.addEventListener('DOMContentLoaded', async () => {
  const container = document.getElementById('project');
  loading(container);
  try {
    await projectMeta();
    render(await api('/api/projects/' + encodeURIComponent(query('id') || '')));
  } catch (error) {
    showError(container, error);
  }
});

// The day each pipeline stage was first reached (a later stage implies the earlier ones).
function reachedDates(p) {
  const order = META.stages.map(s => s.value).filter(s => s !== 'Terminated');
  return order.map((stage, i) => {
    const dates = p.stageChanges.filter(c => c.to !== 'Terminated' && order.indexOf(c.to) >= i).map(c => c.on).sort();
    return { stage, on: dates[0] || null };
  });
}

function render(detail) {
  current = detail;
  const v = detail.view;
  const p = v.project;
  document.title = `${p.name} · 项目详情 · ChainGraph`;
  const container = document.getElementById('project');
  const signed = reachedDates(p).find(s => s.stage === 'Signed').on;
  fill(container,
    h('div', { class: 'page-head' },
      h('h1', { id: 'project-name' }, p.name, ' ', stageBadge(p.stage), p.priority !== 'Normal' ? h('span', { class: 'badge key' }, META.priorityWord[p.priority]) : null)),
    h('p', { class: 'muted' },
      '投资企业：', p.enterpriseKey ? enterpriseLink(p.enterpriseKey, p.enterpriseName) : p.enterpriseName + (p.enterpriseSource ? `（来源：${p.enterpriseSource}）` : ''),
      ' · ', [v.chainName, v.segmentName].filter(Boolean).join(' · ') || '未定产业链',
      p.role ? ' · ' + META.roleWord[p.role] : '', v.anchorName ? ` · 链主 ${v.anchorName}（${META.directionWord[p.direction]}）` : '',
      p.categories.length ? ' · ' + p.categories.map(c => META.categoryWord[c]).join('、') : '',
      ` · 来源：${META.originWord[p.origin]}${p.originNote ? '（' + p.originNote + '）' : ''}`),
    v.alerts.length ? h('div', { class: 'alerts', id: 'alerts' }, v.alerts.map(a => h('div', { class: 'alert-line ' + (a.kind === 'NotUpdatedThisXun' ? 'due' : 'overdue') }, h('b', {}, ALERT_WORD[a.kind]), '：', a.detail))) : null,
    h('div', { class: 'figures project-figures' },
      figure('计划投资（亿元）', yi(p.plannedInvestment)), figure('已到位（亿元）', yi(p.fundsTotal), 'funds-total'),
      figure('资金到位率', p.plannedInvestment ? pct(p.fundsTotal / p.plannedInvestment) : '—'),
      figure('用地', p.landParcels ? `${p.landParcels} 宗 ${fmt(p.landAreaMu)} 亩` : '—'), figure('签约日期', signed || '—'),
      figure('责任单位 / 人', [p.ownerUnit, p.ownerPerson].filter(Boolean).join(' / ') || '—')),
    stepper(p),
    h('div', { class: 'two-col' }, updatePanel(p), visitPanel(p)),
    editPanel(p),
    historyPanel(detail.history),
    visitsPanel(detail.visits));
}

function figure(label, value, id) { return h('div', { class: 'figure', id }, h('div', { class: 'value' }, value), h('div', { class: 'label' }, label)); }

function stepper(p) {
  return h('ol', { class: 'stepper' }, reachedDates(p).map(s => h('li', { class: (s.on ? 'done' : '') + (p.stage === s.stage ? ' current' : '') },
    h('span', { class: 'step' }, META.stageWord[s.stage]), h('span', { class: 'muted' }, s.on || '')))
    .concat(p.stage === 'Terminated' ? [h('li', { class: 'terminated current' }, h('span', { class: 'step' }, '终止'), h('span', { class: 'muted' }, p.terminationReason || ''))] : []));
}

function updatePanel(p) {
  const form = h('form', { id: 'update', class: 'project-form', autocomplete: 'off' });
  const stage = h('select', { name: 'stage' });
  options(stage, META.stages.filter(s => s.value !== p.stage), `不变更（当前：${META.stageWord[p.stage]}）`, null);
  const reason = field('终止原因', h('input', { name: 'terminationReason', maxlength: 200 }));
  reason.hidden = true;
  stage.addEventListener('change', () => { reason.hidden = stage.value !== 'Terminated'; });
  form.append(
    h('div', { class: 'form-grid' },
      field('阶段变更为', stage), field('阶段日期', h('input', { name: 'stageOn', type: 'date' }), '不填为今天'), reason,
      field('计划投资额（亿元）', h('input', { name: 'plannedInvestment', inputmode: 'decimal', value: p.plannedInvestment ?? '' })),
      field('本次到位资金（亿元）', h('input', { name: 'fundsAmount', inputmode: 'decimal' })),
      field('到位日期', h('input', { name: 'fundsOn', type: 'date' }), '不填为今天'),
      field('下一步工作', h('input', { name: 'nextAction', maxlength: 200, value: p.nextAction })),
      field('完成时限', h('input', { name: 'nextActionDue', type: 'date', value: p.nextActionDue || '' }))),
    field('进展情况', h('textarea', { name: 'note', rows: 3, maxlength: 2000, placeholder: '本旬进展、存在问题、需协调事项' })),
    h('div', { class: 'toolbar' }, h('button', { type: 'submit', id: 'save-update' }, '保存更新')),
    h('div', { id: 'update-result' }));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const text = name => form[name].value.trim();
    const body = { stage: text('stage'), stageOn: text('stageOn'), terminationReason: text('terminationReason'), plannedInvestment: text('plannedInvestment'),
      fundsAmount: text('fundsAmount'), fundsOn: text('fundsOn'), nextAction: text('nextAction'), nextActionDue: text('nextActionDue'), note: text('note') };
    try {
      render(await api(`/api/projects/${p.id}/updates`, { json: body }));
      document.getElementById('update-result').append(h('div', { class: 'ok' }, '已保存。'));
    } catch (error) {
      showProblems(document.getElementById('update-result'), error);
    }
  });
  return h('section', { class: 'panel' }, h('h2', {}, '更新进展（旬更新）'), form);
}

function visitPanel(p) {
  const form = h('form', { id: 'visit', class: 'project-form', autocomplete: 'off' });
  const kind = h('select', { name: 'kind' });
  options(kind, META.visitKinds, null, 'Visit');
  const status = h('select', { name: 'status' });
  options(status, META.visitStatuses.filter(s => s.value !== 'Cancelled'), null, 'Done');
  form.append(
    h('div', { class: 'form-grid' },
      field('类型', kind), field('状态', status), field('日期', h('input', { name: 'day', type: 'date' }), '已完成的不填为今天'),
      field('走访人员', h('input', { name: 'visitors', maxlength: 200, placeholder: '如：王局长、李科长' })),
      field('会见对象', h('input', { name: 'visitees', maxlength: 200, placeholder: '如：企业副总裁' }))),
    field('走访成果', h('textarea', { name: 'outcome', rows: 2, maxlength: 2000 })),
    field('后续事项', h('textarea', { name: 'followUps', rows: 2, maxlength: 2000 })),
    h('div', { class: 'toolbar' }, h('button', { type: 'submit', id: 'save-visit' }, '记录走访')),
    h('div', { id: 'visit-result' }));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const text = name => form[name].value.trim();
    const done = text('status') === 'Done';
    const body = { projectId: String(p.id), kind: text('kind'), status: text('status'), doneOn: done ? text('day') : undefined, plannedOn: done ? undefined : text('day'),
      visitors: text('visitors'), visitees: text('visitees'), outcome: text('outcome'), followUps: text('followUps') };
    try {
      await api('/api/visits', { json: body });
      render(await api('/api/projects/' + p.id));
      document.getElementById('visit-result').append(h('div', { class: 'ok' }, '走访已记录。'));
    } catch (error) {
      showProblems(document.getElementById('visit-result'), error);
    }
  });
  return h('section', { class: 'panel' }, h('h2', {}, '记录走访 / 回访'), form);
}

function editPanel(p) {
  const form = h('form', { id: 'edit', class: 'project-form', autocomplete: 'off' });
  buildProjectForm(form, META, p);
  form.append(h('div', { class: 'toolbar' }, h('button', { type: 'submit' }, '保存修改')), h('div', { id: 'edit-result' }));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      render(await api(`/api/projects/${p.id}/updates`, { json: projectFormInput(form) }));
    } catch (error) {
      showProblems(document.getElementById('edit-result'), error);
    }
  });
  return h('details', { class: 'panel' }, h('summary', {}, '修改项目信息（企业、产业链、类别、用地、责任单位等）'), form);
}

function historyPanel(history) {
  return h('section', { class: 'panel' }, h('h2', {}, `历史记录（${history.length}）`),
    h('ol', { class: 'history', id: 'history' }, history.map(e => h('li', {},
      h('div', {}, h('b', {}, META.actionWord[e.action]), e.effectiveOn ? h('span', { class: 'badge' }, '发生于 ' + e.effectiveOn) : null, ' ', e.summary),
      e.action === 'ProjectEdited' || e.action === 'VisitEdited' ? h('ul', { class: 'changes' }, e.changes.map(c => h('li', {}, `${c.label}：${c.before || '（空）'} → ${c.after || '（空）'}`))) : null,
      h('div', { class: 'muted' }, `${e.by} 记录于 ${chinaTime(e.at)}（北京时间）`)))));
}

function visitsPanel(visits) {
  return h('section', { class: 'panel' }, h('h2', {}, `走访记录（${visits.length}）`),
    visits.length ? wrapTable(h('table', { id: 'visit-table' },
      h('thead', {}, h('tr', {}, h('th', {}, '日期'), h('th', {}, '类型 / 状态'), h('th', {}, '走访人员'), h('th', {}, '会见对象'), h('th', {}, '成果'), h('th', {}, '后续事项'), h('th', {}, ''))),
      h('tbody', {}, visits.map(x => h('tr', {},
        h('td', {}, (x.status === 'Done' ? x.doneOn : x.plannedOn) || '—'), h('td', {}, `${META.kindWord[x.kind]} · ${META.statusWord[x.status]}`),
        h('td', {}, x.visitors || '—'), h('td', {}, x.visitees || '—'), h('td', {}, x.outcome || '—'), h('td', {}, x.followUps || '—'),
        h('td', {}, x.status === 'Planned' ? h('button', { type: 'button', class: 'secondary mark-done', onclick: () => markDone(x) }, '标记已完成') : null)))))) : h('p', { class: 'muted' }, '还没有走访记录。'),
    h('div', { id: 'visits-result' }));
}

// A planned visit made today: the outcome can be added on the project's next update.
async function markDone(visit) {
  try {
    await api(`/api/visits/${visit.id}/updates`, { json: { status: 'Done' } });
    render(await api('/api/projects/' + current.view.project.id));
  } catch (error) {
    showProblems(document.getElementById('visits-result'), error);
  }
}
