'use strict';
// 对接会简报: create an event from pasted or uploaded attendees, fix unmatched names, open the briefing.
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
  await loadEvents();
  if (query('id')) showEvent(query('id'));
});

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
        h('td', {}, e.date), h('td', {}, h('a', { href: '/events.html?id=' + e.id, onclick: ev => { ev.preventDefault(); showEvent(e.id); } }, e.name)),
        h('td', {}, chainNames[e.chain] || e.chain),
        h('td', {}, h('a', { href: `/events/${e.id}/briefing` }, '查看'), ' · ', h('a', { href: `/api/events/${e.id}/briefing.pdf` }, 'PDF')))))) : h('p', { class: 'muted' }, '还没有对接会。'));
  } catch (error) {
    showError(container, error);
  }
}

async function showEvent(id) {
  const container = document.getElementById('event');
  loading(container);
  try { renderEvent(await api('/api/events/' + id)); } catch (error) { showError(container, error); }
}

function renderEvent(e) {
  const container = document.getElementById('event');
  const unresolved = e.attendees.filter(a => !a.enterpriseKey).length;
  clear(container).append(h('section', { class: 'panel' },
    h('h2', {}, `${e.name} · ${e.date} · ${chainNames[e.chain] || e.chain}`),
    h('div', { class: 'toolbar' },
      h('a', { class: 'button', id: 'open-briefing', href: `/events/${e.id}/briefing` }, '打开简报（可打印 A4）'),
      h('a', { class: 'button secondary', href: `/api/events/${e.id}/briefing.pdf` }, '导出 PDF'),
      h('span', { class: 'muted' }, `${e.attendees.length} 家参会，${unresolved} 家待确认`)),
    h('table', { id: 'attendee-table' },
      h('thead', {}, h('tr', {}, h('th', { class: 'num' }, '#'), h('th', {}, '名单中的名称'), h('th', {}, '匹配到的企业'), h('th', {}, '方式'), h('th', {}, '建议'))),
      h('tbody', {}, e.attendees.map(a => h('tr', { class: 'attendee-row' + (a.enterpriseKey ? '' : ' unresolved') },
        h('td', { class: 'num' }, a.position), h('td', {}, a.inputName),
        h('td', {}, a.enterpriseKey ? [enterpriseLink(a.enterpriseKey, a.enterpriseName || a.enterpriseKey), ' ',
          leadButton({ enterpriseKey: a.enterpriseKey, chain: e.chain, origin: 'Event', originNote: e.name })] : '—'),
        h('td', {}, MATCH[a.matchKind] || a.matchKind),
        h('td', {}, a.suggestions.map(s => h('button', { type: 'button', class: 'secondary suggestion', title: place(s.province, s.city),
          onclick: () => choose(e.id, a.position, s.key) }, s.name)))))))));
}

async function choose(id, position, key) {
  try {
    renderEvent(await api(`/api/events/${id}/attendees/${position}`, { method: 'PUT', json: { enterpriseKey: key } }));
  } catch (error) {
    alert(problemText(error));
  }
}
