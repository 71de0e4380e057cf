// The township forms: a period and township, the form's figures as a table (each opening its persons), a bar chart
// per township, the Excel file, and the plan's targets typed in.
import { api, h, toast, userBar } from './api.js';
import { STATUSES } from './labels.js';

const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';
const MEASURES = {
    'difficult-persons': '就业困难人员认定数', 'poverty-labourers': '建档立卡贫困劳动力数', 'welfare-posts': '开发公益性岗位数',
    'poverty-training': '建档立卡贫困劳动力技能培训数', 'difficult-training': '就业困难人员技能培训数', reemployed: '就业困难群体就业再就业数',
};
let report = new URLSearchParams(location.search).get('report') || 'warm-heart';
let table = null;

const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const fmt = (v) => (v === null || v === undefined ? '—' : Number(v).toLocaleString('zh-CN'));

function query() {
    const q = new URLSearchParams({ from: $('from').value, to: $('to').value });
    if ($('township').value.trim()) q.set('township', $('township').value.trim());
    return q;
}

function header(columns, villages) {
    const left = villages ? ['乡镇', '村（社区）'] : ['乡镇'];
    const groups = h('tr', {}, left.map((l) => h('th', { rowspan: 3 }, l)));
    const names = h('tr');
    const numbers = h('tr');
    columns.forEach((c, i) => {
        const name = `${c.name}（${c.unit}）`;
        if (!c.group) groups.append(h('th', { rowspan: 2 }, name));
        else if (i === 0 || columns[i - 1].group !== c.group) {
            groups.append(h('th', { colspan: columns.filter((o) => o.group === c.group).length }, c.group));
        }
        if (c.group) names.append(h('th', {}, name));
        numbers.append(h('th', { class: 'no' }, c.no));
    });
    return [groups, names, numbers];
}

function cell(row, column, i) {
    const value = row.values[i];
    if (!column.persons || !value) return h('td', { class: 'num' }, fmt(value));
    return h('td', { class: 'num' }, h('button', { type: 'button', class: 'figure', onclick: () => persons(row, column) }, fmt(value)));
}

function line(row, villages, county) {
    const cls = county ? '' : row.village === null ? 'township' : 'village';
    const left = villages ? [h('td', {}, row.village === null ? row.township : ''), h('td', {}, row.village ?? (county ? '' : '小计'))]
        : [h('td', {}, row.township)];
    return h('tr', { class: cls, dataset: { township: row.township, village: row.village ?? '' } }, left,
        table.columns.map((c, i) => cell(county ? { ...row, township: null } : row, c, i)));
}

function cards() {
    const picked = table.columns.map((c, i) => ({ c, i })).filter(({ c }) => !c.group || c.key.endsWith('reemployed')).slice(0, 8);
    $('cards').replaceChildren(...picked.map(({ c, i }) => h('div', { class: 'card' }, h('span', {}, `${c.name}（${c.unit}）`),
        h('strong', {}, fmt(table.total.values[i])))));
}

function chart() {
    const i = Number($('chart-column').value || 0);
    const rows = table.rows.filter((r) => r.village === null);
    const max = Math.max(1, ...rows.map((r) => Number(r.values[i] || 0)));
    const height = 28 * rows.length + 10;
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 800 ${height}`);
    svg.setAttribute('role', 'img');
    rows.forEach((r, n) => {
        const y = 5 + n * 28;
        const width = Math.round(560 * Number(r.values[i] || 0) / max);
        svg.append(text(0, y + 17, r.township), rect(130, y, width, r.township === '县本级'), text(136 + width, y + 17, fmt(r.values[i])));
    });
    $('chart').replaceChildren(svg);
}

function rect(x, y, width, county) {
    const el = document.createElementNS(SVG, 'rect');
    Object.entries({ x, y, width: Math.max(width, 1), height: 20, class: county ? 'bar county-fairs' : 'bar' })
        .forEach(([k, v]) => el.setAttribute(k, v));
    return el;
}

function text(x, y, value) {
    const el = document.createElementNS(SVG, 'text');
    el.setAttribute('x', x);
    el.setAttribute('y', y);
    el.textContent = value;
    return el;
}

function show() {
    const villages = table.rows.some((r) => r.village !== null);
    $('title').textContent = table.title;
    $('summary').textContent = `统计期间 ${table.from} 至 ${table.to}，${table.township || '全县'}` + settings();
    $('head').replaceChildren(...header(table.columns, villages));
    $('rows').replaceChildren(...table.rows.map((r) => line(r, villages, false)));
    $('total').replaceChildren(line(table.total, villages, true));
    const chosen = $('chart-column').value;
    $('chart-column').replaceChildren(...table.columns.map((c, i) => h('option', { value: i },
        `${c.no}. ${c.group && c.group !== c.name ? c.group + ' · ' : ''}${c.name}`)));
    if (chosen && chosen < table.columns.length && $('chart-column').dataset.report === report) $('chart-column').value = chosen;
    $('chart-column').dataset.report = report;
    cards();
    chart();
    $('targets-panel').hidden = report !== 'plan';
}

function settings() {
    const s = table.settings || {};
    if (s.scheme) return `；“131”口径 ${s.schemeItems.join('、')}，每低于 100% 一个百分点扣 ${s.deductionPerPoint} 分`;
    if (s.targetDays) return `；清零时限 ${s.targetDays} 天`;
    return '';
}

async function load() {
    document.querySelectorAll('#tabs button').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.report === report)));
    $('excel').href = `/api/v1/reports/${report}.xlsx?${query()}`;
    table = await api(`/api/v1/reports/${report}?${query()}`);
    show();
}

async function persons(row, column) {
    const q = query();
    q.set('column', column.key);
    if (row.township) q.set('township', row.township);
    if (row.village) q.set('village', row.village);
    const list = await api(`/api/v1/reports/${report}/persons?${q}`);
    $('persons-title').textContent = `${row.township || '全县'}${row.village ? ' ' + row.village : ''} · ${column.group && column.group !== column.name ? column.group + ' · ' : ''}${column.name}`;
    $('persons-summary').textContent = `共 ${list.total} 人${list.truncated ? `，显示前 ${list.persons.length} 人` : ''}`;
    $('persons').replaceChildren(...list.persons.map((p) => h('tr', {},
        h('td', {}, h('a', { href: `/person.html?id=${encodeURIComponent(p.id)}` }, p.name)), h('td', {}, p.idNumber || ''),
        h('td', {}, p.gender === 'F' ? '女' : '男'), h('td', { class: 'num' }, p.age),
        h('td', {}, `${p.township}${p.village ? ' / ' + p.village : ''}`), h('td', {}, p.groups.join('、')),
        h('td', {}, STATUSES[p.employmentStatus] || p.employmentStatus), h('td', {}, p.detail || ''))));
    $('persons-dialog').showModal();
}

async function saveTarget(e) {
    e.preventDefault();
    const form = new FormData($('target-form'));
    await api('/api/v1/reports/plan/targets', { method: 'PUT', body: { targets: [{ year: Number(form.get('year')),
        township: form.get('township'), measure: form.get('measure'), target: Number(form.get('target')) }] } });
    toast('计划目标已保存');
    await load();
}

function period(from, to) {
    $('from').value = iso(from);
    $('to').value = iso(to);
    load().catch(failed);
}

const failed = (e) => toast(e.message, true);
const today = new Date();
$('from').value = iso(new Date(today.getFullYear(), 0, 1));
$('to').value = iso(today);
$('target-year').value = today.getFullYear();
$('target-measure').replaceChildren(...Object.entries(MEASURES).map(([k, v]) => h('option', { value: k }, v)));
$('this-year').addEventListener('click', () => period(new Date(today.getFullYear(), 0, 1), today));
$('this-month').addEventListener('click', () => period(new Date(today.getFullYear(), today.getMonth(), 1), today));
$('filters').addEventListener('submit', (e) => { e.preventDefault(); load().catch(failed); });
$('chart-column').addEventListener('change', chart);
$('target-form').addEventListener('submit', (e) => saveTarget(e).catch(failed));
document.querySelectorAll('#tabs button').forEach((b) => b.addEventListener('click', () => { report = b.dataset.report; load().catch(failed); }));
userBar().then((me) => {
    if (me.township) {
        $('township').value = me.township;
        $('township').readOnly = true;
        $('target-township').value = me.township;
    }
}).then(load).catch(failed);
