// The fair operator's page: pick or create a fair, see each vacancy's shortlist, invite or hire, export.
import { api, h, toast, userBar } from './api.js';

const $ = (id) => document.getElementById(id);
const state = { fair: null, board: null, options: [], picked: new Set(), editing: null, hire: null };
const OPERATOR_KEY = 'jobmatch.operator';

// --- fairs ------------------------------------------------------------------------------------------------

async function loadFairs(selected) {
    const fairs = await api('/api/v1/fairs');
    $('fair-select').replaceChildren(h('option', { value: '' }, '（请选择）'), ...fairs.map((f) =>
        h('option', { value: f.id }, `${f.name}${f.heldOn ? ' · ' + f.heldOn : ''}（${f.employers} 家单位，${f.vacancies} 个岗位）`)));
    if (selected) {
        $('fair-select').value = String(selected);
        await selectFair(selected);
    }
}

async function selectFair(id) {
    state.fair = id ? await api(`/api/v1/fairs/${id}`) : null;
    $('edit-fair').disabled = !state.fair;
    $('board').replaceChildren();
    updateLinks();
    if (state.fair) await build();
    else $('summary').textContent = '请选择一场招聘会，或新建一场。';
}

function limit() {
    return $('limit').value;
}

function updateLinks() {
    const id = state.fair && state.fair.id;
    $('export-xlsx').hidden = $('print').hidden = !id;
    if (!id) return;
    $('export-xlsx').href = `/api/v1/fairs/${id}/shortlists.xlsx?limit=${limit()}`;
    $('print').href = `/fair-print.html?fair=${id}&limit=${limit()}`;
}

// --- the board --------------------------------------------------------------------------------------------

async function build() {
    if (!state.fair) return;
    $('summary').textContent = '正在生成名单……';
    try {
        state.board = await api(`/api/v1/fairs/${state.fair.id}/shortlists?limit=${limit()}`);
        renderBoard(state.board);
    } catch (e) {
        $('summary').textContent = e.message;
    }
}

function renderBoard(board) {
    const vacancies = board.employers.flatMap((e) => e.vacancies);
    const people = new Set(vacancies.flatMap((v) => v.candidates.map((c) => c.personId)));
    $('summary').textContent = `${board.name}${board.heldOn ? '（' + board.heldOn + (board.venue ? '，' + board.venue : '') + '）' : ''}：`
        + `${board.employers.length} 家单位，${vacancies.length} 个岗位，共 ${people.size} 名候选人。名单只显示符合全部条件的人员，姓名已脱敏。`;
    $('board').replaceChildren(...board.employers.map((e) => h('section', { class: 'employer' },
        h('h2', {}, e.employer), e.vacancies.map(vacancySection))));
}

function vacancySection(section) {
    const v = section.vacancy;
    const contact = v.contactName || v.contactPhone ? `联系人：${v.contactName || ''} ${v.contactPhone || ''}` : null;
    return h('article', { class: 'vacancy', dataset: { vacancy: v.id } },
        h('header', {}, h('h3', {}, v.title), h('span', {}, v.id), h('span', {}, v.township), h('span', {}, v.source),
            h('span', {}, `剩余名额 ${v.openings}`), h('span', {}, v.wage), h('span', {}, v.workMode), contact && h('span', {}, contact)),
        section.note ? h('p', { class: 'note' }, section.note) : null,
        section.candidates.length ? h('table', { class: 'candidates' },
            h('thead', {}, h('tr', {}, ['排名', '姓名', '性别', '年龄', '乡镇 / 村', '帮扶类别', '距离', '匹配度', '推荐理由', '本场其他匹配', '操作']
                .map((t) => h('th', {}, t)))),
            h('tbody', {}, section.candidates.map((c) => candidateRow(v, c)))) : null);
}

function candidateRow(v, c) {
    const score = Math.round(c.score * 100);
    return h('tr', { dataset: { person: c.personId } },
        h('td', { class: 'num' }, c.rank),
        h('td', { class: 'name' }, c.name, h('div', { class: 'other' }, c.personId)),
        h('td', {}, c.gender), h('td', { class: 'num' }, c.age),
        h('td', {}, c.township, c.village ? h('div', { class: 'other' }, c.village) : null),
        h('td', {}, c.groups.map((g) => h('span', { class: 'tag' }, g))),
        h('td', { class: 'num' }, `${c.distanceKm} 公里`),
        h('td', { class: 'num' }, h('span', { class: 'score' }, `${score}%`), h('span', { class: 'bar', style: { width: `${Math.max(4, score * 0.5)}px` } })),
        h('td', {}, h('ul', {}, c.reasons.map((r) => h('li', {}, r)))),
        h('td', { class: 'other' }, c.otherMatches.length ? c.otherMatches.map((o) =>
            h('div', {}, `${o.employer} · ${o.title}${o.rank ? `（第 ${o.rank} 名）` : ''}`)) : '—'),
        h('td', { class: 'actions' }, actionButtons(v, c)));
}

function actionButtons(v, c) {
    const invite = h('button', { class: 'invite', onclick: () => inviteCandidate(v, c, invite) }, '邀请面试');
    if (c.invited) done(invite, '已邀请');
    const hire = h('button', { class: 'hire', onclick: () => askHire(v, c, hire) }, '录用');
    if (c.hired) done(hire, '已录用');
    return [invite, hire];
}

function done(button, text) {
    button.textContent = text;
    button.disabled = true;
    button.classList.add('done');
}

async function inviteCandidate(v, c, button) {
    button.disabled = true;
    try {
        await api(`/api/v1/fairs/${state.fair.id}/invitations`, {
            method: 'POST', body: { personId: c.personId, vacancyId: v.id, operator: operator() },
        });
        done(button, '已邀请');
        toast(`已记录：邀请 ${c.name} 面试 ${v.title}`);
    } catch (e) {
        button.disabled = false;
        toast(e.message, true);
    }
}

function askHire(v, c, button) {
    state.hire = { v, c, button };
    $('hire-text').textContent = `录用 ${c.name}（${c.personId}）为 ${v.employer} 的 ${v.title}，就业日期 ${state.board.today}。`;
    $('hire-dialog').showModal();
}

async function confirmHire() {
    const { v, c, button } = state.hire;
    $('hire-dialog').close();
    button.disabled = true;
    try {
        await api('/api/v1/placements', {
            method: 'POST',
            body: { personId: c.personId, vacancyId: v.id, date: state.board.today, channel: 'FAIR', operator: operator() },
        });
        done(button, '已录用');
        button.closest('tr').querySelectorAll('button.invite').forEach((b) => { b.disabled = true; });
        toast(`已登记就业：${c.name} · ${v.title}`);
    } catch (e) {
        button.disabled = false;
        toast(e.message, true);
    }
}

function operator() {
    return $('operator').value.trim() || null;
}

// --- creating and editing a fair --------------------------------------------------------------------------

async function openEditor(fair) {
    state.editing = fair ? fair.id : null;
    state.picked = new Set(fair ? fair.vacancyIds : []);
    const form = $('fair-form');
    form.name.value = fair ? fair.name : '';
    form.heldOn.value = fair && fair.heldOn ? fair.heldOn : '';
    form.venue.value = fair && fair.venue ? fair.venue : '';
    $('editor-title').textContent = fair ? `编辑招聘会：${fair.name}` : '新建招聘会';
    $('editor-error').textContent = '';
    $('bulk-lines').value = '';
    $('bulk-result').textContent = '';
    $('editor').hidden = false;
    state.options = await api('/api/v1/fairs/open-vacancies');
    renderPicker();
}

function renderPicker() {
    const filter = $('picker-filter').value.trim();
    const shown = state.options.filter((o) => !filter || [o.employer, o.title, o.township, o.id].some((s) => s.includes(filter)));
    const rows = [];
    for (const [employer, options] of groupBy(shown, (o) => o.employer)) {
        const all = options.every((o) => state.picked.has(o.id));
        rows.push(h('tr', { class: 'employer-row' }, h('td', {}, h('input', {
            type: 'checkbox', checked: all, 'aria-label': '选择全部 ' + employer, dataset: { employer },
            onchange: (e) => { options.forEach((o) => pick(o.id, e.target.checked)); renderPicker(); },
        })), h('td', { colspan: 6 }, employer)));
        options.forEach((o) => rows.push(h('tr', {}, h('td', {}, h('input', {
            type: 'checkbox', checked: state.picked.has(o.id), dataset: { vacancy: o.id },
            onchange: (e) => { pick(o.id, e.target.checked); renderPicker(); },
        })), h('td', {}, o.title), h('td', {}, o.id), h('td', {}, o.township), h('td', {}, o.source),
            h('td', {}, o.openings), h('td', {}, o.wage))));
    }
    $('picker-rows').replaceChildren(...rows);
    $('picked-count').textContent = `已选 ${state.picked.size} 个岗位`;
}

/** Picks what a pasted list names: a vacancy by its id, or every open vacancy of an employer. */
function applyBulk() {
    const unknown = [];
    let picked = 0;
    for (const line of $('bulk-lines').value.split('\n').map((l) => l.trim()).filter(Boolean)) {
        const matches = state.options.filter((o) => o.id === line || o.employer === line);
        if (!matches.length) unknown.push(line);
        matches.forEach((o) => pick(o.id, true));
        picked += matches.length;
    }
    $('bulk-result').textContent = `选中 ${picked} 个岗位` + (unknown.length ? `；未找到在招岗位：${unknown.join('、')}` : '');
    renderPicker();
}

/** Like Map.groupBy, which older browsers at a fair may lack. */
function groupBy(items, key) {
    const groups = new Map();
    items.forEach((item) => groups.set(key(item), [...(groups.get(key(item)) || []), item]));
    return groups;
}

function pick(id, on) {
    if (on) state.picked.add(id);
    else state.picked.delete(id);
}

async function saveFair(event) {
    event.preventDefault();
    const form = $('fair-form');
    const body = { name: form.name.value.trim(), heldOn: form.heldOn.value || null, venue: form.venue.value.trim() || null,
        vacancyIds: [...state.picked] };
    try {
        const fair = await api(state.editing ? `/api/v1/fairs/${state.editing}` : '/api/v1/fairs',
            { method: state.editing ? 'PUT' : 'POST', body });
        $('editor').hidden = true;
        await loadFairs(fair.id);
    } catch (e) {
        $('editor-error').textContent = e.message;
    }
}

// --- wiring -----------------------------------------------------------------------------------------------

$('operator').value = localStorage.getItem(OPERATOR_KEY) || '';
$('operator').addEventListener('change', () => localStorage.setItem(OPERATOR_KEY, $('operator').value.trim()));
$('fair-select').addEventListener('change', (e) => selectFair(e.target.value));
$('limit').addEventListener('change', () => { updateLinks(); build(); });
$('build').addEventListener('click', build);
$('new-fair').addEventListener('click', () => openEditor(null));
$('edit-fair').addEventListener('click', () => openEditor(state.fair));
$('cancel-edit').addEventListener('click', () => { $('editor').hidden = true; });
$('picker-filter').addEventListener('input', renderPicker);
$('fair-form').addEventListener('submit', saveFair);
$('bulk-apply').addEventListener('click', applyBulk);
$('hire-cancel').addEventListener('click', () => $('hire-dialog').close());
$('hire-confirm').addEventListener('click', confirmHire);
userBar().then(() => loadFairs(new URLSearchParams(location.search).get('fair'))).catch((e) => toast(e.message, true));
