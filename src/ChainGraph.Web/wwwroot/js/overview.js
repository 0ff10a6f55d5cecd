'use strict';
// 产业链总览: one card per chain with local coverage and counts of missing/weak segments.
document.addEventListener('DOMContentLoaded', async () => {
  const container = document.getElementById('chains');
  loading(container);
  try {
    const chains = await api('/api/chains');
    clear(container);
    if (chains.length > 0) {
      const r = chains[0].region;
      document.getElementById('region').textContent = `本地：${r.name}（按${r.compareName}统计）· 共 ${chains.length} 条主导产业链 · 缺失 = 本地没有企业，急需 = 缺失且本地企业或链主依赖它；判断依据见各环节详情`;
    }
    for (const c of chains) {
      const s = c.summary;
      container.append(h('article', { class: 'card', 'data-chain': c.id },
        h('h2', {}, h('a', { href: '/map.html?chain=' + encodeURIComponent(c.id) }, c.name)),
        h('div', { class: 'desc' }, c.description),
        h('div', { class: 'figures' },
          figure('环节', s.segments), figure('本地覆盖', pct(s.localCoverage)),
          figure('缺失', s.missing, 'missing'), figure('其中急需', s.urgent, 'missing'), figure('薄弱', s.weak, 'weak'),
          figure('本地企业', s.localEnterprises), figure('全国企业', s.nationalEnterprises)),
        h('div', { class: 'bar', title: '本地覆盖 ' + pct(s.localCoverage) }, h('div', { style: `width:${Math.round(s.localCoverage * 100)}%` })),
        h('div', {}, h('span', { class: 'muted' }, '优先补链：'), c.topGaps.length ? c.topGaps.join('、') : '无'),
        h('div', { class: 'toolbar' },
          h('a', { class: 'button', href: '/map.html?chain=' + encodeURIComponent(c.id) }, '查看图谱'),
          h('a', { class: 'button secondary', href: '/targets.html?chain=' + encodeURIComponent(c.id) }, '生成招商目标'))));
    }
    renderRecentChanges(container);
  } catch (error) {
    showError(container, error);
  }
});

// geo: the 近30天 block of each chain card (产业链动态 of the 30 days up to the latest data).
async function renderRecentChanges(container) {
  try {
    const summaries = await api('/api/changes/summary');
    for (const s of summaries) {
      const card = container.querySelector(`article.card[data-chain="${CSS.escape(s.chainId)}"]`);
      if (!card) continue;
      const link = '/changes.html?chain=' + encodeURIComponent(s.chainId);
      card.querySelector('.toolbar').before(h('div', { class: 'recent', 'data-recent': s.chainId },
        h('div', {}, h('strong', {}, '近30天'), h('span', { class: 'muted' }, `（${s.from.slice(5)} 之后至 ${s.to.slice(5)}）`), '：',
          `新增关系 ${s.counts.newRelationships}（双方在链 ${s.counts.newWithinChain}）· 企业进入环节 ${s.counts.newPlacements} · 环节状态变化 ${s.counts.statusChanges} `,
          h('a', { href: link }, '查看动态')),
        s.highlights.length ? h('ul', {}, s.highlights.map(t => h('li', {}, t))) : null));
    }
  } catch (error) {
    // The chain cards stand on their own; a missing summary only leaves the block out.
  }
}

function figure(label, value, cls) {
  return h('div', { class: 'figure ' + (cls || '') }, h('div', { class: 'value' }, value), h('div', { class: 'label' }, label));
}
