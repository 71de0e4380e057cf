// A person's page: profile (masked), 131 status, services given, recommendations, "why not".
import { api, h, toast, userBar } from './api.js';
import { CHANNELS, COVERAGE, GROUPS, JOB_CHANNELS, KINDS, OUTCOMES, RECORDABLE, STATUSES, options } from './labels.js';

const $ = (id) => document.getElementById(id);
const id = new URLSearchParams(location.search).get('id');
const path = `/api/v1/persons/${encodeURIComponent(id)}`;

function field(label, value) {
    return h('div', {}, h('span', {}, label), value === null || value === undefined || value === '' ? '—' : String(value));
}

async function profile() {
    const p = await api(path);
    document.title = `${p.name} · 帮扶对象`;
    $('title').textContent = `${p.name}（${p.id}）`;
    $('profile').replaceChildren(field('身份证号', p.idNumber), field('手机', p.phone), field('年龄', p.age),
        field('性别', p.gender === 'F' ? '女' : '男'), field('乡镇（街道）', p.township), field('村（社区）', p.village),
        field('户号', p.householdId), field('就业状态', STATUSES[p.employmentStatus]),
        field('帮扶类别', (p.groups || []).map((g) => GROUPS[g] || g).join('、')), field('技能', p.skills),
        field('求职意向', p.preferences && p.preferences.jobs));
}

function detail(e) {
    if (e.vacancyTitle) return `${e.employer} · ${e.vacancyTitle}${e.outcome ? '（' + OUTCOMES[e.outcome] + (e.outcomeReason ? '：' + e.outcomeReason : '') + '）' : ''}`;
    return [e.course, e.amount !== undefined ? `${e.amount} 元` : null, e.jobChannel && JOB_CHANNELS[e.jobChannel], e.note]
        .filter(Boolean).join('；');
}

function action(e) {
    if (e.cancellable) return h('button', { type: 'button', onclick: () => cancel(e) }, '作废');
    if (e.source === 'REFERRAL' && e.outcome !== 'PLACED' && e.outcome !== 'DECLINED') {
        return h('button', { type: 'button', onclick: () => declined(e) }, '未成功');
    }
    return '';
}

async function services() {
    const s = await api(`${path}/services`);
    const missing = s.coverage.missing.length ? `，还差：${s.coverage.missing.join('；')}` : '';
    $('coverage').replaceChildren(h('span', { class: `status-${s.coverage.status}` }, COVERAGE[s.coverage.status]),
        `（${s.from} 至 ${s.to}，口径 ${s.scheme}）${missing}。上次服务：${s.lastContact || '无'}；下次随访：${s.nextFollowUp}`);
    $('entries').replaceChildren(...s.entries.map((e) => h('tr', { dataset: { source: e.source, id: e.id } },
        h('td', {}, e.date), h('td', {}, KINDS[e.kind]), h('td', {}, detail(e)), h('td', {}, CHANNELS[e.channel] || e.channel),
        h('td', {}, e.operator || ''), h('td', {}, action(e)))));
}

async function recommendations() {
    const r = await api(`${path}/recommendations`);
    $('recommendations').replaceChildren(r.recommendations.length
        ? h('ol', {}, ...r.recommendations.map((x) => h('li', {}, `${x.employer} · ${x.title}（${x.distanceKm} 公里）：${x.reasons.join('；')}`)))
        : h('p', { class: 'muted' }, r.note || '暂无'));
}

async function cancel(e) {
    if (!confirm(`作废 ${e.date} 的“${KINDS[e.kind]}”记录？`)) return;
    await api(`/api/v1/services/${e.id}`, { method: 'DELETE' });
    toast('已作废');
    await services();
}

async function declined(e) {
    const reason = prompt('未成功的原因（例如：本人不愿去、单位未录用）', '');
    if (reason === null) return;
    await api(`/api/v1/referrals/${e.id}/outcome`, { method: 'POST', body: { outcome: 'DECLINED', reason } });
    await services();
}

function body(form) {
    const data = Object.fromEntries(new FormData(form).entries());
    const out = { kind: data.kind, channel: data.channel, date: data.date || undefined, note: data.note || undefined };
    if (data.kind === 'TRAINING' || data.kind === 'TRAINING_REFERRAL') out.course = data.course || undefined;
    if (data.kind === 'TEMPORARY_RELIEF') out.amount = Number(data.amount);
    if (data.kind === 'JOB_FOUND') out.jobChannel = data.jobChannel;
    return out;
}

function showFieldsOf(kind) {
    $('course-label').hidden = !(kind === 'TRAINING' || kind === 'TRAINING_REFERRAL');
    $('amount-label').hidden = kind !== 'TEMPORARY_RELIEF';
    $('job-label').hidden = kind !== 'JOB_FOUND';
}

async function record(event) {
    event.preventDefault();
    await api(`${path}/services`, { method: 'POST', body: body(event.target) });
    toast('已登记');
    event.target.reset();
    showFieldsOf($('kind').value);
    await services();
}

async function fit(event) {
    event.preventDefault();
    const vacancy = new FormData(event.target).get('vacancy').trim();
    const f = await api(`${path}/fit/${encodeURIComponent(vacancy)}`);
    $('fit').replaceChildren(h('p', {}, f.summary),
        h('ul', {}, ...f.rules.map((r) => h('li', { class: r.passed ? '' : 'error-text' }, `${r.passed ? '✓' : '✗'} ${r.detail}`))));
}

function revealDialog() {
    $('reveal-dialog').showModal();
}

async function reveal() {
    if ($('reveal-dialog').returnValue !== 'ok') return;
    const purpose = new FormData($('reveal-form')).get('purpose');
    const r = await api(`${path}/reveal`, { method: 'POST', body: { fields: ['idNumber', 'phone'], purpose } });
    $('revealed').textContent = `身份证号 ${r.idNumber || '无'}，手机 ${r.phone || '无'}`;
}

const failed = (e) => toast(e.message, true);
$('kind').replaceChildren(...options(h, KINDS, RECORDABLE));
$('channel').replaceChildren(...options(h, CHANNELS, ['COUNTER', 'PHONE', 'VISIT', 'FAIR', 'ONLINE', 'OTHER']));
$('job-channel').replaceChildren(...options(h, JOB_CHANNELS));
$('kind').addEventListener('change', () => showFieldsOf($('kind').value));
$('service-form').addEventListener('submit', (e) => record(e).catch(failed));
$('fit-form').addEventListener('submit', (e) => fit(e).catch(failed));
$('reveal').addEventListener('click', revealDialog);
$('reveal-dialog').addEventListener('close', () => reveal().catch(failed));
$('refer').addEventListener('click', () => api(`${path}/referrals`, { method: 'POST', body: {} })
    .then(() => toast('已登记推荐')).then(services).catch(failed));
userBar().then(() => Promise.all([profile(), services(), recommendations()])).catch(failed);
