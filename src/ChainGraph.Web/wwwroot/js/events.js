'use strict';
// 对接会简报: create an event from pasted or uploaded attendees; edit or delete it; add and remove attendees; fix unmatched
// names from the suggestions or by searching the graph; open the briefing. The open event is in the URL (?id=).
const chainNames = {};
const MATCH = { Code: '代码匹配', ExactName: '名称匹配', Alias: '别名匹配', NormalizedName: '规范名匹配', Manual: '人工确认', None: '未匹配', Ambiguous: '多个候选' };

document.addEventListener('DOMContentLoaded', async () => {
  const form = document.getElementById('create');
  form.date.value = new Date().toISOString().slice(0, 10);
  try {
    for (const c of await api('/api/chains')) {
      chainNames[c.id] = c.name;
      form.chain.append(h('option', { value: c.id }, c.name));
    }
  } catch (error) {
    showError(document.getElementById('create-result'), error);
  }
  form.addEventListener('submit', event => { event.preventDefault(); create(form); });
  form.file.addEventListener('change', () => {
    document.getElementById('file-name').textContent = form.file.files.length ? form.file.files[0].name : '未选择文件';
  });
  urlState.onChange(() => fromUrl());
  await loadEvents();
  fromUrl();
});

function fromUrl() {
  const id = urlState.get('id');
  if (id) showEvent(id); else clear(document.getElementById('event'));
}

function openEvent(id) { urlState.set({ id }); showEvent(id); }

async function create(form) {
  const result = document.getElementById('create-result');
  loading(result, '正在匹配参会企业…');
  try {
    let created;
    if (form.file.files.length) {
      const data = new FormData();
      data.append('name', form.name.value);
      data.append('date', form.date.value);
      data.append('chain', form.chain.value);
      data.append('file', form.file.files[0]);
      created = await api('/api/events/upload', { method: 'POST', body: data });
    } else {
      created = await api('/api/events', { json: { name: form.name.value, date: form.date.value, chain: form.chain.value, attendees: form.attendees.value } });
    }
    clear(result).append(h('div', { class: 'ok' }, `已创建「${created.name}」，${created.attendees.length} 家参会企业。`));
    await loadEvents();
    urlState.set({ id: created.id });
    renderEvent(created);
  } catch (error) {
    showError(result, error);
  }
}

async function loadEvents() {
  const container = document.getElementById('events');
  try {
    const events = await api('/api/events');
    clear(container).append(events.length ? h('table', { id: 'event-list' },
      h('thead', {}, h('tr', {}, h('th', {}, '日期'), h('th', {}, '名称'), h('th', {}, '产业链'), h('th', {}, '简报'))),
      h('tbody', {}, events.map(e => h('tr', {},
        h('td', {}, e.date), h('td', {}, h('a', { href: '/events.html?id=' + e.id, onclick: ev => { ev.preventDefault(); openEvent(e.id); } }, e.name)),
        h('td', {}, chainNames[e.chain] || e.chain),
        h('td', {}, h('a', { href: `/events/${e.id}/briefing` }, '查看')))))) : h('p', { class: 'muted' }, '还没有对接会。'));
  } catch (error) {
    showError(container, error);
  }
}

async function showEvent(id) {
  const container = document.getElementById('event');
  loading(container);
  try { renderEvent(await api('/api/events/' + encodeURIComponent(id))); } catch (error) { showError(container, error); }
}

async function renderEvent(e) {
  const container = document.getElementById('event');
  const site = await siteInfo();
  const unresolved = e.attendees.filter(a => !a.enterpriseKey).length;
  const message = h('div', { id: 'event-message' });
  const pdf = site && !site.pdfAvailable
    ? h('span', { class: 'muted', id: 'pdf-unavailable' }, '服务器未安装 PDF 组件：可打开简报后用浏览器“打印 → 另存为 PDF”')
    : h('a', { class: 'button secondary', href: `/api/events/${e.id}/briefing.pdf` }, '导出 PDF');
  clear(container).append(h('section', { class: 'panel', id: 'event-panel' },
    h('h2', { id: 'event-title' }, `${e.name} · ${e.date} · ${chainNames[e.chain] || e.chain}`),
    h('div', { class: 'toolbar' },
      h('a', { class: 'button', id: 'open-briefing', href: `/events/${e.id}/briefing` }, '打开简报（可打印 A4）'), pdf,
      h('button', { type: 'button', class: 'secondary', id: 'edit-event', onclick: () => editForm(e, message) }, '修改名称、日期或产业链'),
      h('button', { type: 'button', class: 'secondary danger', id: 'delete-event', onclick: () => removeEvent(e, message) }, '删除对接会'),
      h('span', { class: 'muted' }, `${e.attendees.length} 家参会，${unresolved} 家待确认`)),
    message,
    h('table', { id: 'attendee-table' },
      h('thead', {}, h('tr', {}, h('th', { class: 'num' }, '序号'), h('th', {}, '名单中的名称'), h('th', {}, '匹配到的企业'), h('th', {}, '方式'), h('th', {}, '确认与调整'))),
      h('tbody', {}, e.attendees.map((a, i) => attendeeRow(e, a, i + 1, message)))),
    addForm(e, message)));
}

function attendeeRow(e, a, index, message) {
  const actions = h('td', { class: 'attendee-actions' });
  const pick = h('div', { class: 'attendee-search', hidden: true });
  actions.append(
    ...a.suggestions.map(s => h('button', { type: 'button', class: 'secondary suggestion', title: place(s.province, s.city), onclick: () => choose(e.id, a.position, s.key, message) }, s.name)),
    h('button', { type: 'button', class: 'link find-in-graph', onclick: () => {
      pick.hidden = !pick.hidden;
      if (!pick.firstChild) pick.append(enterprisePicker(found => choose(e.id, a.position, found.key, message), '输入名称查找', a.inputName));
    } }, a.enterpriseKey ? '改选' : '在图谱中查找'),
    h('button', { type: 'button', class: 'link remove-attendee', onclick: () => removeAttendee(e, a, message) }, '移除'),
    pick);
  return h('tr', { class: 'attendee-row' + (a.enterpriseKey ? '' : ' unresolved'), 'data-position': a.position },
    h('td', { class: 'num' }, index), h('td', {}, a.inputName),
    h('td', {}, a.enterpriseKey ? [enterpriseLink(a.enterpriseKey, a.enterpriseName || a.inputName), ' ',
      leadButton({ enterpriseKey: a.enterpriseKey, chain: e.chain, origin: 'Event', originNote: e.name })] : '—'),
    h('td', {}, MATCH[a.matchKind] || '—'),
    actions);
}

function addForm(e, message) {
  const text = h('textarea', { id: 'add-attendees', rows: 3, placeholder: '每行一家企业，可写“名称”或“名称,代码”' });
  return h('form', { class: 'add-attendees', onsubmit: async event => {
    event.preventDefault();
    try {
      renderEvent(await api(`/api/events/${e.id}/attendees`, { json: { attendees: text.value } }));
    } catch (error) {
      showError(message, error);
    }
  } }, h('h3', {}, '添加参会企业'), text, h('button', { type: 'submit' }, '添加并匹配'));
}

function editForm(e, message) {
  const name = h('input', { name: 'name', maxlength: 100, value: e.name, required: true });
  const date = h('input', { name: 'date', type: 'date', value: e.date, required: true });
  const chain = h('select', { name: 'chain' }, Object.entries(chainNames).map(([id, label]) => h('option', { value: id, selected: id === e.chain }, label)));
  clear(message).append(h('form', { class: 'panel edit-event', id: 'edit-form', onsubmit: async event => {
    event.preventDefault();
    try {
      const updated = await api('/api/events/' + e.id, { method: 'PUT', json: { name: name.value, date: date.value, chain: chain.value } });
      await loadEvents();
      renderEvent(updated);
    } catch (error) {
      showError(message, error);
    }
  } }, h('label', {}, '名称 ', name), h('label', {}, '日期 ', date), h('label', {}, '产业链 ', chain),
    h('button', { type: 'submit' }, '保存修改'), ' ', h('button', { type: 'button', class: 'secondary', onclick: () => clear(message) }, '取消')));
}

async function removeEvent(e, message) {
  if (!confirm(`删除对接会「${e.name}」及其参会名单？删除后无法恢复。`)) return;
  try {
    await api('/api/events/' + e.id, { method: 'DELETE' });
    urlState.set({ id: null });
    clear(document.getElementById('event'));
    await loadEvents();
  } catch (error) {
    showError(message, error);
  }
}

async function removeAttendee(e, a, message) {
  if (!confirm(`从名单中移除「${a.inputName}」？`)) return;
  try { renderEvent(await api(`/api/events/${e.id}/attendees/${a.position}`, { method: 'DELETE' })); } catch (error) { showError(message, error); }
}

async function choose(id, position, key, message) {
  try {
    renderEvent(await api(`/api/events/${id}/attendees/${position}`, { method: 'PUT', json: { enterpriseKey: key } }));
  } catch (error) {
    showError(message, error);
  }
}
