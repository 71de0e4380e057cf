// Admins: add, re-role and disable users, issue kiosk devices, read and export the audit log.
import { api, h, toast, userBar } from './api.js';

const ROLES = { ADMIN: '管理员', COUNTY_STAFF: '县级工作人员', TOWNSHIP_STAFF: '乡镇工作人员', FAIR_OPERATOR: '招聘会操作员', KIOSK: '自助机设备' };
const $ = (id) => document.getElementById(id);
let townships = [];
let auditBefore = null;

const options = (values, labels, selected) => values.map((v) =>
    h('option', { value: v, selected: v === selected }, labels ? labels[v] : v || '（无）'));

function showIssued(issued) {
    if (!issued.password) return toast('已保存');
    $('issued-for').textContent = issued.user.username;
    $('issued-password').textContent = issued.password;
    $('issued').hidden = false;
}

async function change(username, patch) {
    try {
        await api(`/api/v1/admin/users/${encodeURIComponent(username)}`, { method: 'PATCH', body: patch });
        toast('已保存');
    } catch (e) {
        toast(e.message, true);
    }
    await loadUsers();
}

function userRow(u) {
    const role = h('select', { onchange: (e) => change(u.username, { role: e.target.value }) }, options(Object.keys(ROLES), ROLES, u.role));
    const township = h('select', { onchange: (e) => change(u.username, { township: e.target.value }) }, options(['', ...townships], null, u.township || ''));
    const toggle = h('button', { onclick: () => change(u.username, { enabled: !u.enabled }) }, u.enabled ? '停用' : '启用');
    const reset = h('button', {
        onclick: async () => {
            if (!confirm(`为 ${u.username} 生成新密码？旧密码将立即失效。`)) return;
            showIssued(await api(`/api/v1/admin/users/${encodeURIComponent(u.username)}/password`, { method: 'POST' }).catch((e) => toast(e.message, true)) || {});
        },
    }, '重置密码');
    return h('tr', { class: u.enabled ? '' : 'disabled', dataset: { username: u.username } },
        h('td', {}, u.username), h('td', {}, u.displayName || ''), h('td', {}, role), h('td', {}, township),
        h('td', {}, u.enabled ? '启用' : '已停用'), h('td', {}, h('div', { class: 'actions' }, toggle, reset)));
}

async function loadUsers() {
    const users = await api('/api/v1/admin/users');
    $('users').tBodies[0].replaceChildren(...users.map(userRow));
}

function formBody(form) {
    const body = Object.fromEntries(new FormData(form).entries());
    Object.keys(body).forEach((k) => { if (body[k] === '') delete body[k]; });
    return body;
}

function onSubmit(form, path) {
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        try {
            showIssued(await api(path, { method: 'POST', body: formBody(form) }));
            form.reset();
            await loadUsers();
        } catch (e) {
            toast(e.message, true);
        }
    });
}

function auditQuery() {
    const params = new URLSearchParams(formBody($('audit-filter')));
    $('audit-export').href = '/api/v1/admin/audit.xlsx?' + params;
    return params;
}

function auditRow(e) {
    const persons = e.personIds.length > 20 ? `${e.personIds.slice(0, 20).join('、')} 等 ${e.personIds.length} 人` : e.personIds.join('、');
    return h('tr', {}, h('td', {}, new Date(e.at).toLocaleString('zh-CN')), h('td', {}, e.actor), h('td', {}, ROLES[e.role] || e.role),
        h('td', {}, e.actionLabel), h('td', { class: 'persons' }, persons), h('td', {}, e.fields.join('、')),
        h('td', {}, [e.purpose, e.subject].filter(Boolean).join(' · ')));
}

async function loadAudit(more) {
    const params = auditQuery();
    if (more && auditBefore) params.set('before', auditBefore);
    const page = await api('/api/v1/admin/audit?' + params);
    const rows = page.entries.map(auditRow);
    if (more) $('audit').tBodies[0].append(...rows);
    else $('audit').tBodies[0].replaceChildren(...rows);
    auditBefore = page.next;
    $('audit-more').hidden = page.next === null;
}

async function start() {
    await userBar();
    townships = await api('/api/v1/kiosk/townships');
    document.querySelectorAll('select.townships').forEach((s) => s.replaceChildren(...options(['', ...townships])));
    $('new-role').replaceChildren(...options(Object.keys(ROLES).filter((r) => r !== 'KIOSK'), ROLES, 'COUNTY_STAFF'));
    onSubmit($('new-user'), '/api/v1/admin/users');
    onSubmit($('new-device'), '/api/v1/admin/devices');
    $('issued-done').addEventListener('click', () => {
        $('issued-password').textContent = '';
        $('issued').hidden = true;
    });
    $('audit-filter').addEventListener('submit', (event) => {
        event.preventDefault();
        loadAudit(false).catch((e) => toast(e.message, true));
    });
    $('audit-more').addEventListener('click', () => loadAudit(true).catch((e) => toast(e.message, true)));
    await Promise.all([loadUsers(), loadAudit(false)]);
}

start().catch((e) => toast(e.message, true));
