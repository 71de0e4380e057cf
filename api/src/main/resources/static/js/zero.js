// Zero-employment families: open cases, their age against the 30-day target, and clearing one through a welfare post.
import { api, h, toast, userBar } from './api.js';
import { STATUSES } from './labels.js';

const $ = (id) => document.getElementById(id);
const HOW = { PLACED: '已安置清零', EMPLOYED: '已就业清零', ENDED: '已结案' };
let placing = null;

function members(c) {
    return c.members.map((m) => h('div', {}, h('a', { href: `/person.html?id=${encodeURIComponent(m.personId)}` }, m.name),
        ` ${m.age} 岁 · ${STATUSES[m.status]}`));
}

function clearing(c) {
    if (c.closedOn) return `${HOW[c.closedHow]}（${c.closedOn}${c.closedNote ? '：' + c.closedNote : ''}）`;
    return h('div', {},
        h('button', { type: 'button', class: 'primary', disabled: c.welfarePosts.length === 0, onclick: () => place(c) },
            c.welfarePosts.length ? '公益性岗位安置' : '本镇暂无公益性岗位'),
        ' ', h('button', { type: 'button', onclick: () => end(c) }, '结案'));
}

function row(c) {
    return h('tr', { class: c.pastTarget ? 'past-target' : '', dataset: { household: c.householdId } },
        h('td', {}, c.householdId), h('td', {}, `${c.township}${c.village ? ' / ' + c.village : ''}`),
        h('td', {}, c.openedOn), h('td', { class: `num ${c.pastTarget ? 'overdue' : ''}` }, c.ageDays),
        h('td', {}, ...members(c)), h('td', { class: 'num' }, c.services),
        h('td', {}, c.declined.map((d) => `${d.employer}·${d.vacancyTitle}${d.reason ? '：' + d.reason : ''}`).join('；')),
        h('td', {}, clearing(c)));
}

async function load() {
    const query = new URLSearchParams();
    for (const [k, v] of new FormData($('filters')).entries()) if (v) query.set(k, v);
    const list = await api(`/api/v1/zero-employment?${query}`);
    $('summary').textContent = `未清零 ${list.open} 户，其中超过 ${list.targetDays} 天 ${list.pastTarget} 户`;
    $('rows').replaceChildren(...list.cases.map(row));
}

function place(c) {
    placing = c;
    $('place-person').replaceChildren(...c.members.filter((m) => m.status !== 'EMPLOYED')
        .map((m) => h('option', { value: m.personId }, `${m.name}（${m.age} 岁）`)));
    $('place-post').replaceChildren(...c.welfarePosts.map((p) => h('option', { value: p.vacancyId },
        `${p.employer} · ${p.title}（剩 ${p.openings} 个名额）`)));
    $('place-dialog').showModal();
}

async function placed() {
    if ($('place-dialog').returnValue !== 'ok' || !placing) return;
    const form = new FormData($('place-form'));
    await api('/api/v1/placements', { method: 'POST', body: { personId: form.get('personId'), vacancyId: form.get('vacancyId') } });
    toast(`${placing.householdId} 已安置`);
    placing = null;
    await load();
}

async function end(c) {
    const reason = prompt(`结案原因（例如：全家迁出本县）`, '');
    if (!reason) return;
    await api(`/api/v1/zero-employment/${c.id}/end`, { method: 'POST', body: { reason } });
    await load();
}

const failed = (e) => toast(e.message, true);
$('filters').addEventListener('submit', (e) => { e.preventDefault(); load().catch(failed); });
$('place-dialog').addEventListener('close', () => placed().catch(failed));
userBar().then((me) => { if (me.township) $('township').value = me.township; }).then(load).catch(failed);
