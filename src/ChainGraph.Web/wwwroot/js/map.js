'use strict';
// 产业链图谱: segments left→right by stage (upstream → downstream), coloured by status, sized by local
// weight, feeds links as arrows; a click opens the segment's drill-down beside the chart.
let chart = null;
let currentMap = null;

document.addEventListener('DOMContentLoaded', async () => {
  const detail = document.getElementById('detail');
  try {
    const chains = await api('/api/chains');
    const chainId = query('chain') || (chains[0] && chains[0].id);
    const tabs = document.getElementById('chain-tabs');
    for (const c of chains) {
      tabs.append(h('a', { href: '/map.html?chain=' + encodeURIComponent(c.id), class: c.id === chainId ? 'active' : '' }, c.name));
    }
    if (chainId) await loadMap(chainId);
    const segment = query('segment');
    if (segment) await showSegment(segment);
  } catch (error) {
    showError(detail, error);
  }
  window.addEventListener('resize', () => chart && chart.resize());
});

async function loadMap(chainId) {
  const map = await api('/api/chains/' + encodeURIComponent(chainId) + '/map');
  currentMap = map;
  document.getElementById('title').textContent = map.name + ' · 产业链图谱';
  const s = map.summary;
  document.getElementById('summary').textContent =
    `本地：${map.region.name}（按${map.region.compareName}统计）· ${s.segments} 个环节，本地覆盖 ${pct(s.localCoverage)}，缺失 ${s.missing}、薄弱 ${s.weak}、较强 ${s.strong} · 本地企业 ${s.localEnterprises} / 全国 ${s.nationalEnterprises}`;
  draw(map);
}

function layout(segments) {
  const columns = { Upstream: [], Midstream: [], Downstream: [] };
  for (const seg of segments) (columns[seg.stage] || columns.Midstream).push(seg);
  const positions = {};
  const stages = ['Upstream', 'Midstream', 'Downstream'];
  const tallest = Math.max(...stages.map(st => columns[st].length), 1);
  stages.forEach((stage, col) => {
    const list = columns[stage];
    list.forEach((seg, i) => {
      positions[seg.id] = { x: col * 420 + 60, y: (i + 0.5) * (tallest * 100 / Math.max(list.length, 1)) };
    });
  });
  return { positions, tallest };
}

function draw(map) {
  const el = document.getElementById('chart');
  chart = chart || echarts.init(el, null, { renderer: 'canvas' });
  const { positions, tallest } = layout(map.segments);
  const maxWeight = Math.max(...map.segments.map(s => s.localWeight), 0.0001);
  const enc = echarts.format.encodeHTML;
  const nodes = map.segments.map(seg => ({
    id: seg.id,
    name: seg.name,
    x: positions[seg.id].x,
    y: positions[seg.id].y,
    symbolSize: 18 + 34 * Math.sqrt(seg.localWeight / maxWeight),
    itemStyle: { color: STATUS[seg.status].color, borderColor: '#fff', borderWidth: 2 },
    label: { show: true, position: 'right', formatter: `{n|${seg.name.replace(/[{}|]/g, '')}}\n{m|本地 ${seg.local} / 全国 ${seg.national} · 区位熵 ${fmt(seg.lq)}}` },
    seg,
  }));
  // Stage headings are label-only nodes above each column, so they stay aligned when the chart is zoomed or panned.
  const headings = ['上游', '中游', '下游'].map((text, col) => ({
    id: '__stage' + col, name: text, x: col * 420 + 60, y: -60, symbolSize: 0, heading: true, tooltip: { show: false },
    label: { show: true, position: 'inside', formatter: text, fontSize: 16, fontWeight: 'bold', color: '#0b4f8a' },
  }));
  chart.setOption({
    animation: false,
    tooltip: {
      formatter: p => {
        if (p.dataType !== 'node') return enc(`${nameOf(p.data.source)} → ${nameOf(p.data.target)}（供给）`);
        if (p.data.heading) return '';
        const s = p.data.seg;
        return [`<b>${enc(s.name)}</b>（${STAGE[s.stage]}，${STATUS[s.status].label}）`,
          `本地企业 ${s.local}，全国 ${s.national}`, `区位熵 ${fmt(s.lq)}，需求度 ${fmt(s.demand)}`,
          s.localAnchors.length ? '本地链主：' + enc(s.localAnchors.join('、')) : ''].filter(Boolean).join('<br>');
      },
    },
    series: [{
      type: 'graph', layout: 'none', roam: true, top: 20, left: 30, right: 200, bottom: 20,
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8,
      lineStyle: { color: '#8fa3b8', width: 1.4, curveness: 0.12, opacity: 0.8 },
      emphasis: { focus: 'adjacency', lineStyle: { width: 2.5 } },
      label: { rich: { n: { fontSize: 13, fontWeight: 'bold', color: '#1f2933' }, m: { fontSize: 11, color: '#66717e', lineHeight: 16 } } },
      data: [...headings, ...nodes],
      links: map.links.map(l => ({ source: l.source, target: l.target })),
    }],
  }, true);
  el.style.height = Math.min(620, Math.max(480, tallest * 62)) + 'px';
  chart.resize();
  chart.off('click');
  chart.on('click', params => {
    if (params.dataType !== 'node' || params.data.heading) return;
    chart.dispatchAction({ type: 'hideTip' });
    showSegment(params.data.id);
  });
}

function nameOf(id) {
  const seg = currentMap && currentMap.segments.find(s => s.id === id);
  return seg ? seg.name : id;
}

async function showSegment(segmentId) {
  const detail = document.getElementById('detail');
  loading(detail);
  try {
    const d = await api(`/api/chains/${encodeURIComponent(currentMap.id)}/segments/${encodeURIComponent(segmentId)}`);
    const s = d.segment;
    const parts = [
      h('h2', { id: 'segment-title' }, s.name, ' ', statusBadge(s.status)),
      s.description ? h('p', { class: 'muted' }, s.description) : null,
      h('dl', { class: 'kv' },
        h('dt', {}, '所处阶段'), h('dd', {}, STAGE[s.stage]),
        h('dt', {}, '本地企业'), h('dd', {}, `${s.local} 家（权重 ${fmt(s.localWeight)}）`),
        h('dt', {}, '全国企业'), h('dd', {}, `${s.national} 家（权重 ${fmt(s.nationalWeight)}）`),
        h('dt', {}, '区位熵'), h('dd', {}, fmt(s.lq, 3)),
        h('dt', {}, '需求度'), h('dd', {}, fmt(s.demand, 3)),
        h('dt', {}, '本地链主'), h('dd', {}, s.localAnchors.length ? s.localAnchors.join('、') : '—')),
      h('div', { class: 'toolbar' }, h('a', { class: 'button', href: `/targets.html?chain=${encodeURIComponent(d.chainId)}&segment=${encodeURIComponent(s.id)}` }, '为此环节生成招商目标')),
      h('h3', {}, '计算依据'), h('div', { class: 'arith' }, d.formula.join('\n')),
      h('details', {}, h('summary', {}, '原始推导（图谱服务输出）'), h('div', { class: 'arith' }, d.arithmetic.join('\n'))),
      h('h3', {}, `本地企业（${d.localEnterprises.length}）`), enterpriseTable(d.localEnterprises),
      h('h3', {}, `需求来源（${d.demand.length}）`), demandTable(d.demand),
      h('h3', {}, `外地企业（前 ${d.nationalEnterprises.length} / 共 ${d.nationalTotal}）`), enterpriseTable(d.nationalEnterprises),
      overrideForm(d)];
    clear(detail).append(...parts.filter(Boolean));
  } catch (error) {
    showError(detail, error);
  }
}

function enterpriseTable(list) {
  if (!list.length) return h('p', { class: 'muted' }, '无');
  return h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, '企业'), h('th', {}, '地区'), h('th', { class: 'num' }, '权重'), h('th', {}, '依据'))),
    h('tbody', {}, list.map(e => h('tr', {},
      h('td', {}, enterpriseLink(e.key, e.name), e.isAnchor ? h('span', { class: 'badge anchor' }, '链主') : null),
      h('td', {}, place(e.province, e.city)),
      h('td', { class: 'num' }, fmt(e.weight)),
      h('td', {}, h('details', {}, h('summary', {}, `${e.evidence.length} 条`),
        h('ul', { class: 'evidence' }, e.evidence.map(ev => h('li', {}, `${ev.kind === 'industry' ? '行业' : ev.kind === 'product' ? '产品' : ev.kind}：${ev.target}（匹配 ${ev.matched}${ev.revenueShare != null ? '，收入占比 ' + pct(ev.revenueShare) : ''}）· 来源 ${ev.source}`)))))))));
}

function demandTable(list) {
  if (!list.length) return h('p', { class: 'muted' }, '无（没有本地企业依赖此环节）');
  return h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, '下游环节'), h('th', {}, '本地企业'), h('th', { class: 'num' }, '权重'), h('th', { class: 'num' }, '贡献'))),
    h('tbody', {}, list.map(x => h('tr', {},
      h('td', {}, nameOf(x.downstreamSegment)),
      h('td', {}, enterpriseLink(x.enterpriseKey, x.enterpriseName), x.isAnchor ? h('span', { class: 'badge anchor' }, '链主') : null),
      h('td', { class: 'num' }, fmt(x.placementWeight)), h('td', { class: 'num' }, fmt(x.contribution, 3))))));
}

// 人工校正: a signed-in chain lead pins an enterprise into this segment or removes it; the map is recomputed.
function overrideForm(d) {
  const key = h('input', { name: 'enterpriseKey', maxlength: 100, placeholder: '企业代码，如 300750.SZ', required: true });
  const action = h('select', { name: 'action' }, h('option', { value: 'pin' }, '加入此环节'), h('option', { value: 'remove' }, '移出此环节'));
  const reason = h('input', { name: 'reason', maxlength: 200, placeholder: '依据（如：会前核实）' });
  const message = h('div', {});
  const form = h('form', { class: 'inline-form', onsubmit: async event => {
    event.preventDefault();
    try {
      await api(`/api/chains/${encodeURIComponent(d.chainId)}/segments/${encodeURIComponent(d.segment.id)}/overrides`,
        { json: { enterpriseKey: key.value.trim(), action: action.value, reason: reason.value } });
      await loadMap(d.chainId);
      await showSegment(d.segment.id);
    } catch (error) {
      showError(message, error);
    }
  } }, key, action, reason, h('button', { type: 'submit' }, '保存校正'));
  return h('details', { class: 'override' }, h('summary', {}, '人工校正（需登录）'), form, message);
}
