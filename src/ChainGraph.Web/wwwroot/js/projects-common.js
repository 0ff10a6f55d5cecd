'use strict';
// Shared by the 项目库 pages (projects, project, dashboard): the words of every code (from the server, one
// home), amounts in 亿元, warning badges, the project form (new and edit), URL state.
let META = null;

async function projectMeta() {
  if (!META) {
    const meta = await api('/api/projects/meta');
    const words = list => Object.fromEntries(list.map(c => [c.value, c.label]));
    META = { ...meta, stageWord: words(meta.stages), categoryWord: words(meta.categories), roleWord: words(meta.roles), priorityWord: words(meta.priorities),
      originWord: words(meta.origins), directionWord: words(meta.directions), kindWord: words(meta.visitKinds), statusWord: words(meta.visitStatuses), actionWord: words(meta.auditActions) };
  }
  return META;
}

// An instant as a chain lead reads it: China time (UTC+8), whatever the browser's zone.
function chinaTime(iso) { return new Date(new Date(iso).getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' '); }

function yi(value) { return value === null || value === undefined ? '—' : fmt(value, 4); }

const ALERT_WORD = { ActionOverdue: '下一步逾期', Stalled: '停滞超过一旬', NotUpdatedThisXun: '本旬未更新' };

function alertBadges(alerts) {
  return alerts.map(a => h('span', { class: 'badge alert ' + (a.kind === 'NotUpdatedThisXun' ? 'due' : 'overdue'), title: a.detail }, ALERT_WORD[a.kind]));
}

function stageBadge(stage) { return h('span', { class: 'badge stage stage-' + stage.toLowerCase() }, META.stageWord[stage]); }

function projectLink(project) { return h('a', { href: '/project.html?id=' + project.id }, project.name); }

function options(select, choices, empty, selected) {
  clear(select);
  if (empty !== null) select.append(h('option', { value: '' }, empty));
  for (const c of choices) select.append(h('option', { value: c.value }, c.label));
  if (selected !== undefined && selected !== null) select.value = selected;
}

function field(label, control, hint) {
  return h('label', { class: 'field' }, label, control, hint ? h('span', { class: 'hint' }, hint) : null);
}

// The project form: the same fields for a new project and for editing one. `p` is the project being edited (or null).
function buildProjectForm(form, meta, p) {
  const chainSelect = h('select', { name: 'chain' });
  const segmentSelect = h('select', { name: 'segment' });
  options(chainSelect, meta.chains.map(c => ({ value: c.id, label: c.name })), '（不限定产业链）', p && p.chain);
  const fillSegments = () => {
    const chain = meta.chains.find(c => c.id === chainSelect.value);
    options(segmentSelect, chain ? chain.segments : [], '（不限定环节）', p && p.segment);
  };
  chainSelect.addEventListener('change', fillSegments);
  fillSegments();
  const enterprise = h('input', { name: 'enterprise', maxlength: 200, list: 'enterprise-hits', required: true, placeholder: '输入企业名称，从图谱中选择', value: p ? p.enterpriseName : '' });
  const hits = h('datalist', { id: 'enterprise-hits' });
  const keys = new Map(p && p.enterpriseKey ? [[p.enterpriseName, p.enterpriseKey]] : []);
  let timer = null;
  enterprise.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = enterprise.value.trim();
      if (q.length < 2) return;
      try {
        const found = await api('/api/enterprises?q=' + encodeURIComponent(q) + '&limit=10');
        clear(hits);
        for (const e of found) { keys.set(e.name, e.key); hits.append(h('option', { value: e.name }, place(e.province, e.city))); }
      } catch (error) { /* suggestions are a convenience; typing a new name still works */ }
    }, 250);
  });
  form.enterpriseKeys = keys;
  const categories = h('span', { class: 'checks' }, meta.categories.map(c => h('label', {}, h('input', { type: 'checkbox', name: 'categories', value: c.value, checked: !!(p && p.categories.includes(c.value)) }), c.label)));
  const units = h('datalist', { id: 'owner-units' }, meta.ownerUnits.map(u => h('option', { value: u })));
  const input = (name, attrs = {}) => h('input', { name, maxlength: 200, ...attrs, value: p && p[name] !== null && p[name] !== undefined ? p[name] : (attrs.value || '') });
  const select = (name, choices, empty, selected) => { const s = h('select', { name }); options(s, choices, empty, selected); return s; };
  clear(form).append(
    h('div', { class: 'form-grid' },
      field('投资企业', enterprise, '图谱中没有的企业请填写来源'), hits,
      field('企业来源', input('enterpriseSource', { placeholder: '如：商会推荐、中介介绍' })),
      field('项目名称', input('name', { placeholder: '不填则按企业名称生成' })),
      field('产业链', chainSelect), field('环节', segmentSelect),
      field('补链/延链/强链', select('role', meta.roles, '（未定）', p && p.role)),
      field('计划投资额（亿元）', input('plannedInvestment', { inputmode: 'decimal', placeholder: '如：3' })),
      field('用地（宗）', input('landParcels', { inputmode: 'numeric', value: '' })),
      field('用地面积（亩）', input('landAreaMu', { inputmode: 'decimal', value: '' })),
      field('用地出让日期', input('landOn', { type: 'date' })),
      field('责任单位', input('ownerUnit', { list: 'owner-units', placeholder: '如：华明高新区' })), units,
      field('责任人', input('ownerPerson')),
      field('等级', select('priority', meta.priorities, null, p ? p.priority : 'Normal')),
      field('下一步工作', input('nextAction', { placeholder: '如：安排高层拜访' })),
      field('完成时限', input('nextActionDue', { type: 'date' }))),
    field('项目类别', categories));
  if (p) {
    // Numbers that are zero are shown empty (an empty field means none).
    if (!p.landParcels) form.landParcels.value = '';
    if (!p.landAreaMu) form.landAreaMu.value = '';
  }
}

// The texts of the project form, as the API reads them (an empty text clears a field).
function projectFormInput(form) {
  const text = name => form[name] ? form[name].value.trim() : undefined;
  const enterprise = text('enterprise');
  const key = form.enterpriseKeys.get(enterprise);
  return {
    enterpriseKey: key || '', enterpriseName: key ? undefined : enterprise, enterpriseSource: key ? undefined : text('enterpriseSource'),
    name: text('name'), chain: text('chain'), segment: text('segment'), role: text('role'),
    categories: [...form.querySelectorAll('input[name=categories]:checked')].map(i => i.value).join(','),
    plannedInvestment: text('plannedInvestment'), landParcels: text('landParcels'), landAreaMu: text('landAreaMu'), landOn: text('landOn'),
    ownerUnit: text('ownerUnit'), ownerPerson: text('ownerPerson'), priority: text('priority'), nextAction: text('nextAction'), nextActionDue: text('nextActionDue'),
  };
}

// Field problems next to the form, each with the field's Chinese name (the server's messages already name it).
function showProblems(container, error) {
  const errors = error instanceof ApiError && error.problem.errors;
  clear(container).append(h('div', { class: 'error', role: 'alert' },
    errors ? [h('b', {}, error.problem.title || '提交的内容有误'), h('ul', {}, Object.values(errors).flat().map(m => h('li', {}, m)))] : problemText(error)));
}

// Replaces an element's children (arrays flattened, null and false skipped, like h()).
function fill(el, ...children) {
  clear(el);
  for (const child of children.flat(Infinity)) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

function wrapTable(table) { return h('div', { class: 'table-wrap' }, table); }
