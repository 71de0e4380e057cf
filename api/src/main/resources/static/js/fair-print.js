// The printable shortlists: one page per employer, for the employer's table at the fair.
import { api, h } from './api.js';

const params = new URLSearchParams(location.search);
const fairId = params.get('fair');
const limit = params.get('limit') || '10';

function employerPage(board, employer) {
    const fairLine = [board.name, board.heldOn, board.venue].filter(Boolean).join(' · ');
    return h('section', { class: 'employer-page' },
        h('div', { class: 'fair-line' }, `${fairLine}　　打印日期 ${board.today}`),
        h('h1', {}, employer.employer),
        employer.vacancies.map((section) => vacancy(section)));
}

function vacancy(section) {
    const v = section.vacancy;
    const facts = [v.id, v.township, v.source, `剩余名额 ${v.openings}`, v.wage, v.workMode,
        v.contactName || v.contactPhone ? `联系人 ${v.contactName || ''} ${v.contactPhone || ''}` : null].filter(Boolean);
    return [
        h('h2', {}, v.title),
        h('p', { class: 'facts' }, facts.join('　')),
        section.candidates.length ? h('table', {},
            h('thead', {}, h('tr', {}, ['排名', '台账编号', '姓名', '性别', '年龄', '乡镇 / 村', '帮扶类别', '推荐理由', '本场其他匹配', '面试结果']
                .map((t) => h('th', {}, t)))),
            h('tbody', {}, section.candidates.map((c) => h('tr', {},
                h('td', {}, c.rank), h('td', {}, c.personId), h('td', {}, c.name), h('td', {}, c.gender), h('td', {}, c.age),
                h('td', {}, [c.township, c.village].filter(Boolean).join(' ')), h('td', {}, c.groups.join('、')),
                h('td', {}, c.reasons.join('；')),
                h('td', {}, c.otherMatches.map((o) => `${o.employer} ${o.title}`).join('；') || '—'),
                h('td', { class: 'sign' }, c.invited ? '已邀请' : ''))))) :
            h('p', { class: 'facts' }, section.note || '暂无符合条件的候选人'),
    ];
}

async function render() {
    if (!fairId) {
        document.getElementById('status').textContent = '缺少招聘会编号';
        return;
    }
    document.getElementById('status').textContent = '正在生成……';
    try {
        const board = await api(`/api/v1/fairs/${encodeURIComponent(fairId)}/shortlists?limit=${encodeURIComponent(limit)}`);
        document.title = `${board.name} 候选名单`;
        document.getElementById('pages').replaceChildren(...board.employers.map((e) => employerPage(board, e)));
        document.getElementById('status').textContent = `${board.employers.length} 家单位，共 ${board.employers.length} 页`;
        if (params.get('autoprint') === '1') window.print();
    } catch (e) {
        document.getElementById('status').textContent = e.message;
    }
}

document.getElementById('print-now').addEventListener('click', () => window.print());
render();
