'use strict';
// 搜索: enterprises and chain segments for a text (?q= in the URL, so a result page can be shared and refreshed).
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('search');
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (!form.q.value.trim()) return;
    urlState.set({ q: form.q.value.trim() });
    fromUrl();
  });
  urlState.onChange(() => fromUrl());
  fromUrl();
});

async function fromUrl() {
  const q = urlState.get('q') || '';
  document.getElementById('q').value = q;
  const results = document.getElementById('results');
  if (!q) { clear(results); return; }
  loading(results);
  try {
    const r = await api('/api/search?limit=20&q=' + encodeURIComponent(q));
    clear(results).append(
      h('section', { class: 'panel', id: 'enterprise-hits' }, h('h2', {}, `企业（${r.enterprises.length}）`),
        r.nearMatches && r.enterprises.length ? h('p', { class: 'muted' }, `没有名称完全为「${q}」的企业，相近的有：`) : null,
        r.enterprises.length ? h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, '企业'), h('th', {}, '代码'), h('th', {}, '地区'), h('th', {}, '标签'))),
          h('tbody', {}, r.enterprises.map(e => h('tr', {}, h('td', {}, enterpriseLink(e.key, e.name)), h('td', {}, e.code || '—'),
            h('td', {}, place(e.province, e.city)), h('td', {}, e.tags.map(t => h('span', { class: 'badge tag' }, t)))))))
          : h('p', { class: 'muted' }, '没有找到相近的企业。')),
      h('section', { class: 'panel', id: 'segment-hits' }, h('h2', {}, `产业链环节（${r.segments.length}）`),
        r.segments.length ? h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, '环节'), h('th', {}, '产业链'), h('th', {}, '本地状态'), h('th', {}, '匹配于'))),
          h('tbody', {}, r.segments.map(s => h('tr', {},
            h('td', {}, h('a', { href: `/map.html?chain=${encodeURIComponent(s.chainId)}&segment=${encodeURIComponent(s.segmentId)}` }, s.segment)),
            h('td', {}, s.chain), h('td', {}, statusBadge(s.status, s.urgent)), h('td', { class: 'muted' }, s.matchedBy)))))
          : h('p', { class: 'muted' }, '没有名称或产品关键词与之相符的环节。')));
  } catch (error) {
    showError(results, error);
  }
}
