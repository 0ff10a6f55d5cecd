'use strict';
// 用户管理 (管理员): accounts with role and chain scope; create, change role, reset password, remove.
const ROLES = [['admin', '管理员'], ['lead', '链长/专班'], ['readonly', '只读']];
let chains = [];

document.addEventListener('DOMContentLoaded', async () => {
  const me = await api('/api/account/me').catch(() => null);
  if (!me || me.role !== 'admin') {
    document.getElementById('admin').hidden = true;
    document.getElementById('denied').append(h('div', { class: 'error', role: 'alert' },
      me && me.signedIn ? '只有管理员可以管理账号。' : '请先以管理员账号登录。', ' ',
      me && me.signedIn ? null : h('a', { href: '/login.html?return=' + encodeURIComponent('/users.html') }, '去登录')));
    return;
  }
  chains = (await api('/api/chains')).map(c => ({ id: c.id, name: c.name }));
  const form = document.getElementById('create');
  roleChooser(form.querySelector('select[name=role]'), form.querySelector('.chain-choice'), 'lead', []);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const result = document.getElementById('create-result');
    try {
      const created = await api('/api/users', { json: {
        userName: form.userName.value, displayName: form.displayName.value, password: form.password.value,
        role: form.role.value, chains: checkedChains(form.querySelector('.chain-choice')) } });
      clear(result).append(h('div', { class: 'ok' }, `已创建账号「${created.userName}」（${created.roleLabel}）。`));
      form.reset();
      form.role.dispatchEvent(new Event('change'));
      await load();
    } catch (error) {
      showError(result, error);
    }
  });
  await load();
});

// A role select; the chain checkboxes show only for 链长/专班, whose scope they are.
function roleChooser(select, box, role, selected) {
  clear(select).append(...ROLES.map(([value, label]) => h('option', { value, selected: value === role }, label)));
  clear(box).append(h('div', { class: 'tags' }, '负责的产业链：', chains.map(c =>
    h('label', {}, h('input', { type: 'checkbox', value: c.id, checked: selected.includes(c.id) }), c.name))));
  const sync = () => { box.hidden = select.value !== 'lead'; };
  select.addEventListener('change', sync);
  sync();
}

function checkedChains(box) {
  return box.hidden ? [] : [...box.querySelectorAll('input[type=checkbox]:checked')].map(i => i.value);
}

function chainNames(ids) {
  return ids.length ? ids.map(id => (chains.find(c => c.id === id) || { name: id }).name).join('、') : '—';
}

async function load() {
  const container = document.getElementById('users');
  try {
    const users = await api('/api/users');
    clear(container).append(h('table', { id: 'user-list' },
      h('thead', {}, h('tr', {}, h('th', {}, '用户名'), h('th', {}, '显示名称'), h('th', {}, '角色'), h('th', {}, '负责的产业链'), h('th', { class: 'num' }, '登录中'), h('th', {}, ''))),
      h('tbody', {}, users.map(u => h('tr', {},
        h('td', {}, u.userName), h('td', {}, u.displayName), h('td', {}, u.roleLabel), h('td', {}, u.role === 'lead' ? chainNames(u.chains) : (u.role === 'admin' ? '全部' : '—')),
        h('td', { class: 'num' }, u.sessions),
        h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => edit(u) }, '编辑')))))));
  } catch (error) {
    showError(container, error);
  }
}

function edit(user) {
  const panel = document.getElementById('edit');
  const select = h('select', { name: 'role' });
  const box = h('div', { class: 'chain-choice' });
  const password = h('input', { type: 'password', minlength: 8, maxlength: 256, autocomplete: 'new-password', placeholder: '新密码（至少 8 位）' });
  const message = h('div', {});
  const run = async (work, done) => {
    try { await work(); clear(message).append(h('div', { class: 'ok' }, done)); await load(); } catch (error) { showError(message, error); }
  };
  clear(panel).append(h('section', { class: 'panel' },
    h('h3', {}, `编辑账号「${user.userName}」`),
    h('label', {}, '角色', select), box,
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', onclick: () => run(() => api('/api/users/' + encodeURIComponent(user.userName), { method: 'PUT', json: { role: select.value, chains: checkedChains(box) } }), '角色已保存，对该账号立即生效。') }, '保存角色'),
      password,
      h('button', { type: 'button', class: 'secondary', onclick: () => run(() => api('/api/users/' + encodeURIComponent(user.userName) + '/password', { method: 'PUT', json: { password: password.value } }), '密码已重设，该账号已登录的浏览器已退出。') }, '重设密码'),
      h('button', { type: 'button', class: 'secondary', onclick: () => {
        if (confirm(`确定删除账号「${user.userName}」？该账号将立即退出登录。`)) run(() => api('/api/users/' + encodeURIComponent(user.userName), { method: 'DELETE' }), '账号已删除。');
      } }, '删除账号')),
    message));
  roleChooser(select, box, user.role, user.chains);
}
