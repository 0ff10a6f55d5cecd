'use strict';
// 加入项目库: one click turns a target-list row, a briefing attendee or an enterprise profile into a 线索 of the
// 项目库 (POST /api/projects/leads; a second click finds the open project instead of adding another).
function leadButton(lead) {
  const slot = h('span', { class: 'lead-slot' });
  const button = h('button', { type: 'button', class: 'secondary add-lead', title: '作为线索加入招商项目库' }, '加入项目库');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const detail = await api('/api/projects/leads', { json: lead });
      const view = detail.view;
      clear(slot).append(h('a', { class: 'lead-link', href: '/project.html?id=' + view.project.id }, `已在项目库（${view.stageLabel}）`));
    } catch (error) {
      button.disabled = false;
      const errors = error instanceof ApiError && error.problem.errors;
      slot.append(h('span', { class: 'error inline', role: 'alert' }, errors ? Object.values(errors).flat().join(' ') : problemText(error)));
    }
  });
  slot.append(button);
  return slot;
}

// The lead of a target-list row: the enterprise and the query (gap segment, or anchor and direction) it was ranked for.
function targetLead(row, params) {
  return {
    enterpriseKey: row.key,
    chain: params.get('chain'), segment: params.get('segment'),
    anchor: params.get('anchor'), direction: params.get('direction'),
    origin: 'TargetList',
  };
}
