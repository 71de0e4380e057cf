// Chinese labels of the service ledger's values, shared by the workspace pages.
export const KINDS = {
    POLICY_TALK: '政策宣讲', CAREER_GUIDANCE: '职业指导', JOB_REFERRAL: '推荐岗位', TRAINING_REFERRAL: '推荐培训',
    TRAINING: '参加培训', VISIT: '走访慰问', TEMPORARY_RELIEF: '临时救助', PLACEMENT: '安置就业', JOB_FOUND: '实现就业（自行）',
};
export const RECORDABLE = ['POLICY_TALK', 'CAREER_GUIDANCE', 'TRAINING_REFERRAL', 'TRAINING', 'VISIT', 'TEMPORARY_RELIEF', 'JOB_FOUND'];
export const CHANNELS = { COUNTER: '窗口', PHONE: '电话', VISIT: '上门', FAIR: '招聘会', KIOSK: '自助机', ONLINE: '线上', OTHER: '其他', BATCH: '批量推荐' };
export const JOB_CHANNELS = { ENTERPRISE: '企业吸纳', FLEXIBLE: '灵活就业', SELF_EMPLOYED: '自主创业' };
export const STATUSES = { UNEMPLOYED: '未就业', FLEXIBLE: '灵活就业', EMPLOYED: '已就业', NOT_SEEKING: '暂无就业意愿' };
export const OUTCOMES = { PENDING: '待反馈', INVITED: '已邀请面试', PLACED: '已录用', DECLINED: '未成功' };
export const GROUPS = {
    DIFFICULT: '就业困难人员', POVERTY_ALLEVIATED: '脱贫劳动力', MONITORED: '防止返贫监测对象', LOW_INCOME: '低保/低收入家庭',
    ZERO_EMPLOYMENT_FAMILY: '零就业家庭', DISABLED: '持证残疾人', RETIRED_FISHER: '退捕渔民', VETERAN: '退役军人',
    GRADUATE: '离校未就业高校毕业生', RETURNED_MIGRANT: '返乡农民工', LONG_TERM_UNEMPLOYED: '长期失业', REGISTERED_UNEMPLOYED: '登记失业',
};
export const COVERAGE = { COVERED: '已覆盖', PARTLY: '部分覆盖', NOT_COVERED: '未覆盖' };

/** <option>s of a label table, in its order. */
export function options(h, labels, keys = Object.keys(labels)) {
    return keys.map((k) => h('option', { value: k }, labels[k]));
}
