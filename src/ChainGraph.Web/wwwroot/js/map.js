'use strict';
// 产业链图谱: segments in three columns (上游 → 中游 → 下游) as boxes coloured by status, 急需 with a heavy red frame,
// the dot in each box sized by the national pool (how many enterprises there are to attract); arrows = feeds.
// Arrows run only in the gutters between columns (or around a column they skip), under the boxes, so no arrow
// crosses a label. Chain and segment live in the URL (?chain=…&segment=…): links can be shared, refresh and
// back/forward keep the page. On a phone the same segments are a list.
const SVG_NS = 'http://www.w3.org/2000/svg';
const COLUMNS = ['Upstream', 'Midstream', 'Downstream'];
let currentMap = null;
let selected = null;

document.addEventListener('DOMContentLoaded', async () => {
  const detail = document.getElementById('detail');
  try {
    const chains = await api('/api/chains');
    const tabs = document.getElementById('chain-tabs');
    for (const c of chains) {
      tabs.append(h('a', { href: '/map.html?chain=' + encodeURIComponent(c.id), 'data-chain': c.id, onclick: event => {
        event.preventDefault();
        urlState.set({ chain: c.id, segment: null });
        show(urlState.all(), chains);
      } }, c.name));
    }
    urlState.onChange(state => show(state, chains));
    await show(urlState.all(), chains);
  } catch (error) {
    showError(detail, error);
  }
  let width = window.innerWidth;
  window.addEventListener('resize', () => { if (currentMap && Math.abs(window.innerWidth - width) > 20) { width = window.innerWidth; draw(currentMap); } });
});

// Shows what the URL says: the chain (first one by default) and, if given, the selected segment.
async function show(state, chains) {
  const chainId = state.chain || (chains[0] && chains[0].id);
  if (!chainId) return;
  for (const a of document.querySelectorAll('#chain-tabs a')) a.classList.toggle('active', a.dataset.chain === chainId);
  if (!currentMap || currentMap.id !== chainId) await loadMap(chainId);
  if (state.segment) await showSegment(state.segment, false);
  else { selected = null; draw(currentMap); clear(document.getElementById('detail')).append(hint()); }
}

function hint() { return h('p', { class: 'muted' }, '点击图中的环节，查看本地与全国企业、区位熵、需求度及其依据。'); }

async function loadMap(chainId) {
  const map = await api('/api/chains/' + encodeURIComponent(chainId) + '/map');
  currentMap = map;
  document.getElementById('title').textContent = map.name + ' · 产业链图谱';
  document.title = map.name + ' · 产业链图谱 · ChainGraph 产业链招商';
  const s = map.summary;
  document.getElementById('summary').textContent =
    `本地：${map.region.name}（按${map.region.compareName}统计）· ${s.segments} 个环节，本地覆盖 ${pct(s.localCoverage)}，` +
    `缺失 ${s.missing}（其中急需 ${s.urgent}）、薄弱 ${s.weak}、较强 ${s.strong} · 本地企业 ${s.localEnterprises} / 全国 ${s.nationalEnterprises}`;
  document.getElementById('status-rules').textContent = map.statusRules;
  draw(map);
}

function draw(map) {
  drawChart(map);
  drawList(map);
}

// ---- the chart (SVG) ---------------------------------------------------------------------------------------------

function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  for (const c of children) if (c) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

function layout(map, width) {
  const gutter = Math.max(56, Math.min(110, width * 0.09));
  const colWidth = (width - 2 * gutter) / 3;
  const boxWidth = Math.min(230, colWidth);
  const boxHeight = 46;
  const gap = 10;
  const top = 34;
  const columns = COLUMNS.map(() => []);
  for (const seg of map.segments) columns[Math.max(0, COLUMNS.indexOf(seg.stage))].push(seg);
  const tallest = Math.max(...columns.map(c => c.length), 1);
  const boxes = {};
  columns.forEach((list, col) => {
    const x0 = col * (colWidth + gutter) + (colWidth - boxWidth) / 2;
    const offset = (tallest - list.length) * (boxHeight + gap) / 2;
    list.forEach((seg, i) => {
      const indent = seg.parent ? 18 : 0;
      boxes[seg.id] = { x: x0 + indent, y: top + offset + i * (boxHeight + gap), w: boxWidth - indent, h: boxHeight, col, seg };
    });
  });
  const bottom = top + tallest * (boxHeight + gap);
  return { boxes, columns, gutter, colWidth, boxWidth, height: bottom + 16, top, bottom };
}

// An arrow from a box's right edge to another's left edge, bending only inside the gutter between their columns;
// one that skips a column goes around it (below the boxes); one within a column loops out into the gutter.
function edgePath(a, b, L, lane) {
  const y1 = a.y + a.h / 2;
  const y2 = b.y + b.h / 2;
  if (b.col === a.col) {
    const x = a.x + a.w;
    const bend = x + 14 + (lane % 4) * 7;
    return `M${x},${y1} C${bend},${y1} ${bend},${y2} ${b.x + b.w + 6},${y2}`;
  }
  const x1 = a.x + a.w;
  const x2 = b.x - 6;
  if (b.col - a.col === 1) {
    const dx = (x2 - x1) / 2;
    return `M${x1},${y1} C${x1 + dx},${y1} ${x2 - dx},${y2} ${x2},${y2}`;
  }
  const below = L.bottom + 4 + (lane % 3) * 5;
  const g = L.gutter / 2;
  return `M${x1},${y1} C${x1 + g},${y1} ${x1 + g},${below} ${x1 + L.gutter},${below} L${x2 - L.gutter},${below} C${x2 - g},${below} ${x2 - g},${y2} ${x2},${y2}`;
}

function drawChart(map) {
  const holder = document.getElementById('chart');
  const width = Math.max(640, holder.clientWidth || 800);
  const L = layout(map, width);
  const maxNational = Math.max(...map.segments.map(s => s.national), 1);
  const root = svg('svg', { width, height: L.height, viewBox: `0 0 ${width} ${L.height}`, role: 'group', 'aria-label': map.name + '产业链图谱', class: 'chain-svg' });
  root.append(svg('defs', {},
    svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#7b8fa5' })),
    svg('marker', { id: 'arrow-on', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#0b4f8a' }))));
  COLUMNS.forEach((stage, col) => {
    const x = col * (L.colWidth + L.gutter) + L.colWidth / 2;
    root.append(svg('text', { x, y: 20, 'text-anchor': 'middle', class: 'stage-title' }, STAGE[stage]));
  });
  const edges = svg('g', { class: 'edges' });
  map.links.forEach((link, i) => {
    const a = L.boxes[link.source];
    const b = L.boxes[link.target];
    if (!a || !b) return;
    const on = selected && (link.source === selected || link.target === selected);
    edges.append(svg('path', { d: edgePath(a, b, L, i), class: 'edge' + (on ? ' on' : ''), 'marker-end': on ? 'url(#arrow-on)' : 'url(#arrow)',
      'data-source': link.source, 'data-target': link.target },
      svg('title', {}, `${a.seg.name} → ${b.seg.name}（供给）`)));
  });
  root.append(edges);
  for (const seg of map.segments) {
    const box = L.boxes[seg.id];
    if (!box) continue;
    const st = STATUS[seg.status];
    const radius = 4 + 10 * Math.sqrt(seg.national / maxNational);
    const isSelected = seg.id === selected;
    const g = svg('g', { class: 'node' + (isSelected ? ' selected' : '') + (seg.urgent ? ' urgent' : ''), tabindex: 0, role: 'button',
      'data-segment': seg.id, 'aria-label': `${seg.name}，${st.label}${seg.urgent ? '，急需' : ''}，本地 ${seg.local} 家，全国 ${seg.national} 家` });
    g.append(
      svg('title', {}, `${seg.name}（${STAGE[seg.stage]}，${st.label}${seg.urgent ? '·急需' : ''}）\n本地 ${seg.local} 家，全国 ${seg.national} 家\n区位熵 ${fmt(seg.lq)}，需求度 ${fmt(seg.demand)}\n${seg.verdict}`),
      svg('rect', { x: box.x, y: box.y, width: box.w, height: box.h, rx: 6, fill: isSelected ? '#e8f0f8' : st.fill,
        stroke: isSelected ? '#0b4f8a' : seg.urgent ? '#8a1f17' : st.color, 'stroke-width': isSelected ? 3.5 : seg.urgent ? 3 : 1.5 }),
      svg('circle', { cx: box.x + 17, cy: box.y + box.h / 2, r: radius, fill: st.color, opacity: 0.85 }),
      svg('text', { x: box.x + 34, y: box.y + 19, class: 'node-name' }, fitText(seg.name + (seg.urgent ? ' · 急需' : ''), box.w - 40, 13, true)),
      svg('text', { x: box.x + 34, y: box.y + 36, class: 'node-figures' }, fitText(`本地 ${seg.local} · 全国 ${seg.national} · 区位熵 ${fmt(seg.lq, 1)}`, box.w - 40, 11)));
    g.addEventListener('click', () => select(seg.id));
    g.addEventListener('keydown', event => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(seg.id); } });
    root.append(g);
  }
  clear(holder).append(root);
  holder.style.height = L.height + 'px';
}

// Cuts a label to fit its box, measured in the page's own font; the full text is in the tooltip and the drill-down.
let measureContext = null;
function fitText(text, width, fontSize, bold) {
  measureContext = measureContext || document.createElement('canvas').getContext('2d');
  measureContext.font = `${bold ? 'bold ' : ''}${fontSize}px ${getComputedStyle(document.body).fontFamily}`;
  if (measureContext.measureText(text).width <= width) return text;
  let out = text;
  while (out.length > 1 && measureContext.measureText(out + '…').width > width) out = out.slice(0, -1);
  return out + '…';
}

// ---- the list (phones) -------------------------------------------------------------------------------------------

function drawList(map) {
  const list = clear(document.getElementById('map-list'));
  for (const stage of COLUMNS) {
    const segs = map.segments.filter(s => s.stage === stage);
    if (!segs.length) continue;
    list.append(h('h3', {}, STAGE[stage]), h('ul', {}, segs.map(s => h('li', { class: s.parent ? 'child' : '' },
      h('a', { href: `/map.html?chain=${encodeURIComponent(map.id)}&segment=${encodeURIComponent(s.id)}`, class: s.id === selected ? 'selected' : '',
        onclick: event => { event.preventDefault(); select(s.id); } },
        h('span', {}, s.name), h('span', {}, h('span', { class: 'muted' }, `本地 ${s.local} / 全国 ${s.national} `), statusBadge(s.status, s.urgent)))))));
  }
}

// ---- the drill-down ----------------------------------------------------------------------------------------------

async function select(segmentId) {
  urlState.set({ chain: currentMap.id, segment: segmentId });
  await showSegment(segmentId, true);
}

async function showSegment(segmentId, scroll) {
  const detail = document.getElementById('detail');
  const seg = currentMap.segments.find(s => s.id === segmentId || s.name === segmentId);
  selected = seg ? seg.id : null;
  draw(currentMap);
  loading(detail);
  try {
    const d = await api(`/api/chains/${encodeURIComponent(currentMap.id)}/segments/${encodeURIComponent(segmentId)}`);
    const s = d.segment;
    const parts = [
      h('h2', { id: 'segment-title' }, s.name, ' ', statusBadge(s.status, s.urgent)),
      h('p', { class: 'verdict' }, d.verdict),
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
      h('h3', {}, `本地企业（${d.localEnterprises.length}）`), enterpriseTable(d.localEnterprises),
      h('h3', {}, `需求来源（${d.demand.length}）`), demandTable(d.demand),
      h('h3', {}, `外地企业（前 ${d.nationalEnterprises.length} 家，共 ${d.nationalTotal} 家）`), enterpriseTable(d.nationalEnterprises),
      overrideForm(d)];
    clear(detail).append(...parts.filter(Boolean));
    if (scroll && window.innerWidth <= 1100) detail.scrollIntoView({ block: 'start' });
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
        h('ul', { class: 'evidence' }, e.evidence.map(ev => h('li', {}, ev.text, h('span', { class: 'muted' }, ' · ' + ev.source))))))))));
}

function demandTable(list) {
  if (!list.length) return h('p', { class: 'muted' }, '无（没有本地企业依赖此环节）');
  return h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, '下游环节'), h('th', {}, '本地企业'), h('th', { class: 'num' }, '权重'), h('th', { class: 'num' }, '贡献'))),
    h('tbody', {}, list.map(x => h('tr', {},
      h('td', {}, x.downstreamSegment),
      h('td', {}, enterpriseLink(x.enterpriseKey, x.enterpriseName), x.isAnchor ? h('span', { class: 'badge anchor' }, '链主') : null),
      h('td', { class: 'num' }, fmt(x.placementWeight)), h('td', { class: 'num' }, fmt(x.contribution, 3))))));
}

// 人工校正: a signed-in chain lead pins an enterprise (found by name) into this segment or removes it; the map is recomputed.
function overrideForm(d) {
  let chosen = null;
  const chosenText = h('span', { class: 'muted' }, '尚未选择企业');
  const picker = enterprisePicker(e => { chosen = e; chosenText.textContent = '已选择：' + e.name + (e.code ? '（' + e.code + '）' : ''); }, '输入企业名称查找');
  const action = h('select', { name: 'action' }, h('option', { value: 'pin' }, '加入此环节'), h('option', { value: 'remove' }, '移出此环节'));
  const reason = h('input', { name: 'reason', maxlength: 200, placeholder: '依据（如：会前核实）' });
  const message = h('div', {});
  const form = h('form', { class: 'inline-form', onsubmit: async event => {
    event.preventDefault();
    if (!chosen) { clear(message).append(h('div', { class: 'error', role: 'alert' }, '请先查找并选择一家企业。')); return; }
    try {
      await api(`/api/chains/${encodeURIComponent(d.chainId)}/segments/${encodeURIComponent(d.segment.id)}/overrides`,
        { json: { enterpriseKey: chosen.key, action: action.value, reason: reason.value } });
      const segmentId = d.segment.id;
      currentMap = null;
      await loadMap(d.chainId);
      await showSegment(segmentId, false);
    } catch (error) {
      showError(message, error);
    }
  } }, chosenText, action, reason, h('button', { type: 'submit' }, '保存校正'));
  return h('details', { class: 'override' }, h('summary', {}, '人工校正（需登录）'), picker, form, message);
}
