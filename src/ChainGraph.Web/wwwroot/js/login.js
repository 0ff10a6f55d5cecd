'use strict';

// Where to go after signing in: only a path of this site. The URL parser reads "\" as "/" and drops tabs as the
// browser will, so "/\host/x" and "/<TAB>/host/x" (both "//host/x": another site) fall back to the home page.
function safeReturn(target) {
  if (!target || !target.startsWith('/')) return '/';
  try {
    const url = new URL(target, location.origin);
    return url.origin === location.origin ? url.pathname + url.search + url.hash : '/';
  } catch (error) {
    return '/';
  }
}

document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('login');
  const message = document.getElementById('message');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await api('/api/account/login', { json: { userName: form.userName.value, password: form.password.value } });
      location.href = safeReturn(query('return'));
    } catch (error) {
      showError(message, error);
    }
  });
});
