// Talks to the service's JSON API and builds DOM without ever parsing data as HTML.

export class ApiError extends Error {
    constructor(status, problem) {
        super((problem && (problem.title || problem.detail)) || `请求失败（${status}）`);
        this.status = status;
        this.problem = problem || {};
    }
}

export async function api(path, { method = 'GET', body, token } = {}) {
    const headers = { Accept: 'application/json, application/problem+json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = 'Bearer ' + token;
    let response;
    try {
        response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
        throw new ApiError(0, { title: '无法连接服务，请检查网络' });
    }
    if (response.status === 204) return null;
    const data = await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(response.status, data);
    return data;
}

/** h('p', {class: 'x'}, 'text', child) — attributes starting with "on" become listeners. */
export function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
        if (value === undefined || value === null || value === false) continue;
        if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
        else if (key === 'dataset') Object.assign(el.dataset, value);
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
