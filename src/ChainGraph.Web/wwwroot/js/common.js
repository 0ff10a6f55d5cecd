// Shared helpers of the ChainGraph pages. Every text from data is put into the page as a text node
// (h() and textContent), never as HTML: enterprise names are scraped data and may contain markup.
'use strict';

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
  Missing: { label: '缺失', color: '#d64541', cls: 'missing' },
  Weak: { label: '薄弱', color: '#f0a020', cls: 'weak' },
  Strong: { label: '较强', color: '#2e9d5b', cls: 'strong' },
};
const STAGE = { Upstream: '上游', Midstream: '中游', Downstream: '下游' };
const REL = {
  SUPPLIES: '供应', COOPERATES: '合作', INVESTS: '投资', CONTROLS: '控股', COMPETES: '竞争', JOINT_VENTURE: '合资',
  ACQUIRES: '收购', IN_SEGMENT: '位于环节', ANCHORS: '链主', IN_INDUSTRY: '所属行业', ACTIVE_IN: '涉足行业', MAKES: '生产',
  LOCATED_IN: '位于', PORTFOLIO: '投资组合', ATTENDS: '参会', HOLDS_PATENT: '持有专利', MENTIONS: '提及',
};
const SIZE = { Large: '大型', Medium: '中型', Small: '小型' };

function statusBadge(status) {
  const s = STATUS[status] || { label: status, cls: '' };
  return h('span', { class: 'badge ' + s.cls }, s.label);
}

function enterpriseLink(key, name) {
  return h('a', { href: '/enterprise.html?id=' + encodeURIComponent(key) }, name);
}

class ApiError extends Error {
  constructor(status, problem) {
    super(problem && (problem.detail || problem.title) || ('HTTP ' + status));
    this.status = status;
    this.problem = problem || {};
  }
}

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
  const response = await fetch(path, init);
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  // The token is bound to the signed-in user: after signing in or out, or when the server refuses it, fetch a new one.
  if (path.startsWith('/api/account/log') || (response.status === 403 && body && body.code === 'csrf')) csrfToken = null;
  if (response.status === 403 && body && body.code === 'csrf' && !retried) return api(path, options, true);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

function problemText(error) {
  if (!(error instanceof ApiError)) return String(error && error.message || error);
  const errors = error.problem.errors;
  const details = errors ? Object.entries(errors).map(([field, messages]) => field + '：' + messages.join(' ')) : [];
  if (error.status === 401) return '需要登录后才能执行此操作。' + (error.problem.detail ? '（' + error.problem.detail + '）' : '');
  return [error.message, ...details].join(' ');
}

function showError(container, error) {
  clear(container).append(h('div', { class: 'error', role: 'alert' }, problemText(error)));
}

function loading(container, text = '加载中…') { clear(container).append(h('p', { class: 'muted' }, text)); }

function query(name) { return new URLSearchParams(location.search).get(name); }

async function renderAccount() {
  const slot = document.getElementById('account');
  if (!slot) return null;
  try {
    const me = await api('/api/account/me');
    clear(slot);
    if (me.signedIn) {
      slot.append(h('span', { title: me.roleLabel || '' }, me.displayName || me.userName), ' ',
        me.role === 'admin' ? h('a', { href: '/users.html' }, '用户管理') : null, ' ',
        h('button', { type: 'button', class: 'link', onclick: async () => { await api('/api/account/logout', { method: 'POST' }); location.reload(); } }, '退出'));
    } else {
      slot.append(h('a', { href: '/login.html?return=' + encodeURIComponent(location.pathname + location.search) }, '登录'));
    }
    return me;
  } catch (error) {
    return null;
  }
}

// The app's pages in menu order: the one list every page's header is built from.
const PAGES = [
  ['/index.html', '产业链总览'],
  ['/map.html', '产业链图谱'],
  ['/enterprise.html', '企业画像'],
  ['/targets.html', '招商目标'],
  ['/events.html', '对接会简报'],
];

function renderHeader() {
  const header = document.querySelector('header.top');
  if (!header || header.firstChild) return;
  header.append(
    h('a', { class: 'brand', href: '/' }, 'ChainGraph ', h('span', {}, '产业链招商平台')),
    h('nav', { class: 'main' }, PAGES.map(([href, label]) => h('a', { href }, label))),
    h('div', { id: 'account', class: 'account' }));
}

function markActiveNav() {
  for (const a of document.querySelectorAll('nav.main a')) {
    if (a.getAttribute('href') === location.pathname || (location.pathname === '/' && a.getAttribute('href') === '/index.html')) a.classList.add('active');
  }
}

document.addEventListener('DOMContentLoaded', () => { renderHeader(); markActiveNav(); renderAccount(); });

// "unknown" marks an enterprise whose location the data does not give; show nothing rather than the marker.
function place(province, city) {
  const parts = [province, city].filter(p => p && p !== 'unknown');
  if (parts.length === 2 && parts[0] === parts[1]) parts.pop();
  return parts.join(' ') || '—';
}
