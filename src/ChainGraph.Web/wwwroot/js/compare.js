'use strict';
// 对标分析: the home region beside peer regions, segment by segment (local enterprises, weight, location quotient,
// status, each from that region's chain map), and the segments peers are strong in where home is missing or weak,
// each linked to a target list filtered to the peer. State (chain, region, peers) lives in the URL.
const DEFAULT_PEERS = '苏州市,合肥市,北京市,成都市';
const cmpState = { chain: null, region: '', peers: DEFAULT_PEERS };

document.addEventListener('DOMContentLoaded', async () => {
  const form = document.getElementById('controls');
  form.addEventListener('submit', event => {
    event.preventDefault();
    cmpState.region = form.region.value.trim();
    cmpState.peers = form.peers.value.trim() || DEFAULT_PEERS;
    load();
  });
  try {
    const chains = await api('/api/chains');
    cmpState.chain = query('chain') || (chains[0] && chains[0].id);
    cmpState.region = query('region') || '';
    cmpState.peers = query('peers') || DEFAULT_PEERS;
    form.region.value = cmpState.region;
    form.peers.value = cmpState.peers;
    form.region.placeholder = '默认：' + chains[0].region.name;
    renderChainTabs(document.getElementById('chain-tabs'), chains, cmpState.chain, id => { cmpState.chain = id; load(); });
    await load();
  } catch (error) {
    showError(document.getElementById('strengths'), error);
  }
});

async function load() {
  urlState.set({ chain: cmpState.chain, region: cmpState.region, peers: cmpState.peers === DEFAULT_PEERS ? null : cmpState.peers }, { replace: true });
  const strengths = document.getElementById('strengths');
  const table = document.getElementById('comparison');
  loading(strengths);
  clear(table);
  const p = new URLSearchParams({ peers: cmpState.peers });
  if (cmpState.region) p.set('region', cmpState.region);
  try {
    const c = await api('/api/chains/' + encodeURIComponent(cmpState.chain) + '/compare?' + p);
    document.getElementById('title').textContent = c.chainName + ' · 对标分析';
    const [home, ...peers] = c.regions;
    document.getElementById('summary').textContent =
      `本地：${home.compareName} · 对标：${peers.map(r => r.compareName).join('、') || '（无）'} · 区位熵 = 该地区在该环节的占比 ÷ 在全链的占比，大于 1 表示相对集中`;
    renderStrengths(strengths, c);
    renderTable(table, c);
  } catch (error) {
    showError(strengths, error.status === 404 ? new Error('没有找到该地区或产业链：请写完整的省、市名称，例如「江苏省」「苏州市」。') : error);
  }
}

function lq(v) { return v === null || v === undefined ? '—' : fmt(v, 2); }

function renderStrengths(container, c) {
  if (!c.peerStrengths.length) {
    clear(container).append(h('p', { class: 'muted' }, '所选对标地区在本地缺失或薄弱的环节上均不占优势。'));
    return;
  }
  clear(container).append(h('div', { class: 'scroll' }, h('table', { id: 'peer-strengths' },
    h('thead', {}, h('tr', {}, h('th', {}, '环节'), h('th', {}, '本地状态'), h('th', { class: 'num' }, '本地需求度'), h('th', {}, '对标地区'),
      h('th', { class: 'num' }, '对方企业数'), h('th', { class: 'num' }, '对方区位熵'), h('th', {}, ''))),
    h('tbody', {}, c.peerStrengths.map(s => h('tr', {},
      h('td', {}, h('a', { href: `/map.html?chain=${encodeURIComponent(c.chainId)}&segment=${encodeURIComponent(s.segmentId)}` }, s.segment)),
      h('td', {}, statusBadge(s.homeStatus)), h('td', { class: 'num' }, fmt(s.homeDemand)),
      h('td', {}, s.peerRegion), h('td', { class: 'num' }, s.peerLocal), h('td', { class: 'num' }, lq(s.peerLq)),
      h('td', {}, h('a', { class: 'button secondary target-link',
        href: `/targets.html?chain=${encodeURIComponent(c.chainId)}&segment=${encodeURIComponent(s.segmentId)}&region=${encodeURIComponent(s.peerPlace)}` }, '看招商目标'))))))));
}

function renderTable(table, c) {
  const regions = c.regions;
  table.append(
    h('thead', {},
      h('tr', {}, h('th', { rowspan: 2 }, '环节'), regions.map((r, i) => h('th', { colspan: 4, class: 'region-head' }, r.compareName + (i === 0 ? '（本地）' : '')))),
      h('tr', {}, regions.map(() => [h('th', { class: 'num region-head' }, '企业'), h('th', { class: 'num' }, '权重'), h('th', { class: 'num' }, '区位熵'), h('th', {}, '状态')]))),
    h('tbody', {}, c.segments.map(s => h('tr', {},
      h('td', {}, s.parent ? '　└ ' + s.segment : s.segment),
      s.figures.map(f => [h('td', { class: 'num region-head' }, f.local), h('td', { class: 'num' }, fmt(f.localWeight)), h('td', { class: 'num' }, lq(f.lq)), h('td', {}, statusBadge(f.status))])))));
}
