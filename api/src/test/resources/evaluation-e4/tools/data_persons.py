# -*- coding: utf-8 -*-
"""帮扶对象 (persons) of 英山县, written the way township labour-security assistants fill the ledger."""

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"


def make_id(area, birth, gender, seq2):
    """area: 6 digits; birth 'YYYY-MM-DD'; seq2: first two digits of the sequence code.
    The third sequence digit is odd for men and even for women (GB 11643)."""
    n = (int(seq2) * 7 + 3) % 5
    last = (2 * n + 1) if gender == "M" else (2 * n)
    body17 = area + birth.replace("-", "") + seq2 + str(last)
    s = sum(int(c) * w for c, w in zip(body17, W))
    return body17 + CHK[s % 11]


PER = []


def P(n, name, gender, birth, township, *, idmode="id", area="421124", seq="03", village=None, loc=None,
      groups=None, status=None, skills=None, prefs=None, hh=None, phone=None):
    d = {"id": "E4-P-%02d" % n, "name": name}
    if idmode == "id":
        d["idNumber"] = make_id(area, birth, gender, seq)
    else:
        d["gender"] = gender
        d["birthDate"] = birth
    if phone:
        d["phone"] = phone
    if hh:
        d["householdId"] = hh
    d["township"] = township
    if village:
        d["village"] = village
    if loc:
        d["location"] = {"lat": loc[0], "lon": loc[1]}
    if groups is not None:
        d["groups"] = groups
    if status:
        d["employmentStatus"] = status
    if skills is not None:
        d["skills"] = skills
    if prefs:
        d["preferences"] = prefs
    d["_gender"] = gender
    d["_birth"] = birth
    PER.append(d)


PA, MON, LI, DIF, ZEF, DIS, VET, GRAD, RM, LTU, RU = (
    "POVERTY_ALLEVIATED", "MONITORED", "LOW_INCOME", "DIFFICULT", "ZERO_EMPLOYMENT_FAMILY", "DISABLED",
    "VETERAN", "GRADUATE", "RETURNED_MIGRANT", "LONG_TERM_UNEMPLOYED", "REGISTERED_UNEMPLOYED")

P(1, "段春梅", "F", "1980-05-14", "温泉镇", seq="21", village="陶坊村", loc=(30.6950, 115.7100),
  groups=[PA, RM], hh="YS-WQ-TF-0231", phone="13597612208",
  skills="在东莞长安镇电子厂做了八年流水线，插件、锡焊都会。今年春上回来照顾瘫在床上的公公，想在县城附近找个厂上班。",
  prefs={"jobs": "电子厂普工、组装", "maxDistanceKm": 20})
P(2, "胡建军", "M", "1972-08-20", "杨柳湾镇", seq="05", village="土门河村", loc=(30.8170, 115.8280),
  groups=[PA, RM], hh="YS-YL-TM-0107", phone="15072630915",
  skills="在武汉工地上扎了十来年钢筋，搭脚手架也会",
  prefs={"minWage": 5000})
P(3, "王秀兰", "F", "1968-02-03", "红山镇", seq="18", village="乌云山村", loc=(30.7880, 115.5900),
  groups=[PA], hh="YS-HS-WY-0311",
  skills="种了半辈子茶，采茶、修茶园是老手，手工炒茶也会一点",
  prefs={"jobs": "茶园的活，离家近点", "maxDistanceKm": 7})
P(4, "徐志刚", "M", "1990-11-11", "温泉镇", seq="33", village="北汤河村", loc=(30.7550, 115.6700),
  groups=[RM], phone="18972715521",
  skills="在上海外高桥船厂干过6年电焊，有焊工证（熔化焊），二保焊、氩弧焊都行",
  prefs={"jobs": "电焊", "minWage": 6000})
P(5, "占桂英", "F", "1975-09-30", "金家铺镇", idmode="none",
  groups=[LI, DIF], hh="YS-JJ-0052",
  skills="",
  prefs={"jobs": "保洁、帮厨都行", "maxDistanceKm": 5})
P(6, "程浩", "M", "2002-06-18", "温泉镇", seq="47", village="解放社区", loc=(30.7380, 115.6830),
  groups=[GRAD], hh="YS-WQ-JF-1002", phone="17771356602",
  skills="武汉某职业技术学院电子商务专业2024届毕业，会PS、剪映，实习时做过淘宝客服",
  prefs={"jobs": "电商运营 直播", "minWage": 3500})
P(7, "詹玉华", "F", "1976-04-02", "温泉镇", seq="29", village="解放社区", loc=(30.7385, 115.6835),
  groups=[], status="EMPLOYED", hh="YS-WQ-JF-1002", phone="13409981173",
  skills="在万家福超市做收银，已签合同")
P(8, "余德胜", "M", "1964-10-09", "陶家河乡", seq="11", loc=(31.0500, 115.9800),
  groups=[PA], hh="YS-TJ-0088",
  skills="在山上搞了一辈子，砍柴、挖天麻、看山都熟，身体还硬朗",
  prefs={"jobs": "看山、护林", "maxDistanceKm": 10})
P(9, "毕小军", "M", "1995-03-22", "草盘地镇", seq="62", village="大屋村", loc=(30.9680, 115.8950),
  groups=[DIS, PA], hh="YS-CP-DW-0215", phone="15997230481",
  skills="小时候摔断腿，左腿残疾（肢体三级），能坐着干活，会用电脑打字",
  prefs={"jobs": "坐着干的活，车间手工也行", "maxDistanceKm": 22})
P(10, "汪桂香", "F", "1972-12-05", "孔家坊乡", seq="08", village="王家畈村", loc=(30.9020, 115.7180),
  groups=[PA], hh="YS-KJ-WJ-0140",
  skills="养了二十多年蚕，剥茧、拉丝绵都会，茶园的活也干",
  prefs={"jobs": "丝绵、蚕桑", "maxDistanceKm": 11})
P(11, "陈志强", "M", "1988-07-07", "温泉镇", seq="15", village="蔬菜村", loc=(30.7450, 115.6950),
  groups=[VET], phone="13886471290",
  skills="2008年入伍当汽车兵，退役后跑了几年货运，B2驾照",
  prefs={"jobs": "开车", "minWage": 5000})
P(12, "詹红霞", "F", "1985-01-17", "石头咀镇", seq="26", village="天堂村", loc=(30.9900, 115.7100),
  groups=[MON], hh="YS-ST-TT-0091",
  skills="以前在镇上饭店帮厨，会做农家菜",
  prefs={"jobs": "厨房帮工、服务员", "maxDistanceKm": 15})
P(13, "姜丽", "F", "1990-09-09", "温泉镇", seq="40", village="莲花村", loc=(30.7300, 115.6750),
  groups=[RM], phone="18727903364",
  skills="在浙江织里童装厂做了十年平车，熟手",
  prefs={"jobs": "平车、缝纫", "minWage": 4500, "willingToMigrate": True})
P(14, "吴国平", "M", "1968-06-15", "温泉镇", seq="53", village="东门社区", loc=(30.7360, 115.6900),
  groups=[DIF, LI], hh="YS-WQ-DM-0560",
  skills="原英山缫丝厂下岗，后来给人看了几年大门",
  prefs={"jobs": "门卫、保安"})
P(15, "聂晓琴", "F", "1993-04-21", "温泉镇", seq="64", village="陵园社区", loc=(30.7320, 115.6850),
  groups=[ZEF, RU], hh="YS-WQ-LY-0777", phone="15571369027",
  skills="高中毕业，在县城服装店当过几年导购",
  prefs={"jobs": "超市、商场、收银", "workModes": ["FULL_TIME"]})
P(16, "严俊", "M", "1988-12-01", "温泉镇", seq="70", village="陵园社区", loc=(30.7322, 115.6852),
  groups=[ZEF, RU, DIF], hh="YS-WQ-LY-0777", phone="15571369118",
  skills="会开车（C1），在物流公司搬过货、开过面包车送货",
  prefs={"jobs": "送货司机、快递", "workModes": ["FULL_TIME"]})
P(17, "柯长青", "M", "1981-03-03", "南河镇", seq="36", village="大屋畈村", loc=(30.5780, 115.5700),
  groups=[PA, RM], hh="YS-NH-DW-0312",
  skills="在外面开了十几年挖机、装载机，有操作证，也有B2驾照",
  prefs={"jobs": "挖机、开车", "minWage": 5000, "maxDistanceKm": 25})
P(18, "方桂枝", "F", "1964-07-19", "南河镇", idmode="none", village="二分塆村", loc=(30.5760, 115.5760),
  groups=[LI], hh="YS-NH-EF-0420",
  skills="身体不太好，腰不行，只能做点轻活",
  prefs={"jobs": "家门口的轻活", "maxDistanceKm": 5})
P(19, "孔德明", "M", "1974-05-05", "方家咀乡", seq="19", village="石河冲村", loc=(30.6480, 115.6200),
  groups=[DIS], hh="YS-FJ-SH-0033",
  skills="聋人（听力二级），会打手语，跟师傅学过木匠，打过家具、做过门窗",
  prefs={"jobs": "木工", "maxDistanceKm": 20})
P(20, "童雅琴", "F", "1995-08-30", "雷家店镇", seq="58", loc=(30.9020, 115.8550),
  groups=[RM], phone="13618659430",
  skills="在武汉一家医院做了五年合同护士，有护士执业证，孩子要上学所以回来了",
  prefs={"jobs": "护士、护理"})
P(21, "闻思雨", "F", "2003-02-14", "温泉镇", seq="44", village="西汤河村",
  groups=[GRAD], phone="19871130256",
  skills="学前教育专业大专，有幼儿园教师资格证，会弹琴",
  prefs={"jobs": "幼儿园老师"})
P(22, "何明", "M", "2001-10-10", "杨柳湾镇", seq="27", loc=(30.8350, 115.8400),
  groups=[GRAD], phone="17762458813",
  skills="武汉某职院数控技术专业毕业，会CAD，会编程操机",
  prefs={"jobs": "数控 CNC 机加工", "maxDistanceKm": 22})
P(23, "叶子航", "M", "2002-12-25", "石头咀镇", seq="31", loc=(30.9700, 115.6980),
  groups=[GRAD],
  skills="旅游管理专业，普通话二级甲等，有导游证",
  prefs={"jobs": "导游、讲解、景区", "maxDistanceKm": 22})
P(24, "段文静", "F", "2000-04-04", "孔家坊乡", seq="52", loc=(30.9080, 115.7230),
  groups=[GRAD, DIS], hh="YS-KJ-0201", phone="18186437725",
  skills="会计专业本科，右手先天残疾（肢体四级），电脑打字、用友软件都会",
  prefs={"jobs": "会计、文员、坐办公室的", "maxDistanceKm": 25})
P(25, "柯小龙", "M", "2006-05-20", "温泉镇", seq="09", village="马堑村", loc=(30.7600, 115.6600),
  groups=[LI], hh="YS-WQ-MQ-0881",
  skills="中职汽修专业刚毕业，会简单保养、换机油",
  prefs={"jobs": "想学修车，进厂也行，去广东进厂也可以", "maxDistanceKm": 20, "willingToMigrate": True})
P(26, "雷振华", "M", "1976-02-11", "草盘地镇", seq="13", village="茶场村", loc=(30.9860, 115.9150),
  groups=[PA], status="EMPLOYED", hh="YS-CP-CC-0090",
  skills="现在村里当生态护林员，干了三年了")
P(27, "胡小燕", "F", "1988-03-08", "杨柳湾镇", seq="66", village="高家坪村", loc=(30.8400, 115.8600),
  groups=[RM], status="NOT_SEEKING",
  skills="在家带二胎，暂时不出去做事")
P(28, "余长福", "M", "1959-09-01", "陶家河乡", seq="07", loc=(31.0550, 115.9950),
  groups=[VET],
  skills="老兵，身体还行，想找点事做，不想走远",
  prefs={"maxDistanceKm": 8})
P(29, "王翠娥", "F", "1965-05-05", "石头咀镇", seq="24", village="程早村", loc=(30.9720, 115.6930),
  groups=[],
  skills="在家种点菜，带孙子",
  prefs={"jobs": "家门口做点手工", "workModes": ["PART_TIME"], "maxDistanceKm": 3})
P(30, "王志勇", "M", "1985-06-06", "温泉镇", seq="57", village="金家桥村", loc=(30.7200, 115.6950),
  groups=[RU], status="FLEXIBLE", phone="13972709846",
  skills="现在跑外卖，C1驾照，县城的路都熟，想找个稳定点开车的活",
  prefs={"jobs": "司机、送货", "workModes": ["FULL_TIME"], "maxDistanceKm": 40})
P(31, "徐红梅", "F", "1982-10-20", "红山镇", seq="38", loc=(30.7700, 115.6150),
  groups=[MON], hh="YS-HS-0450",
  skills="在家种茶，年轻时在深圳服装厂踩过几年平车",
  prefs={"jobs": "车间、平车", "maxDistanceKm": 16})
P(32, "汪大海", "M", "1978-08-08", "红山镇", seq="45", loc=(30.7800, 115.6000),
  groups=[PA], hh="YS-HS-0512",
  skills="会开三轮车，帮人拉过货，也种茶",
  prefs={"jobs": "送货、装卸、力气活", "maxDistanceKm": 21})
P(33, "占志鹏", "M", "1994-01-01", "红山镇", seq="50", loc=(30.7760, 115.6050),
  groups=[RM], phone="15927761304",
  skills="在苏州送了三年外卖，也干过快递，有C1驾照",
  prefs={"jobs": "外卖、快递", "maxDistanceKm": 21})
P(34, "段国庆", "M", "1970-10-01", "金家铺镇", seq="03", loc=(30.8350, 115.7100),
  groups=[PA], hh="YS-JJ-0203",
  skills="身体好，力气大，在建材厂搬过砖")
P(35, "金小红", "F", "1987-11-30", "金家铺镇", seq="16", loc=(30.8270, 115.6980),
  groups=[RM], phone="18162230957",
  skills="在深圳湘菜馆帮厨三年，切配、打荷都会",
  prefs={"jobs": "帮厨、厨房"})
P(36, "孔令辉", "M", "1991-09-09", "孔家坊乡", seq="22", loc=(30.9100, 115.7250),
  groups=[DIS], hh="YS-KJ-0330",
  skills="智力残疾（轻度），能干简单的活，要有人带，家里人可以接送",
  prefs={"jobs": "简单手工", "maxDistanceKm": 25})
P(37, "孔繁林", "M", "1966-03-15", "孔家坊乡", seq="14", loc=(30.9000, 115.7100),
  groups=[PA], hh="YS-KJ-0412",
  skills="种茶、种苍术桔梗，一辈子在山上",
  prefs={"maxDistanceKm": 12})
P(38, "程木生", "M", "1976-06-18", "石头咀镇", seq="35", village="陶家冲村", loc=(30.9780, 115.7050),
  groups=[PA], hh="YS-ST-TJ-0177",
  skills="老篾匠，编竹篮、茶篓、晒垫都会")
P(39, "詹美华", "F", "1979-04-04", "石头咀镇", seq="42", loc=(30.9760, 115.7000),
  groups=[PA], hh="YS-ST-0208",
  skills="景区旺季摆摊卖过土特产，会做饭，干活麻利",
  prefs={"jobs": "景区、饭店", "maxDistanceKm": 20})
P(40, "胡秋菊", "F", "1984-09-15", "杨柳湾镇", seq="68", village="土门河村", loc=(30.8160, 115.8300),
  groups=[PA], hh="YS-YL-TM-0222",
  skills="在家带两个孩子，手脚快，想做计件的",
  prefs={"workModes": ["PART_TIME", "FLEXIBLE"], "maxDistanceKm": 20})
P(41, "彭志远", "M", "1987-02-02", "杨柳湾镇", seq="71", loc=(30.8250, 115.8450),
  groups=[RM], phone="13476651820",
  skills="在昆山台资厂做了七年CNC操机，会调机，看得懂图纸",
  prefs={"jobs": "CNC 数控", "maxDistanceKm": 28})
P(42, "查国栋", "M", "1969-04-01", "雷家店镇", seq="02", loc=(30.9030, 115.8630),
  groups=[DIF, LTU], hh="YS-LD-0099",
  skills="以前在东河水电站做了十几年值班电工，有电工证，电站改制后一直没正式上班",
  prefs={"maxDistanceKm": 21})
P(43, "余春花", "F", "1976-11-11", "雷家店镇", idmode="none", loc=(30.9080, 115.8480),
  groups=[LI], hh="YS-LD-0150",
  skills="自家种过香菇，上架、采菇都熟")
P(44, "雷鸣", "M", "2000-06-06", "雷家店镇", seq="55",
  groups=[RM], phone="19907135528",
  skills="在杭州做过两年快递员，有C1驾照",
  prefs={"jobs": "快递、送货", "maxDistanceKm": 40})
P(45, "毕春燕", "F", "1981-12-12", "草盘地镇", seq="20", loc=(30.9760, 115.9080),
  groups=[PA], hh="YS-CP-0301",
  skills="采茶、炒茶都会，家里有几亩茶园")
P(46, "王建国", "M", "1973-03-03", "草盘地镇", seq="17", loc=(30.9740, 115.9000),
  groups=[RM], phone="13593360172",
  skills="瓦工，砌墙、粉刷、贴砖都干过，在外面干了二十年",
  prefs={"minWage": 6000, "maxDistanceKm": 40})
P(47, "余小凤", "F", "1986-05-05", "陶家河乡", seq="46", loc=(31.0400, 115.9800),
  groups=[PA], hh="YS-TJ-0120",
  skills="会炒农家菜，在岳西的民宿帮过工",
  prefs={"maxDistanceKm": 25})
P(48, "闵建华", "M", "1980-08-18", "陶家河乡", seq="39", loc=(31.0500, 115.9900),
  groups=[MON], hh="YS-TJ-0155",
  skills="种了几年天麻、茯苓",
  prefs={"maxDistanceKm": 15})
P(49, "段秀英", "F", "1971-01-20", "方家咀乡", idmode="none",
  groups=[DIF], hh="YS-FJ-0210",
  skills="伺候瘫痪婆婆八年，会翻身、擦洗、喂饭",
  prefs={"jobs": "护工、照顾老人", "maxDistanceKm": 19})
P(50, "柯建波", "M", "1992-12-02", "方家咀乡", seq="61", loc=(30.6500, 115.6100),
  groups=[RM], phone="15872541196",
  skills="在东莞物流仓库开了五年叉车，有叉车证",
  prefs={"jobs": "叉车", "maxDistanceKm": 20})
P(51, "柯火生", "M", "1984-02-29", "南河镇", seq="25", loc=(30.5700, 115.5850),
  groups=[PA, RM], hh="YS-NH-0160",
  skills="在佛山陶瓷厂干过八年，注浆、修坯都会")
P(52, "王晓梅", "F", "1989-07-07", "南河镇", seq="48", loc=(30.5800, 115.5780),
  groups=[LI], hh="YS-NH-0512",
  skills="没出去打过工，在家带孩子，想做点手工",
  prefs={"workModes": ["PART_TIME", "FLEXIBLE"], "maxDistanceKm": 10})
P(53, "李文斌", "M", "1980-01-15", "温泉镇", seq="73", loc=(30.7340, 115.6880),
  groups=[RM], phone="18607138845",
  skills="在深圳做了十几年厨师，湘菜、粤菜都拿手，有中式烹调师证",
  prefs={"jobs": "厨师", "minWage": 4500})
P(54, "段翠华", "F", "1974-11-22", "温泉镇", seq="04", loc=(30.7250, 115.6780),
  groups=[DIF, LI], hh="YS-WQ-0660",
  skills="没什么手艺，一直在家带孙子，现在孙子上学了",
  prefs={"jobs": "离家近的活", "maxDistanceKm": 6})
P(55, "叶美玲", "F", "1978-03-30", "温泉镇", seq="34", loc=(30.7380, 115.6760),
  groups=[RU], phone="13035721460",
  skills="原县丝绸厂挡车工，后来在服装厂剪线头、整烫",
  prefs={"jobs": "服装厂、车间"})
P(56, "徐亮", "M", "1998-04-18", "温泉镇", seq="67", loc=(30.7420, 115.6870),
  groups=[DIS], hh="YS-WQ-0912",
  skills="低视力（视力二级），盲校学的推拿，有保健按摩师证",
  prefs={"jobs": "按摩推拿"})
P(57, "汪卫东", "M", "1982-05-25", "金家铺镇", seq="59", loc=(30.8320, 115.7040),
  groups=[VET], phone="13797390648",
  skills="退役士兵，当过五年武警，身体好",
  prefs={"jobs": "保安、巡逻"})
P(58, "詹德旺", "M", "1963-12-24", "陶家河乡", idmode="none",
  groups=[PA, LI], hh="YS-TJ-0301",
  skills="种地",
  prefs={"maxDistanceKm": 15})
P(59, "毕海燕", "F", "1983-06-06", "草盘地镇", idmode="none",
  groups=[MON, DIF], hh="YS-CP-0410",
  skills="初中文化，做过几年超市收银",
  prefs={"maxDistanceKm": 7})
P(60, "王德胜", "M", "1970-12-02", "杨柳湾镇", seq="06", loc=(30.8320, 115.8520),
  groups=[PA], hh="YS-YL-0333",
  skills="种过茶，修过路，什么都能干一点",
  prefs={"maxDistanceKm": 12})
