// Batch runs for staff: start one for a township or groups, watch its progress, download its Excel.
import { api, h, toast, userBar } from './api.js';
import { GROUPS } from './labels.js';

const $ = (id) => document.getElementById(id);
const STATUS = { RUNNING: '正在推荐', DONE: '已完成', FAILED: '失败' };

async function start(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const body = { township: form.get('township') || undefined, groups: form.getAll('groups') };
    const started = await api('/api/v1/batches', { method: 'POST', body });
    history.replaceState(null, '', `?id=${started.id}`);
    await watch(started.id);
}

async function watch(id) {
    $('run').hidden = false;
    $('run-title').textContent = `批次 ${id}`;
    const run = await api(`/api/v1/batches/${id}`);
    const share = run.total ? Math.round((100 * run.done) / run.total) : 100;
    $('bar').style.width = `${share}%`;
    $('run-status').textContent = `${STATUS[run.status] || run.status}：${run.done} / ${run.total} 人${run.failed ? `，失败 ${run.failed} 人` : ''}`;
    if (run.status === 'RUNNING') {
        setTimeout(() => watch(id).catch(failed), 1000);
        return;
    }
    $('report').textContent = run.report ? spread(run.report) : (run.failure ? run.failure.reasonZh : '');
    $('xlsx').href = `/api/v1/batches/${id}/results.xlsx`;
    $('xlsx').hidden = run.status !== 'DONE';
}

/** The fairness report in one line: the most loaded opening against the lower bound, persons given three. */
function spread(r) {
    const parts = [`名额分配：每个名额最多 ${r.maxReferralsPerOpening} 人次推荐`];
    if (r.lowerBoundMaxReferralsPerOpening != null) {
        parts.push(`任何分配的下限 ${r.lowerBoundMaxReferralsPerOpening}`);
        parts.push(`${Math.round(r.shareWithThree * 1000) / 10}% 的人获得三个推荐（最多可能 ${Math.round(r.shareWithThreePossible * 1000) / 10}%）`);
    }
    return parts.join('，');
}

async function form(me) {
    if (me.township) {
        $('township').replaceChildren(h('option', { value: me.township }, me.township));
    } else {
        const overview = await api('/api/v1/overview/townships');
        overview.townships.forEach((t) => $('township').append(h('option', { value: t.township }, t.township)));
    }
    Object.entries(GROUPS).forEach(([k, label]) => $('groups').append(
        h('label', {}, h('input', { type: 'checkbox', name: 'groups', value: k }), label)));
}

const failed = (e) => toast(e.message, true);
const asked = new URLSearchParams(location.search).get('id');
$('start').addEventListener('submit', (e) => start(e).catch(failed));
userBar().then(form).then(() => (asked ? watch(asked) : null)).catch(failed);
