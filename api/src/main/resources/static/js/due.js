// The due list: who is to be followed up this month, what their "131" still lacks; a batch run for the township.
import { api, h, toast, userBar } from './api.js';
import { COVERAGE, STATUSES } from './labels.js';

const $ = (id) => document.getElementById(id);

function row(p) {
    return h('tr', { dataset: { person: p.personId } },
        h('td', {}, h('a', { href: `/person.html?id=${encodeURIComponent(p.personId)}` }, p.name)),
        h('td', {}, p.township), h('td', {}, p.village || ''), h('td', {}, STATUSES[p.status]),
        h('td', {}, p.lastContact || '从未'), h('td', {}, p.dueOn),
        h('td', { class: `num ${p.overdueDays > 0 ? 'overdue' : ''}` }, p.overdueDays),
        h('td', { class: `status-${p.coverage.status}` }, COVERAGE[p.coverage.status]),
        h('td', {}, p.coverage.missing.join('；')));
}

async function load() {
    const form = new FormData($('filters'));
    const query = new URLSearchParams();
    for (const [k, v] of form.entries()) if (v) query.set(k, v);
    const list = await api(`/api/v1/follow-ups?${query}`);
    $('summary').textContent = `${list.month}：应随访 ${list.persons.length} 人，其中已逾期 ${list.overdue} 人（“131”口径 ${list.scheme}）`;
    $('rows').replaceChildren(...list.persons.map(row));
    $('batch').hidden = !form.get('township');
}

async function townships(me) {
    if (me.township) {
        $('township').replaceChildren(h('option', { value: me.township }, me.township));
        return;
    }
    const overview = await api('/api/v1/overview/townships');
    overview.townships.forEach((t) => $('township').append(h('option', { value: t.township }, t.township)));
}

async function batch() {
    const township = $('township').value;
    if (!confirm(`为${township}全部未就业人员批量推荐岗位？`)) return;
    const started = await api('/api/v1/batches', { method: 'POST', body: { township } });
    location.assign(`/batches.html?id=${started.id}`);
}

const failed = (e) => toast(e.message, true);
$('month').value = new Date().toISOString().slice(0, 7);
$('filters').addEventListener('submit', (e) => { e.preventDefault(); load().catch(failed); });
$('batch').addEventListener('click', () => batch().catch(failed));
userBar().then(townships).then(load).catch(failed);
