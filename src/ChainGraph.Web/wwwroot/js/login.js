'use strict';
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('login');
  const message = document.getElementById('message');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await api('/api/account/login', { json: { userName: form.userName.value, password: form.password.value } });
      const target = query('return');
      location.href = target && target.startsWith('/') && !target.startsWith('//') ? target : '/';
    } catch (error) {
      showError(message, error);
    }
  });
});
