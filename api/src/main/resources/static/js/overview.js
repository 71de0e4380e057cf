// The staff overview: open places and unemployed persons per township, as bars and numbers.
import { api, h, toast, userBar } from './api.js';

function bars(t, max) {
    const width = (n) => `${Math.round((n / max) * 100)}%`;
    return h('td', { class: 'bars' },
        h('div', { class: 'bar-line' }, h('span', { class: 'jobs-bar', style: { width: width(t.openings) } }), t.openings),
        h('div', { class: 'bar-line' }, h('span', { class: 'people-bar', style: { width: width(t.unemployed) } }), t.unemployed));
}

function gap(t) {
    const d = t.openings - t.unemployed;
    return h('td', { class: `num ${d >= 0 ? 'gap-more-jobs' : 'gap-more-people'}` }, d > 0 ? `+${d}` : d);
}

function row(t, max) {
    return h('tr', { dataset: { township: t.township } },
        h('td', {}, t.township), h('td', { class: 'num' }, t.vacancies), h('td', { class: 'num' }, t.openings),
        h('td', { class: 'num' }, t.unemployed), h('td', { class: 'num' }, t.flexible), bars(t, max), gap(t));
}

async function render() {
    const overview = await api('/api/v1/overview/townships');
    const total = overview.total;
    document.getElementById('date').textContent = `统计日期 ${overview.date}`;
    for (const key of ['vacancies', 'openings', 'unemployed', 'flexible']) {
        document.getElementById('t-' + key).textContent = total[key];
    }
    const max = Math.max(1, ...overview.townships.flatMap((t) => [t.openings, t.unemployed]));
    document.getElementById('rows').replaceChildren(...overview.townships.map((t) => row(t, max)));
    document.getElementById('foot').replaceChildren(h('tr', {}, h('td', {}, '合计'), h('td', { class: 'num' }, total.vacancies),
        h('td', { class: 'num' }, total.openings), h('td', { class: 'num' }, total.unemployed), h('td', { class: 'num' }, total.flexible),
        h('td', {}), gap(total)));
}

userBar().then(render).catch((e) => toast(e.message, true));
