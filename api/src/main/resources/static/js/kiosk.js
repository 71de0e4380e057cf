// The kiosk: identify with the number pad, see three recommended jobs, say which interest you; or browse.
import { api, h, toast } from './api.js';

const params = new URLSearchParams(location.search);
const IDLE_SECONDS = Number(params.get('idle')) || 60;
const MAX_ID_LENGTH = 18;

const state = { step: 1, identifier: '', lastFour: '', token: null, idleLeft: IDLE_SECONDS };
const $ = (id) => document.getElementById(id);

function show(screen) {
    document.querySelectorAll('.screen').forEach((s) => s.classList.toggle('active', s.id === 'screen-' + screen));
}

async function home() {
    if (state.token) api('/api/v1/kiosk/sessions/current', { method: 'DELETE', session: state.token }).catch(() => {});
    Object.assign(state, { step: 1, identifier: '', lastFour: '', token: null });
    $('my-cards').replaceChildren();
    $('browse-cards').replaceChildren();
    $('id-error').textContent = '';
    renderPad();
    show('start');
}

// --- identification ---------------------------------------------------------------------------------------

function renderPad() {
    const first = state.step === 1;
    $('step-1').classList.toggle('current', first);
    $('step-2').classList.toggle('current', !first);
    $('id-prompt').textContent = first ? '请输入身份证号' : '请输入手机号码的后四位';
    $('id-sub').textContent = first ? '18 位居民身份证号码，末位可能是 X'
        : '即您在台账中登记的手机号码；没有登记手机号的，请找车上的工作人员';
    $('id-display').textContent = first ? grouped(hidden(state.identifier)) : '●'.repeat(state.lastFour.length);
    $('key-x').disabled = !first;
    $('key-ok').textContent = first ? '下一步' : '确定';
}

/** What the screen shows of the number being typed: only the last key, so nobody behind can read it. */
function hidden(digits) {
    return digits ? '●'.repeat(digits.length - 1) + digits.slice(-1) : '';
}

function grouped(digits) {
    return digits.length > 14 ? `${digits.slice(0, 6)} ${digits.slice(6, 14)} ${digits.slice(14)}`
        : digits.length > 6 ? `${digits.slice(0, 6)} ${digits.slice(6)}` : digits;
}

function press(key) {
    $('id-error').textContent = '';
    const field = state.step === 1 ? 'identifier' : 'lastFour';
    const max = state.step === 1 ? MAX_ID_LENGTH : 4;
    if (key === 'back') state[field] = state[field].slice(0, -1);
    else if (key === 'ok') return next();
    else if (state[field].length < max) state[field] += key;
    renderPad();
}

function next() {
    if (state.step === 1) {
        if (state.identifier.length !== MAX_ID_LENGTH) return void ($('id-error').textContent = '请输入完整的 18 位身份证号');
        state.step = 2;
        return renderPad();
    }
    if (state.lastFour.length !== 4) return void ($('id-error').textContent = '请输入 4 位数字');
    identify();
}

async function identify() {
    $('key-ok').disabled = true;
    try {
        const session = await api('/api/v1/kiosk/sessions', {
            method: 'POST', body: { identifier: state.identifier, phoneLastFour: state.lastFour },
        });
        state.token = session.token;
        await loadMyJobs();
    } catch (e) {
        Object.assign(state, { step: 1, identifier: '', lastFour: '' });
        renderPad();
        $('id-error').textContent = e.message;
    } finally {
        $('key-ok').disabled = false;
    }
}

// --- my jobs ----------------------------------------------------------------------------------------------

async function loadMyJobs() {
    const mine = await api('/api/v1/kiosk/recommendations', { session: state.token });
    $('greeting').textContent = `${mine.name}，您好！为您推荐以下岗位`;
    $('jobs-note').textContent = mine.note || '';
    const cards = mine.jobs.map((job, i) => card(job, i + 1, true));
    $('my-cards').replaceChildren(...(cards.length ? cards : [h('p', { class: 'empty' }, '暂时没有适合您的岗位，请到服务窗口咨询。')]));
    show('jobs');
}

function card(job, rank, personal) {
    const from = personal ? '距您' : '距乡镇中心';
    const where = `${job.township} · ${from}${job.distanceKm < 1 ? '不到 1' : ' ' + job.distanceKm} 公里`;
    const contact = job.contactName || job.contactPhone ? `${job.contactName || ''} ${job.contactPhone || ''}` : '请咨询工作人员';
    return h('article', { class: 'job-card', dataset: { vacancy: job.vacancyId } },
        personal ? h('span', { class: 'rank' }, `推荐 ${rank}`) : null,
        h('h3', { class: 'title' }, job.title),
        h('div', { class: 'employer' }, job.employer),
        h('dl', {},
            h('dt', {}, '地点'), h('dd', {}, where),
            h('dt', {}, '工资'), h('dd', {}, job.wage),
            h('dt', {}, '形式'), h('dd', {}, `${job.workMode} · ${job.source}`),
            h('dt', {}, '联系'), h('dd', {}, contact)),
        personal && job.reasons.length ? h('div', { class: 'why' }, h('h4', {}, '为什么适合您'),
            h('ul', {}, job.reasons.map((r) => h('li', {}, r)))) : null,
        personal ? interestButton(job) : h('p', { class: 'later' }, '有意向请咨询工作人员'));
}

function interestButton(job) {
    const button = h('button', { class: 'k-button primary interest', onclick: () => interested(job, button) }, '我感兴趣');
    if (job.interested) markDone(button);
    return button;
}

function markDone(button) {
    button.textContent = '已登记 ✓';
    button.disabled = true;
    button.classList.add('done');
}

async function interested(job, button) {
    button.disabled = true;
    try {
        const result = await api('/api/v1/kiosk/interests', { method: 'POST', session: state.token, body: { vacancyId: job.vacancyId } });
        markDone(button);
        toast(result.message);
    } catch (e) {
        button.disabled = false;
        toast(e.message, true);
        if (e.status === 401) home();
    }
}

// --- browsing ---------------------------------------------------------------------------------------------

async function browse() {
    $('types').replaceChildren(h('span', { class: 'muted' }, '请先选择乡镇'));
    $('browse-cards').replaceChildren(h('p', { class: 'empty' }, '选好乡镇后，这里会列出附近在招的岗位，近的在前。'));
    show('browse');
    try {
        const townships = await api('/api/v1/kiosk/townships');
        $('townships').replaceChildren(...townships.map((t) =>
            h('button', { class: 'k-button', dataset: { township: t }, onclick: () => pickTownship(t) }, t)));
    } catch (e) {
        toast(e.message, true);
    }
}

async function pickTownship(township) {
    select('townships', 'township', township);
    try {
        const types = await api('/api/v1/kiosk/job-types?township=' + encodeURIComponent(township));
        const all = h('button', { class: 'k-button', dataset: { type: '' }, onclick: () => listJobs(township, '') }, '全部');
        $('types').replaceChildren(all, ...types.map((t) => h('button', {
            class: 'k-button', dataset: { type: t.type }, onclick: () => listJobs(township, t.type),
        }, `${t.type}（${t.count}）`)));
        await listJobs(township, '');
    } catch (e) {
        toast(e.message, true);
    }
}

async function listJobs(township, type) {
    select('types', 'type', type);
    const found = await api(`/api/v1/kiosk/jobs?township=${encodeURIComponent(township)}&type=${encodeURIComponent(type)}`);
    const cards = found.jobs.map((job) => card(job, 0, false));
    $('browse-cards').replaceChildren(...(cards.length ? cards : [h('p', { class: 'empty' }, '附近暂时没有这类在招岗位。')]));
}

function select(containerId, key, value) {
    $(containerId).querySelectorAll('.k-button').forEach((b) => b.classList.toggle('selected', b.dataset[key] === value));
}

// --- idle timeout and clock -------------------------------------------------------------------------------

function activity() {
    state.idleLeft = IDLE_SECONDS;
}

setInterval(() => {
    const now = new Date();
    $('clock').textContent = now.toLocaleString('zh-CN', { month: 'long', day: 'numeric', weekday: 'long', hour: '2-digit', minute: '2-digit' });
    if ($('screen-start').classList.contains('active')) return activity();
    state.idleLeft -= 1;
    document.querySelectorAll('[data-idle]').forEach((el) => {
        el.textContent = state.idleLeft <= 15 ? `${state.idleLeft} 秒后自动返回首页` : '';
    });
    if (state.idleLeft <= 0) home();
}, 1000);

['pointerdown', 'keydown', 'touchstart'].forEach((type) => document.addEventListener(type, activity, { passive: true }));
$('pad').addEventListener('click', (e) => {
    const key = e.target.closest('button')?.dataset.key;
    if (key) press(key);
});
$('go-identify').addEventListener('click', () => { renderPad(); show('identify'); });
$('go-browse').addEventListener('click', browse);
$('logout').addEventListener('click', home);
document.querySelectorAll('[data-home]').forEach((b) => b.addEventListener('click', home));
renderPad();
