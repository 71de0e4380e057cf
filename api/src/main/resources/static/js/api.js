// Talks to the service's JSON API and builds DOM without ever parsing data as HTML.

export class ApiError extends Error {
    constructor(status, problem) {
        super((problem && (problem.title || problem.detail)) || `请求失败（${status}）`);
        this.status = status;
        this.problem = problem || {};
    }
}

/** The CSRF token the service set as a cookie; sent back in a header with every change. */
export function csrfToken() {
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}

/** Back to the login page, returning here afterwards. */
export function toLogin() {
    location.assign('/login.html?next=' + encodeURIComponent(location.pathname + location.search));
}

// `X-Requested-With` tells the service a page is asking: it answers 401 without asking the browser for a password.
export async function api(path, { method = 'GET', body, session } = {}) {
    const headers = { Accept: 'application/json, application/problem+json', 'X-Requested-With': 'fetch' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken();
    if (session) headers['X-Kiosk-Session'] = session;
    let response;
    try {
        response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
        throw new ApiError(0, { title: '无法连接服务，请检查网络' });
    }
    if (response.status === 204) return null;
    const data = await response.json().catch(() => null);
    if (response.status === 401 && data && data.code === 'unauthenticated') toLogin();
    if (!response.ok) throw new ApiError(response.status, data);
    return data;
}

/** Shows the signed-in user and a logout button in the page header (element `#user`). */
export async function userBar() {
    const bar = document.getElementById('user');
    if (!bar) return null;
    const me = await api('/api/v1/me');
    const form = h('form', { method: 'post', action: '/logout', class: 'logout' },
        h('input', { type: 'hidden', name: '_csrf', value: csrfToken() }),
        h('button', { type: 'submit', class: 'link' }, '退出登录'));
    bar.replaceChildren(h('span', {}, `${me.displayName || me.username} · ${me.roleLabel}${me.township ? ' · ' + me.township : ''}`), form);
    return me;
}

/** h('p', {class: 'x'}, 'text', child) — attributes starting with "on" become listeners. */
export function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
        if (value === undefined || value === null || value === false) continue;
        if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
        else if (key === 'dataset') Object.assign(el.dataset, value);
        else if (key === 'style') Object.assign(el.style, value); // an object: the CSP allows no style attributes
        else el.setAttribute(key, value === true ? '' : value);
    }
    for (const child of children.flat(Infinity)) {
        if (child === undefined || child === null || child === false) continue;
        el.append(child instanceof Node ? child : String(child));
    }
    return el;
}

export function toast(message, bad = false) {
    let el = document.getElementById('toast');
    if (!el) {
        el = h('div', { id: 'toast', class: 'toast', role: 'status' });
        document.body.append(el);
    }
    el.textContent = message;
    el.classList.toggle('bad', bad);
    el.classList.add('show');
    clearTimeout(el.hideTimer);
    el.hideTimer = setTimeout(() => el.classList.remove('show'), 3500);
}
