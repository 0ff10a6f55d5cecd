// Shared helpers of the ChainGraph pages (docs/web.md, "Page helpers"). Every text from data is put into the page as
// a text node (h() and textContent), never as HTML: enterprise names are scraped data and may contain markup.
'use strict';

// ---- building the page -------------------------------------------------------------------------------------------

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }

function fmt(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return Number(value).toLocaleString('zh-CN', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function pct(value) { return value === null || value === undefined ? '—' : (value * 100).toFixed(0) + '%'; }

const STATUS = {
  Missing: { label: '缺失', color: '#d64541', fill: '#fbe3e2', cls: 'missing' },
  Weak: { label: '薄弱', color: '#e08a00', fill: '#fdf0d9', cls: 'weak' },
  Strong: { label: '较强', color: '#2e9d5b', fill: '#e2f3e8', cls: 'strong' },
};
const STAGE = { Upstream: '上游', Midstream: '中游', Downstream: '下游' };
const SIZE = { Large: '大型', Medium: '中型', Small: '小型', Unknown: '规模不详' };

// 缺失 segments that local firms or anchors depend on are 急需 (docs/chains.md, "Status").
function statusBadge(status, urgent) {
  const s = STATUS[status] || { label: status, cls: '' };
  return h('span', { class: 'badge ' + s.cls + (urgent ? ' urgent' : '') }, urgent ? s.label + '·急需' : s.label);
}

function enterpriseLink(key, name) {
  return h('a', { href: '/enterprise.html?id=' + encodeURIComponent(key) }, name);
}

// "unknown" marks an enterprise whose location the data does not give; show nothing rather than the marker.
function place(province, city) {
  const parts = [province, city].filter(p => p && p !== 'unknown');
  if (parts.length === 2 && parts[0] === parts[1]) parts.pop();
  return parts.join(' ') || '—';
}

// Where a fact came from: the readable title, and the raw record (data file and line) only behind a toggle.
function sourceView(source) {
  if (!source) return '—';
  if (!source.record) return h('span', { class: 'source' }, source.title);
  return h('span', { class: 'source' }, source.title, ' ',
    h('details', { class: 'raw-record' }, h('summary', {}, '出处'), h('span', {}, source.record)));
}

// Finds an enterprise in the graph by name, code or a near spelling and lets the person pick one (onPick gets the
// search hit: key, code, name, province, city).
function enterprisePicker(onPick, placeholder, initial) {
  const input = h('input', { type: 'search', maxlength: 100, placeholder: placeholder || '输入企业名称或代码', value: initial || '', class: 'picker-input', 'aria-label': placeholder || '输入企业名称或代码' });
  const results = h('div', { class: 'picker-results' });
  async function find() {
    const q = input.value.trim();
    if (!q) return;
    loading(results, '正在查找…');
    try {
      const r = await api('/api/search?limit=8&q=' + encodeURIComponent(q));
      clear(results);
      if (!r.enterprises.length) { results.append(h('p', { class: 'muted' }, '图谱中没有找到相近的企业，请换用全称、简称或股票代码。')); return; }
      if (r.nearMatches) results.append(h('p', { class: 'muted' }, '没有完全一致的名称，相近的企业有：'));
      results.append(...r.enterprises.map(e => h('button', { type: 'button', class: 'secondary suggestion', title: place(e.province, e.city),
        onclick: () => { clear(results); input.value = e.name; onPick(e); } }, e.name, e.code ? ' · ' + e.code : '')));
    } catch (error) {
      showError(results, error);
    }
  }
  input.addEventListener('keydown', event => { if (event.key === 'Enter') { event.preventDefault(); find(); } });
  return h('div', { class: 'picker' }, h('div', { class: 'inline-form' }, input, h('button', { type: 'button', class: 'secondary', onclick: find }, '在图谱中查找')), results);
}

function loading(container, text = '加载中…') { clear(container).append(h('p', { class: 'muted' }, text)); }

// ---- talking to the server: the one fetch helper every page uses ------------------------------------------------

class ApiError extends Error {
  constructor(status, problem) {
    super(problem && (problem.detail || problem.title) || '服务器没有给出说明');
    this.status = status;
    this.problem = problem || {};
  }
}

// Every request of every page goes through api(): the one place headers are added to all.
// CSRF: every request that changes something (POST/PUT/PATCH/DELETE, sign-in and uploads included) carries the
// antiforgery token from /api/account/csrf in the X-CSRF-Token header. This is the one place the pages add it.
let csrfToken = null;

async function csrf() {
  if (!csrfToken) csrfToken = (await (await fetch('/api/account/csrf', { credentials: 'same-origin' })).json()).token;
  return csrfToken;
}

async function api(path, options = {}, retried = false) {
  const init = { credentials: 'same-origin', headers: { Accept: 'application/json' }, ...options };
  if (options.json !== undefined) {
    init.method = init.method || 'POST';
    init.headers = { ...init.headers, 'Content-Type': 'application/json' };
    init.body = JSON.stringify(options.json);
  }
  if (!['GET', 'HEAD'].includes((init.method || 'GET').toUpperCase())) init.headers = { ...init.headers, 'X-CSRF-Token': await csrf() };
  let response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    throw new ApiError(0, { title: '无法连接服务器', detail: '无法连接服务器，请检查网络后刷新页面重试。' });
  }
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (error) { body = null; }
  // The token is bound to the signed-in user: after signing in or out, or when the server refuses it, fetch a new one.
  if (path.startsWith('/api/account/log') || (response.status === 403 && body && body.code === 'csrf')) csrfToken = null;
  if (response.status === 403 && body && body.code === 'csrf' && !retried) return api(path, options, true);
  if (!response.ok) throw new ApiError(response.status, body || { title: '请求没有成功', detail: '服务器暂时无法完成这项操作，请稍后重试。' });
  return body;
}

// What went wrong, in words for the person at the page: the problem's own (Chinese) detail and field messages,
// never a status code or a script error.
function problemText(error) {
  if (!(error instanceof ApiError)) return '页面出了点问题，请刷新后重试。';
  const errors = error.problem.errors;
  const details = errors ? Object.values(errors).flat() : [];
  if (error.status === 401) return '这项操作需要先登录。';
  if (error.status === 403) return error.problem.detail || '当前账号没有权限进行这项操作。';
  return details.length ? details.join(' ') : error.message;
}

function signInHref() { return '/login.html?return=' + encodeURIComponent(location.pathname + location.search); }

// An error box that says what to do next: a sign-in link where sign-in is needed.
function errorBox(error) {
  const box = h('div', { class: 'error', role: 'alert' }, problemText(error));
  if (error instanceof ApiError && error.status === 401) box.append(' ', h('a', { href: signInHref() }, '去登录'), '，登录后会回到本页。');
  return box;
}

function showError(container, error) { clear(container).append(errorBox(error)); }

// ---- state in the URL: every page keeps what it shows in its address, so links can be shared and refresh keeps it ---

const urlState = {
  get(name) { return new URLSearchParams(location.search).get(name); },
  all() { return Object.fromEntries(new URLSearchParams(location.search)); },
  // Sets (or, for null/'' values, removes) parameters; push adds a history entry (back returns), replace does not.
  set(values, { replace = false } = {}) {
    const params = new URLSearchParams(location.search);
    for (const [key, value] of Object.entries(values)) {
      if (value === null || value === undefined || value === '') params.delete(key);
      else params.set(key, String(value));
    }
    const search = params.toString();
    const url = location.pathname + (search ? '?' + search : '') + location.hash;
    if (url === location.pathname + location.search + location.hash) return;
    if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
  },
  // Back and forward: fn gets the parameters of the entry the browser moved to.
  onChange(fn) { window.addEventListener('popstate', () => fn(urlState.all())); },
};

function query(name) { return urlState.get(name); }

// ---- the frame: header (menu, search, account) and the data-freshness line ------------------------------------------

// The app's pages in menu order: the one list every page's header is built from. A new page adds one entry.
const PAGES = [
  ['/index.html', '产业链总览'],
  ['/map.html', '产业链图谱'],
  ['/enterprise.html', '企业画像'],
  ['/targets.html', '招商目标'],
  ['/events.html', '对接会简报'],
  ['/distribution.html', '全国分布'],
  ['/compare.html', '对标分析'],
  ['/changes.html', '产业链动态'],
  ['/projects.html', '项目库'],
  ['/dashboard.html', '招商看板'],
];

let siteInfoPromise = null;
// Region, time zone, data freshness and optional features (PDF), fetched once per page.
function siteInfo() {
  if (!siteInfoPromise) siteInfoPromise = api('/api/site').catch(() => null);
  return siteInfoPromise;
}

// A stored (UTC) time shown in the home region's zone: 2026-12-08 14:05.
function formatTime(iso, timeZone) {
  if (!iso) return '—';
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: timeZone || 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).formatToParts(new Date(iso));
  const p = Object.fromEntries(parts.map(x => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour === '24' ? '00' : p.hour}:${p.minute}`;
}

async function localTime(iso) {
  const site = await siteInfo();
  return formatTime(iso, site && site.timeZone) + (site ? `（${site.timeZoneName}）` : '');
}

function dateText(isoDate) {
  if (!isoDate) return '—';
  const [y, m, d] = String(isoDate).slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function renderHeader() {
  const header = document.querySelector('header.top');
  if (!header || header.firstChild) return;
  const nav = h('nav', { class: 'main', id: 'main-nav' }, PAGES.map(([href, label]) => h('a', { href }, label)));
  const toggle = h('button', { type: 'button', class: 'menu-toggle', 'aria-controls': 'main-nav', 'aria-expanded': 'false',
    onclick: () => { const open = header.classList.toggle('menu-open'); toggle.setAttribute('aria-expanded', String(open)); } }, '菜单');
  header.append(
    h('a', { class: 'brand', href: '/' }, 'ChainGraph ', h('span', {}, '产业链招商平台')),
    toggle, nav, searchBox(),
    h('div', { id: 'account', class: 'account' }));
}

// The header search: enterprises and segments as you type; Enter opens the full result page.
function searchBox() {
  const input = h('input', { type: 'search', name: 'q', id: 'site-search', maxlength: 100, placeholder: '搜索企业或环节', 'aria-label': '搜索企业或环节', autocomplete: 'off' });
  const list = h('div', { class: 'search-results', id: 'site-search-results', hidden: true, role: 'listbox' });
  let timer = null;
  let seq = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) { list.hidden = true; return; }
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const r = await api('/api/search?limit=6&q=' + encodeURIComponent(q));
        if (mine !== seq) return;
        renderSearchResults(list, r);
      } catch (error) {
        clear(list).append(h('div', { class: 'search-note' }, problemText(error)));
        list.hidden = false;
      }
    }, 250);
  });
  input.addEventListener('keydown', event => { if (event.key === 'Escape') list.hidden = true; });
  document.addEventListener('click', event => { if (!form.contains(event.target)) list.hidden = true; });
  const form = h('form', { class: 'site-search', role: 'search', action: '/search.html', onsubmit: event => {
    event.preventDefault();
    if (input.value.trim()) location.href = '/search.html?q=' + encodeURIComponent(input.value.trim());
  } }, input, list);
  return form;
}

function searchHitLinks(r) {
  const links = [];
  for (const e of r.enterprises) {
    links.push(h('a', { href: '/enterprise.html?id=' + encodeURIComponent(e.key), class: 'hit' },
      h('span', { class: 'hit-kind' }, '企业'), e.name, h('span', { class: 'muted' }, ' ' + place(e.province, e.city))));
  }
  for (const s of r.segments) {
    links.push(h('a', { href: `/map.html?chain=${encodeURIComponent(s.chainId)}&segment=${encodeURIComponent(s.segmentId)}`, class: 'hit' },
      h('span', { class: 'hit-kind' }, '环节'), s.segment, h('span', { class: 'muted' }, ' ' + s.chain + ' '), statusBadge(s.status, s.urgent)));
  }
  return links;
}

function renderSearchResults(list, r) {
  clear(list);
  if (r.nearMatches && r.enterprises.length) list.append(h('div', { class: 'search-note' }, '没有完全一致的企业，相近的有：'));
  const links = searchHitLinks(r);
  if (!links.length) list.append(h('div', { class: 'search-note' }, '没有找到匹配的企业或环节。'));
  list.append(...links, h('a', { class: 'hit all', href: '/search.html?q=' + encodeURIComponent(r.query) }, '查看全部结果'));
  list.hidden = false;
}

function markActiveNav() {
  for (const a of document.querySelectorAll('nav.main a')) {
    if (a.getAttribute('href') === location.pathname || (location.pathname === '/' && a.getAttribute('href') === '/index.html')) a.classList.add('active');
  }
}

async function renderAccount() {
  const slot = document.getElementById('account');
  if (!slot) return null;
  try {
    const me = await api('/api/account/me');
    clear(slot);
    if (me.signedIn) {
      slot.append(h('span', { title: me.roleLabel || '' }, me.displayName || me.userName), ' ',
        me.role === 'admin' ? h('a', { href: '/users.html' }, '用户管理') : null, ' ',
        h('button', { type: 'button', class: 'link', onclick: async () => { await api('/api/account/logout', { method: 'POST' }).catch(() => null); location.reload(); } }, '退出'));
    } else {
      slot.append(h('a', { href: signInHref() }, '登录'));
    }
    return me;
  } catch (error) {
    return null;
  }
}

// geo: one tab per chain; a click calls onSelect(id) (the page reloads its data and updates the URL).
function renderChainTabs(container, chains, currentId, onSelect) {
  clear(container);
  for (const c of chains) {
    container.append(h('a', {
      href: location.pathname + '?chain=' + encodeURIComponent(c.id), class: c.id === currentId ? 'active' : '', 'data-chain': c.id,
      onclick: event => { event.preventDefault(); for (const a of container.children) a.classList.toggle('active', a === event.currentTarget); onSelect(c.id); },
    }, c.name));
  }
}

// 数据截至: the latest dated fact in the graph, when the data was taken, and the zone times are shown in.
async function renderFreshness() {
  const main = document.querySelector('main');
  if (!main || document.getElementById('freshness')) return;
  const line = h('footer', { id: 'freshness', class: 'freshness' });
  main.after(line);
  const site = await siteInfo();
  if (!site) return;
  const parts = [`本地：${site.region}（按${site.compareName}统计）`];
  if (site.dataAsOf) parts.push(`数据截至 ${dateText(site.dataAsOf)}（图谱中最新一条带日期的企业关系）`);
  if (site.fetchedAt) parts.push(`数据获取于 ${formatTime(site.fetchedAt, site.timeZone).slice(0, 10)}`);
  parts.push(`时间均为${site.timeZoneName}`);
  line.textContent = parts.join(' · ');
}

document.addEventListener('DOMContentLoaded', () => { renderHeader(); markActiveNav(); renderAccount(); renderFreshness(); });
