// Spreadsheet import: upload, preview (mapping, first rows, every error with row and column), commit with
// progress, the rejected rows as a workbook.
import { api, ApiError, csrfToken, h, toast, toLogin, userBar } from './api.js';

const $ = (id) => document.getElementById(id);
const ORIGINS = { BUILT_IN: '自动识别', REMEMBERED: '已记住', CHOSEN: '本次指定', UNKNOWN: '未识别', DUPLICATE: '重复列（不导入）', IGNORED: '不导入' };
let job = null;

userBar().catch((e) => toast(e.message, true));
$('upload').addEventListener('click', upload);
$('remap').addEventListener('click', remap);
$('commit').addEventListener('click', commit);
$('restart').addEventListener('click', restart);
$('again').addEventListener('click', restart);

async function upload() {
    const file = $('file').files[0];
    if (!file) { toast('请先选择文件', true); return; }
    const kind = $('kind').value;
    show('working', '正在上传……');
    try {
        const response = await fetch(`/api/v1/imports/${kind}?name=${encodeURIComponent(file.name)}`, {
            method: 'POST', body: file,
            headers: { 'Content-Type': 'application/octet-stream', 'X-XSRF-TOKEN': csrfToken(),
                'X-Requested-With': 'fetch', Accept: 'application/json, application/problem+json' },
        });
        const data = await response.json().catch(() => null);
        if (response.status === 401) toLogin();
        if (!response.ok) throw new ApiError(response.status, data);
        follow(data);
    } catch (e) {
        fail(e.message);
    }
}

async function remap() {
    const columns = {};
    document.querySelectorAll('#mapping select').forEach((select) => {
        if (select.value !== select.dataset.was) columns[select.dataset.letter] = select.value;
    });
    Object.assign(columns, Object.fromEntries(Object.entries(job.chosen || {}).filter(([l]) => !(l in columns))));
    await act(() => api(`/api/v1/imports/${job.id}/columns`, { method: 'PUT', body: { columns, remember: $('remember').checked } }));
}

async function commit() {
    await act(() => api(`/api/v1/imports/${job.id}/commit`, { method: 'POST' }));
}

async function act(call) {
    try {
        follow(await call());
    } catch (e) {
        toast(e.message, true);
    }
}

/** Polls the upload until it is ready, done or failed. */
async function follow(view) {
    job = view;
    while (job.state === 'ANALYSING' || job.state === 'IMPORTING') {
        working(job);
        await new Promise((r) => setTimeout(r, 400));
        try {
            job = await api(`/api/v1/imports/${job.id}`);
        } catch (e) {
            fail(e.message);
            return;
        }
    }
    if (job.state === 'FAILED') fail(job.problem ? job.problem.reasonZh : '处理失败');
    else if (job.state === 'READY') preview(job);
    else result(job);
}

function working(view) {
    const importing = view.state === 'IMPORTING';
    const bar = $('progress');
    if (importing && view.totalRows > 0) {
        bar.max = view.totalRows;
        bar.value = Math.min(view.rowsRead, view.totalRows);
    } else {
        bar.removeAttribute('value');
    }
    show('working', `${importing ? '正在导入' : '正在检查'}：已读取 ${view.rowsRead.toLocaleString()} 行`
        + (importing && view.totalRows ? ` / 共 ${view.totalRows.toLocaleString()} 行` : ''));
}

function preview(view) {
    const report = view.preview;
    show('preview');
    $('preview-file').textContent = `${view.fileName}${report.sheet ? '（工作表 ' + report.sheet + '）' : ''}`;
    $('counts').replaceChildren(...counts(report));
    $('header-row').textContent = report.headerRow;
    $('mapping').tBodies[0].replaceChildren(...report.columns.map((c) => mappingRow(c, view.fields)));
    rowsTable(report, view.fields);
    errorRows('errors', report.errors);
    $('errors-count').textContent = report.errorsTotal > report.errors.length
        ? `（共 ${report.errorsTotal} 条，列出前 ${report.errors.length} 条）` : `（${report.errorsTotal} 条）`;
    $('errors-panel').hidden = report.errors.length === 0;
    errorRows('warnings', report.warnings);
    $('warnings-panel').hidden = report.warnings.length === 0;
    $('download-rejected').href = `/api/v1/imports/${view.id}/rejected.xlsx`;
    $('download-rejected').hidden = report.rejected === 0;
    $('commit').disabled = report.stored === 0;
    $('commit').textContent = `确认导入 ${report.stored.toLocaleString()} 行`;
}

function result(view) {
    show('result');
    const report = view.result;
    if (!report) {
        $('result-counts').replaceChildren();
        $('result-text').textContent = view.problem ? view.problem.reasonZh : '导入失败，未写入任何数据';
        $('result-rejected').hidden = true;
        return;
    }
    $('result-counts').replaceChildren(...counts(report));
    $('result-text').textContent = `已写入台账 ${report.stored.toLocaleString()} 行`
        + (report.rejected ? `，${report.rejected.toLocaleString()} 行被拒绝：请下载、改正后重新上传。` : '。');
    $('result-rejected').href = `/api/v1/imports/${view.id}/rejected.xlsx`;
    $('result-rejected').hidden = report.rejected === 0;
}

function counts(r) {
    const count = (label, n, cls) => h('div', { class: 'count ' + (cls || ''), dataset: { count: label } }, label, h('b', {}, n.toLocaleString()));
    return [count('共', r.rows), count('新增', r.created, 'good'), count('变更', r.changed), count('不变', r.unchanged),
        count('拒绝', r.rejected, r.rejected ? 'bad' : '')];
}

function mappingRow(column, fields) {
    const select = h('select', { dataset: { letter: column.letter, was: column.field || '' } },
        h('option', { value: '' }, '（不导入）'),
        fields.map((f) => h('option', { value: f.key, selected: f.key === column.field }, `${f.label}（${f.key}）`)));
    return h('tr', { class: column.field ? '' : 'unmapped', dataset: { letter: column.letter } },
        h('td', {}, column.letter), h('td', {}, column.header),
        h('td', {}, select, ' ', h('span', { class: 'muted' }, ORIGINS[column.origin] || '')));
}

function rowsTable(report, fields) {
    const shown = report.columns.filter((c) => c.field).map((c) => c.field);
    const labels = Object.fromEntries(fields.map((f) => [f.key, f.label]));
    const table = $('rows');
    table.tHead.replaceChildren(h('tr', {}, h('th', {}, '行'), h('th', {}, '状态'), shown.map((f) => h('th', {}, labels[f]))));
    table.tBodies[0].replaceChildren(...report.preview.map((row) => h('tr', { class: row.status === '拒绝' ? 'rejected' : '' },
        h('td', {}, row.row), h('td', {}, row.status),
        row.status === '拒绝'
            ? h('td', { colspan: Math.max(1, shown.length) }, row.problems.map((p) => `${p.column ? p.column + '列' : ''}${p.header}：${p.reason}`).join('；'))
            : shown.map((f) => h('td', {}, row.values[f] ?? '')))));
}

function errorRows(id, errors) {
    $(id).tBodies[0].replaceChildren(...errors.map((e) => h('tr', {},
        h('td', {}, e.row), h('td', {}, e.column || '—'), h('td', {}, e.header), h('td', {}, e.reason))));
}

function show(section, text) {
    ['working', 'failed', 'preview', 'result'].forEach((id) => { $(id).hidden = id !== section; });
    $('choose').hidden = section !== 'failed' && section !== undefined && section !== 'choose';
    if (text) $('working-text').textContent = text;
}

function fail(message) {
    show('failed');
    $('failed-text').textContent = message;
}

function restart() {
    job = null;
    $('file').value = '';
    show('choose');
}
