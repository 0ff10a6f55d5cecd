'use strict';
// 全国分布: where a chain's (or one segment's) enterprises are, on a map of China by province; a province
// drills into its cities (districts for 北京/天津/上海/重庆). Colour = enterprises or placement weight; the home
// region has a red outline. A click on a region lists its enterprises and its share. State lives in the URL.
const geoState = { chain: null, segment: '', province: '', metric: 'count', region: '' };
let geoChart = null;
let geoData = null;
const geoJsonCache = {};
const regionSort = { key: 'enterprises', desc: true };

document.addEventListener('DOMContentLoaded', async () => {
  const detail = document.getElementById('detail');
  const form = document.getElementById('controls');
  form.addEventListener('submit', event => event.preventDefault());
  form.segment.addEventListener('change', () => { geoState.segment = form.segment.value; geoState.region = ''; refresh(); });
  for (const radio of form.metric) radio.addEventListener('change', () => { geoState.metric = form.metric.value; urlState.set({ metric: geoState.metric === 'count' ? null : geoState.metric }, { replace: true }); draw(); renderTable(); });
  window.addEventListener('resize', () => geoChart && geoChart.resize());
  try {
    const chains = await api('/api/chains');
    geoState.chain = query('chain') || (chains[0] && chains[0].id);
    geoState.segment = query('segment') || '';
    geoState.province = query('province') || '';
    geoState.metric = query('metric') === 'weight' ? 'weight' : 'count';
    geoState.region = query('region') || '';
    form.metric.value = geoState.metric;
    renderChainTabs(document.getElementById('chain-tabs'), chains, geoState.chain, async id => {
      Object.assign(geoState, { chain: id, segment: '', province: '', region: '' });
      await loadSegments();
      refresh();
    });
    await loadSegments();
    await refresh();
  } catch (error) {
    showError(detail, error);
  }
});

async function loadSegments() {
  const select = document.getElementById('segment');
  const map = await api('/api/chains/' + encodeURIComponent(geoState.chain) + '/map');
  clear(select).append(h('option', { value: '' }, '全链（' + map.name + '）'));
  for (const s of map.segments) select.append(h('option', { value: s.id }, (s.parent ? '　└ ' : '') + s.name));
  select.value = geoState.segment;
  if (select.value !== geoState.segment) geoState.segment = '';
}

async function refresh() {
  urlState.set({ chain: geoState.chain, segment: geoState.segment, province: geoState.province, region: geoState.region, metric: geoState.metric === 'count' ? null : geoState.metric }, { replace: true });
  const detail = document.getElementById('detail');
  const p = new URLSearchParams();
  if (geoState.segment) p.set('segment', geoState.segment);
  if (geoState.province) p.set('province', geoState.province);
  try {
    geoData = await api('/api/chains/' + encodeURIComponent(geoState.chain) + '/distribution?' + p);
    renderHead();
    await draw();
    renderTable();
    if (geoState.region) await showRegion(geoState.region);
    else clear(detail).append(h('p', { class: 'muted' }, geoState.province
      ? '点击地图上的地市（或下表中的地区）查看该地区的企业及其占比。'
      : '点击地图上的省份（或下表中的地区）查看该地区的企业及其占比；在省份详情中可进入该省，按地市查看。'));
  } catch (error) {
    showError(detail, error);
  }
}

function what() { return geoData.segmentName ? `${geoData.chainName} · ${geoData.segmentName}` : geoData.chainName; }
function share(v) { return v === null || v === undefined ? '—' : (v * 100).toFixed(1) + '%'; }

function renderHead() {
  const d = geoData;
  document.getElementById('title').textContent = what() + ' · 全国分布';
  const inside = d.withinName ? d.regions.reduce((n, r) => n + r.enterprises, 0) + d.unlocated : d.enterprises;
  document.getElementById('summary').textContent = d.withinName
    ? `${d.withinName}：${inside} 家，占全国 ${d.enterprises} 家的 ${share(d.enterprises ? inside / d.enterprises : 0)}${d.unlocated ? `（其中 ${d.unlocated} 家地市不详）` : ''} · 本地：${d.home.name}`
    : `全国（图谱内）${d.enterprises} 家企业，归入权重合计 ${fmt(d.weight)}${d.unlocated ? `；${d.unlocated} 家所在地不详，未计入地图` : ''} · 本地：${d.home.name}（红框）`;
  const crumbs = clear(document.getElementById('crumbs'));
  crumbs.append(h('span', {}, h('span', { class: 'muted' }, '范围 '), d.withinName
    ? [h('a', { href: '#', id: 'crumb-country', onclick: e => { e.preventDefault(); geoState.province = ''; geoState.region = ''; refresh(); } }, '全国'), ' › ', h('strong', {}, d.withinName)]
    : h('strong', {}, '全国')));
  document.getElementById('table-title').textContent = d.withinName ? `${d.withinName}各${d.level === 'county' ? '区' : '地市'}企业` : '各省（区、市）企业';
  document.getElementById('legend').textContent = `颜色越深，${geoState.metric === 'count' ? '企业越多' : '归入权重越大'} · 红框为本地（${d.home.compareName}）· 点击地区查看企业`;
}

async function geoJson(code) {
  const key = code || 'china';
  if (!(key in geoJsonCache)) {
    const response = await fetch('/lib/maps/' + key + '.json');
    geoJsonCache[key] = response.ok ? await response.json() : null;
  }
  return geoJsonCache[key];
}

// The outline files name features by their GB/T 2260 code (id): 320000 a province, 320500 a city, 120110 a district.
function featureFor(json, code) {
  const id = code.length === 2 ? code + '0000' : code.length === 4 ? code + '00' : code;
  return json.features.find(f => String(f.id) === id);
}

async function draw() {
  const el = document.getElementById('chart');
  const json = await geoJson(geoState.province);
  if (!json) {
    if (geoChart) { geoChart.dispose(); geoChart = null; }
    clear(el).append(h('p', { class: 'muted' }, '该地区没有可用的地图轮廓，请看下表。'));
    return;
  }
  // Registered as "china" so ECharts adds the 南海诸岛 inset and 钓鱼岛, as official maps show them.
  const mapName = geoState.province ? 'p' + geoState.province : 'china';
  if (!echarts.getMap(mapName)) echarts.registerMap(mapName, json);
  geoChart = geoChart || echarts.init(el, null, { renderer: 'canvas' });
  const value = r => geoState.metric === 'count' ? r.enterprises : r.weight;
  const byFeature = {};
  for (const r of geoData.regions) {
    const f = featureFor(json, r.code);
    if (f) byFeature[f.properties.name] = r;
  }
  const max = Math.max(1, ...geoData.regions.map(value));
  const data = json.features.map(f => {
    const r = byFeature[f.properties.name];
    const id = String(f.id);
    const home = r ? r.isHome : geoData.home.code.startsWith(geoState.province ? (geoData.level === 'county' ? id : id.slice(0, 4)) : id.slice(0, 2));
    return {
      name: f.properties.name, value: r ? value(r) : 0, code: r ? r.code : null, region: r || null,
      itemStyle: home ? { borderColor: '#d64541', borderWidth: 2.5 } : undefined,
      label: home ? { show: true, color: '#8a1f17', fontWeight: 'bold', formatter: '{b}（本地）' } : undefined,
    };
  });
  const enc = echarts.format.encodeHTML;
  geoChart.setOption({
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: p => {
        const r = p.data && p.data.region;
        return r ? enc(`${r.name}：${r.enterprises} 家（占全国 ${share(r.share)}），归入权重 ${fmt(r.weight)}`) : enc(`${p.name}：无`);
      },
    },
    visualMap: { type: 'continuous', min: 0, max, left: 8, bottom: 8, text: ['多', '少'], calculable: false, itemHeight: 90,
      inRange: { color: ['#eef3f8', '#9ec3e6', '#2f78b7', '#0b3d6b'] } },
    series: [{
      type: 'map', map: mapName, roam: false, selectedMode: false, top: 16, bottom: 16, left: 'center',
      label: { show: !!geoState.province, fontSize: 10, color: '#1f2933', textBorderColor: '#fff', textBorderWidth: 2 },
      emphasis: { label: { show: true }, itemStyle: { areaColor: '#f0a020' } },
      itemStyle: { borderColor: '#8aa0b5', borderWidth: 0.6, areaColor: '#eef3f8' },
      data,
    }],
  }, true);
  geoChart.off('click');
  geoChart.on('click', p => { if (p.data && p.data.code) showRegion(p.data.code); });
}

function renderTable() {
  const table = clear(document.getElementById('regions'));
  const columns = [
    ['name', '地区', false], ['enterprises', '企业数', true], ['share', '占全国', true], ['weight', '归入权重', true], ['weightShare', '权重占全国', true],
  ];
  const rows = [...geoData.regions].sort((a, b) => {
    const x = a[regionSort.key], y = b[regionSort.key];
    const c = typeof x === 'string' ? x.localeCompare(y, 'zh-CN') : x - y;
    return regionSort.desc ? -c : c;
  });
  table.append(h('thead', {}, h('tr', {}, columns.map(([key, label, num]) => h('th', {
    class: (num ? 'num ' : '') + 'sort' + (regionSort.key === key ? (regionSort.desc ? ' desc' : ' asc') : ''), 'data-key': key, title: '点击排序',
    onclick: () => { regionSort.desc = regionSort.key === key ? !regionSort.desc : key !== 'name'; regionSort.key = key; renderTable(); },
  }, label)))));
  table.append(h('tbody', {}, rows.map(r => h('tr', { class: r.isHome ? 'home' : '', 'data-code': r.code },
    h('td', {}, h('a', { href: '#', onclick: e => { e.preventDefault(); showRegion(r.code); } }, r.name), r.isHome ? h('span', { class: 'badge missing' }, '本地') : null),
    h('td', { class: 'num' }, r.enterprises), h('td', { class: 'num' }, share(r.share)),
    h('td', { class: 'num' }, fmt(r.weight)), h('td', { class: 'num' }, share(r.weightShare))))));
  if (!rows.length) table.append(h('tbody', {}, h('tr', {}, h('td', { colspan: 5, class: 'muted' }, '该范围内没有本链企业。'))));
}

async function showRegion(code) {
  const detail = document.getElementById('detail');
  geoState.region = code;
  urlState.set({ region: code }, { replace: true });
  const p = new URLSearchParams();
  if (geoState.segment) p.set('segment', geoState.segment);
  loading(detail);
  try {
    const r = await api('/api/chains/' + encodeURIComponent(geoState.chain) + '/distribution/' + encodeURIComponent(code) + '?' + p);
    const drill = code.length === 2 && !geoState.province;
    if (detail.getBoundingClientRect().top < 0) detail.scrollIntoView({ block: 'start' }); // clicked in the table below
    clear(detail).append(h('div', { id: 'region-detail' },
      h('h2', {}, r.name, ' ', r.isHome ? h('span', { class: 'badge missing' }, '本地') : null),
      h('p', {}, `${r.segmentName ? r.chainName + ' · ' + r.segmentName : r.chainName}：${r.enterprises} 家，占全国 ${r.nationalEnterprises} 家的 ${share(r.share)}；归入权重 ${fmt(r.weight)}，占全国 ${share(r.weightShare)}。`),
      drill ? h('div', { class: 'toolbar' }, h('button', { type: 'button', id: 'drill', onclick: () => { geoState.province = code; geoState.region = ''; refresh(); } }, `进入${r.name}，按地市查看`)) : null,
      h('div', { class: 'scroll' }, h('table', { id: 'region-enterprises' },
        h('thead', {}, h('tr', {}, h('th', {}, '企业'), h('th', {}, '所在地'), h('th', {}, '所在环节'), h('th', { class: 'num' }, '归入权重'))),
        h('tbody', {}, r.enterpriseList.map(e => h('tr', {},
          h('td', {}, enterpriseLink(e.key, e.name), e.isAnchor ? h('span', { class: 'badge anchor' }, '链主') : null),
          h('td', {}, place(e.province, e.city)), h('td', {}, e.segments.join('、') || '—'), h('td', { class: 'num' }, fmt(e.weight))))))),
      r.enterprises > r.enterpriseList.length ? h('p', { class: 'muted' }, `共 ${r.enterprises} 家，按权重列出前 ${r.enterpriseList.length} 家。`) : null));
  } catch (error) {
    showError(detail, error.status === 404 ? new Error('该地区没有本链企业。') : error);
  }
}
