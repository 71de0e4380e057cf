// The login form: the CSRF token from its cookie, where to go afterwards, and why we are here.
import { csrfToken } from './api.js';

const params = new URLSearchParams(location.search);
const MESSAGES = {
    error: '用户名或密码不正确，或账号已停用',
    locked: '登录失败次数过多，请稍后再试',
    logout: '您已退出登录',
    denied: '当前账号无权打开该页面，请换一个账号登录',
};

document.getElementById('csrf').value = csrfToken();
document.getElementById('next').value = params.get('next') || '';
const reason = Object.keys(MESSAGES).find((key) => params.has(key));
if (reason) {
    const message = document.getElementById('message');
    message.textContent = MESSAGES[reason];
    message.classList.toggle('good', reason === 'logout');
}
