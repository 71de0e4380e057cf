# -*- coding: utf-8 -*-
"""Vacancies of 英山县 as the county / township officers would post them.
Each entry has a stable key (used by labels); ids E4-V-001.. are assigned in list order."""

GAZ = {
    "温泉镇": (30.7350, 115.6810),
    "红山镇": (30.7780, 115.6020),
    "金家铺镇": (30.8300, 115.7000),
    "孔家坊乡": (30.9050, 115.7200),
    "石头咀镇": (30.9750, 115.7000),
    "杨柳湾镇": (30.8300, 115.8500),
    "雷家店镇": (30.9000, 115.8600),
    "草盘地镇": (30.9750, 115.9050),
    "陶家河乡": (31.0450, 115.9850),
    "方家咀乡": (30.6460, 115.6090),
    "南河镇": (30.5750, 115.5750),
}

VAC = []


def V(key, source, employer, title, township, loc, openings, **kw):
    d = {"_key": key, "source": source, "employer": employer, "title": title}
    if "description" in kw:
        d["description"] = kw.pop("description")
    if "skills" in kw:
        d["skills"] = kw.pop("skills")
    d["township"] = township
    if loc is not None:
        d["location"] = {"lat": loc[0], "lon": loc[1]}
    for k in ("ageMin", "ageMax"):
        if k in kw:
            d[k] = kw.pop(k)
    d["openings"] = openings
    for k in ("wageMin", "wageMax", "workMode", "accessible", "eligibleGroups", "validUntil", "contact"):
        if k in kw:
            d[k] = kw.pop(k)
    assert not kw, kw
    VAC.append(d)


ENT, WS, WEL, FLEX = "ENTERPRISE", "WORKSHOP", "WELFARE_POST", "FLEXIBLE"
PA_MON = ["POVERTY_ALLEVIATED", "MONITORED"]

# ------------------------------------------------------------------ 温泉镇 (县城、经济开发区)
V("wq_sew", ENT, "湖北大别山服饰有限公司", "缝纫工（平车）", "温泉镇", (30.7220, 115.6680), 15,
  description="县经济开发区服装厂，做外贸童装，平车缝纫，计件工资多劳多得，包中餐，熟手优先，生手可带。",
  skills=["缝纫", "平车", "服装加工"], ageMin=18, ageMax=50, wageMin=4000, wageMax=6500, workMode="FULL_TIME",
  validUntil="2027-03-31", contact={"name": "刘主管", "phone": "0713-5071234"})
V("wq_elec", ENT, "英山县鑫英电子科技有限公司", "电子装配普工", "温泉镇", (30.7180, 115.6720), 30,
  description="手机充电器、电源板装配，流水线作业，两班倒，有厂车接送，包工作餐。",
  skills=["流水线", "电子装配", "插件"], ageMin=18, ageMax=45, wageMin=3800, wageMax=4800, workMode="FULL_TIME")
V("wq_weld", ENT, "英山县恒通机械铸造有限公司", "电焊工", "温泉镇", (30.7120, 115.6900), 4,
  description="机械配件焊接，二氧化碳保护焊为主，须持焊工证，包住宿。",
  skills=["电焊", "焊工", "二保焊", "焊工证"], ageMin=22, ageMax=52, wageMin=6500, wageMax=9000, workMode="FULL_TIME")
V("wq_cnc", ENT, "英山县恒通机械铸造有限公司", "数控车工", "温泉镇", (30.7120, 115.6900), 2,
  description="数控车床加工机械配件，会看图纸、会对刀编程，机械类专业或有操机经验。",
  skills=["数控车床", "CNC", "看图纸"], ageMin=20, ageMax=45, wageMin=5000, wageMax=7500)
V("wq_rebar", ENT, "英山县城南建筑劳务有限公司", "钢筋工", "温泉镇", (30.7050, 115.6760), 10,
  description="城南安置小区项目，钢筋制作、绑扎，按天计工350元起，月底结算，工地有宿舍。",
  skills=["钢筋", "扎钢筋", "钢筋工"], ageMin=18, ageMax=58, wageMin=7000, wageMax=10000, workMode="FULL_TIME",
  validUntil="2027-06-30", contact={"name": "周工", "phone": "13872001234"})
V("wq_mason", ENT, "英山县鑫城建筑工程有限公司", "瓦工", "温泉镇", (30.7600, 115.6680), 5,
  description="住宅楼砌墙、抹灰、贴砖，按方量或按天计。",
  skills=["瓦工", "砌墙", "抹灰", "贴砖"], ageMin=18, ageMax=58, wageMin=7000, wageMax=9500)
V("wq_casual", FLEX, "英山县零工市场（温泉镇零工驿站）", "建筑小工、搬运零工", "温泉镇", None, 20,
  description="每天早上六点零工驿站集合派工，搬砖、和灰、清场、卸货，日结200到260元，不限户籍。",
  skills=["小工", "搬运", "力气活"], ageMax=60, wageMin=4000, wageMax=6000, workMode="FLEXIBLE")
V("wq_hotel_kitchen", ENT, "英山温泉度假酒店", "中餐厨房帮厨（切配）", "温泉镇", (30.7420, 115.6760), 3,
  description="中餐厨房切配、打荷、备料，有饭店帮厨经验优先。",
  skills=["帮厨", "切配", "打荷"], ageMin=18, ageMax=50, wageMin=3000, wageMax=3800)
V("wq_massage", ENT, "英山温泉度假酒店", "按摩推拿师", "温泉镇", (30.7420, 115.6760), 2,
  description="温泉SPA区按摩推拿，欢迎视力残疾按摩师，持盲人医疗按摩或保健按摩证优先，场地无障碍。",
  skills=["按摩", "推拿", "盲人按摩"], ageMin=18, ageMax=55, wageMin=3500, wageMax=6000, accessible=True)
V("wq_nurse_aide", ENT, "英山县康宁陪护服务有限公司", "医院护工", "温泉镇", (30.7380, 115.6840), 8,
  description="县人民医院病区陪护，协助翻身、喂饭、擦洗，持护理员证优先，可免费培训。",
  skills=["护工", "陪护", "护理"], ageMin=30, ageMax=58, wageMin=3500, wageMax=5000)
V("wq_eldercare", ENT, "英山县夕阳红康养中心", "养老护理员", "温泉镇", (30.7480, 115.6650), 5,
  description="照护失能半失能老人，包吃住，上岗前培训，可考养老护理员证。",
  skills=["养老护理", "护理员"], ageMin=30, ageMax=55, wageMin=3200, wageMax=4200)
V("wq_guard", ENT, "英山县宏达物业服务有限公司", "小区保安", "温泉镇", (30.7310, 115.6950), 6,
  description="县城小区门岗值守、夜间巡逻，会用消防器材，退役军人优先。",
  skills=["保安", "门卫", "巡逻"], ageMin=18, ageMax=60, wageMin=2300, wageMax=2900)
V("wq_estate_clean", ENT, "英山县宏达物业服务有限公司", "小区保洁员", "温泉镇", (30.7310, 115.6950), 5,
  description="小区楼道、地面保洁，垃圾清运。",
  skills=["保洁", "打扫卫生"], ageMin=18, ageMax=60, wageMin=1900, wageMax=2300)
V("wq_parking", ENT, "英山县城投停车管理有限公司", "停车场管理员（门岗）", "温泉镇", (30.7370, 115.6880), 3,
  description="城区公共停车场门岗收费、看管车辆，坐岗亭，倒班。",
  skills=["门卫", "收费", "看管"], ageMin=18, ageMax=62, wageMin=2200, wageMax=2600)
V("wq_street_clean", WEL, "英山县城市管理执法局环卫所", "城区道路保洁员", "温泉镇", (30.7330, 115.6800), 10,
  description="负责城区主次干道清扫保洁，早班为主，公益性岗位，按规定缴纳社保。",
  skills=["保洁", "清扫"], ageMax=60, wageMin=1800, wageMax=1800, workMode="FULL_TIME")
V("wq_patrol", WEL, "温泉镇综治中心", "治安巡逻队员", "温泉镇", None, 4,
  description="夜间巡逻、协助维护社会治安，身体健康，公益性岗位。",
  skills=["巡逻", "治安"], ageMax=55, wageMin=2000, wageMax=2000)
V("wq_homecare", WEL, "温泉镇民政办", "居家养老服务员", "温泉镇", (30.7400, 115.6900), 4,
  description="上门为高龄、失能老人助餐、助洁、陪护聊天，时间可商量，公益性岗位。",
  skills=["养老服务", "家政", "照顾老人"], ageMin=30, ageMax=58, wageMin=1500, wageMax=1500, workMode="PART_TIME")
V("wq_library", WEL, "英山县图书馆", "阅览室管理员（残疾人公益性岗位）", "温泉镇", (30.7360, 115.6770), 2,
  description="图书整理上架、借还登记，坐班为主，馆内有无障碍通道和电梯。",
  skills=["图书管理", "电脑"], ageMin=18, ageMax=55, wageMin=1800, wageMax=1800, accessible=True,
  eligibleGroups=["DISABLED"])
V("wq_toilet", WEL, "温泉镇环卫站", "公厕管理员", "温泉镇", (30.7290, 115.6850), 2,
  description="城区公厕日常保洁、看管，活不重，适合腿脚不便或年纪稍大的困难人员。",
  skills=["保洁", "看管"], ageMax=60, wageMin=1500, wageMax=1500, accessible=True)
V("wq_ws_harness", WS, "温泉镇陶坊村就业帮扶车间", "电子线束加工", "温泉镇", (30.6900, 115.7150), 20,
  description="来料加工，剪线、压端子、套热缩管，计件，可带回家做，适合要带孩子、照顾老人的。",
  skills=["手工", "电子线束", "组装"], ageMax=65, wageMin=1500, wageMax=3000, workMode="PART_TIME", accessible=True)
V("wq_disabled_home", WS, "英山县残疾人之家", "辅助性就业（手工）", "温泉镇", (30.7440, 115.6830), 10,
  description="串珠、折纸盒、装袋等简单手工，有专人照看，按件发补贴，接送方便。",
  skills=["手工", "串珠", "装袋"], ageMin=18, ageMax=60, wageMin=800, wageMax=1500, workMode="FLEXIBLE",
  accessible=True, eligibleGroups=["DISABLED"])
V("wq_tea_pack", ENT, "湖北英山云雾茶业有限公司", "茶叶精制包装工", "温泉镇", (30.7160, 115.6620), 10,
  description="茶叶拣梗、分装、封口、装箱，坐着干，冬季也有活。",
  skills=["茶叶", "包装", "拣梗"], ageMin=18, ageMax=55, wageMin=2800, wageMax=3600)
V("wq_tea_live", ENT, "湖北英山云雾茶业有限公司", "电商运营（直播带货）", "温泉镇", (30.7160, 115.6620), 2,
  description="抖音、淘宝店铺运营，直播带货，会剪辑短视频的优先。",
  skills=["电商运营", "直播", "短视频剪辑"], ageMin=18, ageMax=35, wageMin=4000, wageMax=6500)
V("wq_ecom_cs", ENT, "英山县茶乡优品电子商务有限公司", "网店客服", "温泉镇", (30.7270, 115.6870), 6,
  description="县电商产业园内，淘宝、拼多多售前售后客服，会打字、会用电脑。",
  skills=["客服", "打字", "电脑"], ageMin=18, ageMax=35, wageMin=3200, wageMax=4200)
V("wq_live_base", ENT, "英山县大别山农特产品直播基地", "主播助理（场控）", "温泉镇", (30.7290, 115.6900), 3,
  description="配合主播上架商品、控场、回复评论，做过直播或短视频的优先，可学。",
  skills=["直播", "场控", "短视频"], ageMin=18, ageMax=35, wageMin=3500, wageMax=5500)
V("wq_sort", ENT, "英山县捷运快递分拨中心", "快递分拣员", "温泉镇", (30.7520, 115.7000), 6,
  description="县城东快递分拨中心，夜班分拣，扫码上架，能熬夜，身体好。",
  skills=["分拣", "扫码"], ageMin=18, ageMax=45, wageMin=3500, wageMax=4500)
V("wq_courier", ENT, "英山县速达快递分拨站", "乡镇快递派件员", "温泉镇", (30.7520, 115.7000), 4,
  description="开电动三轮或面包车往乡镇派件，须有C1驾照，熟悉乡镇道路优先。",
  skills=["驾驶", "C1驾照", "派件", "三轮车"], ageMin=20, ageMax=50, wageMin=4000, wageMax=6000)
V("wq_sort_tmp", ENT, "英山县速达快递分拨站", "双十一临时分拣工", "温泉镇", (30.7520, 115.7000), 10,
  description="双十一高峰临时分拣，做满二十天。",
  skills=["分拣"], ageMin=18, ageMax=50, wageMin=3000, wageMax=4000, workMode="PART_TIME", validUntil="2026-11-30")
V("wq_mixer", ENT, "英山县鑫达商砼有限公司", "搅拌车司机", "温泉镇", (30.7600, 115.7000), 3,
  description="混凝土搅拌车驾驶，持B2驾照，熟悉县内道路，多拉多得。",
  skills=["B2驾照", "货车驾驶", "搅拌车"], ageMin=25, ageMax=52, wageMin=6500, wageMax=9000)
V("wq_super", ENT, "英山县万家福购物广场", "理货员、收银员", "温泉镇", (30.7360, 115.6830), 6,
  description="超市理货、收银，两班倒，会用扫码枪，态度好。",
  skills=["收银", "理货", "导购"], ageMin=18, ageMax=45, wageMin=2600, wageMax=3200)
V("wq_nursery", ENT, "英山县温泉镇中心幼儿园", "保育员", "温泉镇", (30.7300, 115.6730), 2,
  description="协助老师照顾幼儿生活起居，有保育员证优先。",
  skills=["保育员", "带孩子"], ageMin=20, ageMax=45, wageMin=2500, wageMax=3200)
V("wq_teacher", ENT, "英山县星星幼儿园", "幼儿教师", "温泉镇", (30.7300, 115.6730), 1,
  description="学前教育专业，有幼儿园教师资格证。",
  skills=["学前教育", "幼师", "教师资格证"], ageMin=20, ageMax=35, wageMin=3000, wageMax=4000)
V("wq_daycare", ENT, "英山县童乐托育中心", "托育老师", "温泉镇", (30.7410, 115.6940), 2,
  description="0-3岁婴幼儿托育照护，学前教育、早教专业优先，会弹琴唱歌加分。",
  skills=["托育", "早教", "学前教育"], ageMin=18, ageMax=40, wageMin=2800, wageMax=3600)
V("wq_autorepair", ENT, "英山县顺安汽车维修服务中心", "汽修工（可收学徒）", "温泉镇", (30.7580, 115.6900), 3,
  description="小车保养、维修，汽修专业或学过修车的优先，学徒包教。",
  skills=["汽修", "汽车维修", "修车"], ageMin=18, ageMax=40, wageMin=3000, wageMax=6000)
V("wq_canteen_chef", ENT, "英山县中医医院", "食堂厨师", "温泉镇", (30.7390, 115.6790), 1,
  description="职工食堂大锅菜，早中两餐，有厨师证或饭店掌勺经验。",
  skills=["厨师", "厨师证", "大锅菜"], ageMin=25, ageMax=55, wageMin=4000, wageMax=5000)
V("wq_rest_chef", ENT, "英山县老街土菜馆", "炒锅厨师", "温泉镇", (30.7340, 115.6860), 1,
  description="本地土菜馆掌勺，会做英山吊锅、土菜，湘菜川菜都行。",
  skills=["厨师", "炒菜", "土菜"], ageMin=22, ageMax=55, wageMin=5000, wageMax=7000)
V("wq_account", ENT, "英山县诚信会计服务有限公司", "会计助理", "温泉镇", (30.7330, 115.6890), 1,
  description="代理记账公司，记账、报税辅助，会用财务软件，有初级会计证优先。",
  skills=["会计", "财务软件", "初级会计"], ageMin=20, ageMax=35, wageMin=3000, wageMax=4000)
V("wq_intern", ENT, "英山县人力资源服务中心", "就业见习（行政文员）", "温泉镇", (30.7370, 115.6800), 3,
  description="就业见习基地，见习期6个月，发见习补贴，限离校未就业高校毕业生。",
  skills=["办公软件", "文员"], ageMin=18, ageMax=30, wageMin=2200, wageMax=2200, eligibleGroups=["GRADUATE"],
  validUntil="2027-06-30")
V("wq_housekeep", FLEX, "温泉镇巧娘家政服务站", "家政钟点工", "温泉镇", None, 6,
  description="上门打扫卫生、做饭、擦玻璃，按小时计，时间自由。",
  skills=["家政", "保洁", "做饭"], ageMax=58, wageMin=2000, wageMax=4000, workMode="FLEXIBLE")
V("wq_rider", FLEX, "英山县骑士配送服务部（外卖站点）", "外卖骑手", "温泉镇", (30.7370, 115.6810), 10,
  description="县城送外卖，自备电动车，多劳多得，单量稳定。",
  skills=["电动车", "送外卖", "熟悉县城道路"], ageMin=18, ageMax=50, wageMin=4000, wageMax=7000, workMode="FLEXIBLE")
V("wq_tiler", FLEX, "温泉镇顺心装饰", "贴砖、刷墙师傅", "温泉镇", (30.7450, 115.6790), 3,
  description="家装贴瓷砖、刮腻子刷乳胶漆，按活计价。",
  skills=["贴砖", "瓷砖", "刷墙", "装修"], ageMax=60, wageMin=6000, wageMax=9000, workMode="FLEXIBLE")
V("wq_food_pack", ENT, "英山县大别山农特食品有限公司", "年货食品包装工", "温泉镇", (30.7000, 115.6600), 12,
  description="冬季招聘会岗位：腊肉、板鸭、茶乡鸡真空包装、装箱，年前用工高峰，招聘会当天截止报名。",
  skills=["包装", "食品加工"], ageMin=18, ageMax=55, wageMin=3000, wageMax=4000, validUntil="2026-12-01")

V("wq_formwork", ENT, "英山县城南建筑劳务有限公司", "木工（支模）", "温泉镇", (30.7050, 115.6760), 6,
  description="主体结构支模、拆模，要有工地经验，自带工具的优先。",
  skills=["木工", "支模", "模板"], ageMin=18, ageMax=58, wageMin=7500, wageMax=10000)
V("wq_post", ENT, "中国邮政集团有限公司英山县分公司", "乡邮投递员", "温泉镇", (30.7330, 115.6830), 2,
  description="县城至红山、金家铺、方家咀线路邮件快递投递，开电动三轮或面包车，C1驾照，缴五险。",
  skills=["投递", "派件", "C1驾照", "驾驶"], ageMin=20, ageMax=50, wageMin=3800, wageMax=5000)
V("wq_blind_massage", ENT, "英山县康和盲人按摩店", "按摩师", "温泉镇", (30.7310, 115.6820), 2,
  description="盲人按摩店招按摩师，持证视障人员优先，包住，店内无障碍。",
  skills=["按摩", "推拿", "盲人按摩"], ageMin=18, ageMax=55, wageMin=3000, wageMax=5500, accessible=True)

# ------------------------------------------------------------------ 红山镇
V("hs_tea_field", FLEX, "红山镇乌云山茶叶专业合作社", "茶园冬管零工", "红山镇", (30.7900, 115.5850), 15,
  description="冬季茶园修剪、施肥、除草、培土，按天结，年纪大点也要，能上山就行。",
  skills=["茶园管理", "修剪", "除草", "采茶"], ageMax=68, wageMin=2000, wageMax=3000, workMode="SEASONAL",
  validUntil="2027-02-28")
V("hs_tea_master", ENT, "英山县乌云山茶叶有限公司", "制茶师傅", "红山镇", (30.7850, 115.5950), 2,
  description="名优绿茶杀青、揉捻、理条、烘干，会手工炒茶优先，春茶前到岗培训。",
  skills=["制茶", "炒茶", "杀青"], ageMin=25, ageMax=60, wageMin=5000, wageMax=8000, validUntil="2027-04-30")
V("hs_clean", WEL, "乌云山村民委员会", "村保洁员", "红山镇", (30.7890, 115.5880), 2,
  description="村组道路、垃圾收集点保洁，每天半天，乡村公益性岗位。",
  skills=["保洁"], ageMax=62, wageMin=1000, wageMax=1000, workMode="PART_TIME")
V("hs_ws_sew", WS, "红山镇就业帮扶车间（童装加工）", "车位工", "红山镇", (30.7720, 115.6100), 12,
  description="童装来料加工，平车、包缝，会车的直接上手，不会的可以学。",
  skills=["缝纫", "平车", "包缝"], ageMax=58, wageMin=2500, wageMax=4500, workMode="FULL_TIME")
V("hs_road", WEL, "红山镇交通管理站", "护路员", "红山镇", None, 2,
  description="县乡道路日常巡查，清理落石、边沟杂物，乡村公益性岗位。",
  skills=["护路", "道路养护"], ageMax=60, wageMin=1200, wageMax=1200)
V("hs_inn", ENT, "红山镇乌云山茶旅山庄", "服务员、帮厨", "红山镇", (30.7920, 115.5830), 3,
  description="农家乐前厅服务、后厨帮工，周末节假日忙。",
  skills=["服务员", "帮厨"], ageMin=18, ageMax=55, wageMin=2400, wageMax=3000)

# ------------------------------------------------------------------ 金家铺镇
V("jj_steel_weld", ENT, "英山县金铺钢结构有限公司", "钢结构焊工", "金家铺镇", (30.8250, 115.7080), 3,
  description="钢结构厂房构件焊接，持焊工证，会看图下料更好。",
  skills=["电焊", "焊工证", "钢结构"], ageMin=20, ageMax=50, wageMin=6000, wageMax=8500)
V("jj_sew", ENT, "英山县金铺制衣厂", "缝纫工", "金家铺镇", (30.8350, 115.6950), 10,
  description="服装加工，平车熟练工，计件。",
  skills=["缝纫", "平车"], ageMin=18, ageMax=55, wageMin=3500, wageMax=6000)
V("jj_river", WEL, "金家铺镇水利站", "河道巡查员（西河）", "金家铺镇", (30.8400, 115.7050), 2,
  description="西河金家铺段日常巡河、清漂，发现问题用手机拍照上报，公益性岗位。",
  skills=["巡河", "河道巡查", "智能手机"], ageMax=62, wageMin=1200, wageMax=1200)
V("jj_clean", WEL, "金家铺镇环卫所", "集镇保洁员", "金家铺镇", (30.8290, 115.6990), 2,
  description="集镇街道清扫、垃圾桶清理，早上干，公益性岗位。",
  skills=["保洁", "清扫"], ageMax=60, wageMin=1200, wageMax=1200, workMode="PART_TIME")
V("jj_ws_elec", WS, "金家铺镇就业帮扶车间（电子元件）", "手工组装", "金家铺镇", (30.8260, 115.7080), 15,
  description="电子元件插件、装配，计件，可照顾家，有残疾人岗位。",
  skills=["电子组装", "插件", "手工"], ageMax=65, wageMin=1500, wageMax=2800, workMode="PART_TIME", accessible=True)
V("jj_herb_dig", FLEX, "金家铺镇百草中药材种植专业合作社", "苍术、桔梗采挖工", "金家铺镇", (30.8500, 115.6900), 20,
  description="冬季采挖苍术、桔梗，按天结150元，管中饭。",
  skills=["中药材", "采挖", "农活"], ageMax=65, wageMin=2400, wageMax=3600, workMode="SEASONAL", validUntil="2026-12-31")
V("jj_truck", ENT, "英山县金铺货运有限公司", "货车司机", "金家铺镇", (30.8280, 115.6960), 2,
  description="9.6米厢式货车跑武汉、合肥，持B2或A2驾照，驾龄三年以上。",
  skills=["货车驾驶", "B2驾照", "A2驾照"], ageMin=25, ageMax=55, wageMin=6000, wageMax=9000)
V("jj_canteen", ENT, "金家铺镇中心学校", "食堂帮厨", "金家铺镇", (30.8290, 115.6970), 2,
  description="学校食堂洗菜切菜、打饭、收拾，寒暑假放假。",
  skills=["帮厨", "洗菜切菜", "打饭"], ageMin=25, ageMax=55, wageMin=2200, wageMax=2800)

# ------------------------------------------------------------------ 孔家坊乡
V("kj_forest", WEL, "孔家坊乡林业站", "生态护林员", "孔家坊乡", (30.9150, 115.7350), 3,
  description="责任山林巡护、防火宣传，限脱贫户、监测户劳动力。",
  skills=["护林", "巡山"], ageMax=65, wageMin=1000, wageMax=1000, eligibleGroups=PA_MON)
V("kj_clean", WEL, "孔家坊乡环卫所", "村保洁员", "孔家坊乡", None, 3,
  description="村组道路、垃圾收集点保洁，每天半天，乡村公益性岗位。",
  skills=["保洁"], ageMax=62, wageMin=1000, wageMax=1000, workMode="PART_TIME")
V("kj_ws_silk", WS, "孔家坊乡丝绵加工帮扶车间", "蚕丝被手工", "孔家坊乡", (30.9000, 115.7160), 10,
  description="剥茧、拉丝绵、絮蚕丝被，坐着干，女工为主，养过蚕的上手快。",
  skills=["蚕茧", "丝绵", "手工"], ageMax=60, wageMin=2000, wageMax=3200, workMode="FULL_TIME")
V("kj_tea_pack", ENT, "英山县孔坊茶业有限公司", "茶叶包装工", "孔家坊乡", (30.9080, 115.7250), 5,
  description="茶叶称重、装袋、封口、装箱。",
  skills=["茶叶", "包装"], ageMin=18, ageMax=55, wageMin=2600, wageMax=3200)
V("kj_tea_field", FLEX, "孔家坊乡王家畈村茶叶专业合作社", "茶园冬管零工", "孔家坊乡", (30.8980, 115.7120), 10,
  description="茶园冬季修剪、施有机肥、除草，按天结。",
  skills=["茶园管理", "修剪", "施肥"], ageMax=70, wageMin=2000, wageMax=2800, workMode="SEASONAL", validUntil="2027-02-15")
V("kj_hc_clean", ENT, "英山县洁美保洁服务有限公司", "卫生院保洁员", "孔家坊乡", (30.9040, 115.7210), 1,
  description="孔家坊乡卫生院门诊、病房保洁。",
  skills=["保洁"], ageMin=18, ageMax=58, wageMin=1800, wageMax=2200)
V("kj_bnb", ENT, "孔家坊乡桃源里民宿", "民宿管家", "孔家坊乡", (30.9200, 115.7300), 2,
  description="民宿接待、客房整理、帮忙做饭，会用手机接单。",
  skills=["接待", "客房", "做饭"], ageMin=18, ageMax=45, wageMin=2600, wageMax=3500)
V("kj_jobinfo", WEL, "孔家坊乡社会保障服务中心", "村级就业信息员", "孔家坊乡", (30.9060, 115.7190), 1,
  description="协助村公共就业服务平台登记台账、录系统、电话回访，要会电脑，公益性岗位。",
  skills=["电脑", "Excel", "台账"], ageMin=18, ageMax=45, wageMin=1500, wageMax=1500)

# ------------------------------------------------------------------ 石头咀镇
V("st_fire", WEL, "石头咀镇应急管理办公室", "森林防火巡查员", "石头咀镇", (30.9850, 115.7050), 4,
  description="冬春防火期上山巡查、劝阻野外用火，公益性岗位。",
  skills=["护林", "防火", "巡山"], ageMax=65, wageMin=1200, wageMax=1200, workMode="SEASONAL", validUntil="2027-04-30")
V("st_forest", WEL, "石头咀镇林业站", "生态护林员", "石头咀镇", None, 3,
  description="责任山林巡护，限脱贫户、监测户劳动力。",
  skills=["护林", "巡山"], ageMax=65, wageMin=1000, wageMax=1000, eligibleGroups=PA_MON)
V("st_scenic_clean", ENT, "英山县大别山主峰旅游开发有限公司", "景区保洁员", "石头咀镇", (31.0200, 115.7350), 4,
  description="景区步道、游客中心保洁，包中餐，有班车。",
  skills=["保洁"], ageMin=18, ageMax=58, wageMin=2200, wageMax=2600)
V("st_guide", ENT, "英山县大别山主峰旅游开发有限公司", "讲解员、售票员", "石头咀镇", (31.0200, 115.7350), 2,
  description="普通话标准，旅游管理等专业优先，形象好。",
  skills=["讲解", "导游", "普通话"], ageMin=18, ageMax=35, wageMin=2800, wageMax=3600)
V("st_tea", ENT, "石头咀镇天堂高山茶厂", "制茶工（可带徒）", "石头咀镇", (30.9700, 115.6950), 3,
  description="高山云雾茶加工，会炒茶的优先，不会的老师傅带。",
  skills=["制茶", "炒茶"], ageMin=18, ageMax=55, wageMin=3500, wageMax=5500, validUntil="2027-05-31")
V("st_farmhouse", FLEX, "石头咀镇天堂村农家乐", "周末帮厨、服务员", "石头咀镇", (30.9780, 115.7020), 4,
  description="周末和节假日农家乐帮厨、端菜、洗碗，按天结。",
  skills=["帮厨", "服务员", "洗碗"], ageMax=60, wageMin=1500, wageMax=2500, workMode="PART_TIME")
V("st_bamboo", WS, "石头咀镇竹编帮扶车间", "竹编工", "石头咀镇", (30.9780, 115.7020), 8,
  description="竹篮、茶叶篓手工编织，老篾匠带徒弟，残疾人也能做，计件。",
  skills=["竹编", "篾匠", "手工"], ageMax=65, wageMin=1800, wageMax=3500, workMode="FLEXIBLE", accessible=True)

# ------------------------------------------------------------------ 杨柳湾镇
V("yl_tea_plant", ENT, "英山县河南畈茶叶加工厂", "茶叶生产线操作工", "杨柳湾镇", (30.8500, 115.8700), 6,
  description="自动化绿茶生产线看机、上料、烘干，包吃。",
  skills=["茶叶加工", "机械操作"], ageMin=18, ageMax=55, wageMin=3500, wageMax=4500)
V("yl_tea_field", FLEX, "杨柳湾镇河南畈村茶叶专业合作社", "茶园冬管零工", "杨柳湾镇", (30.8550, 115.8750), 20,
  description="茶园冬季修剪、施肥、锄草，按天结。",
  skills=["茶园管理", "修剪", "采茶"], ageMax=68, wageMin=2000, wageMax=3000, workMode="SEASONAL", validUntil="2027-02-28")
V("yl_cnc", ENT, "英山县恒远汽车零部件有限公司", "数控车床操作工", "杨柳湾镇", (30.8220, 115.8380), 3,
  description="汽车零部件数控加工，会调机、会看图纸，操机两年以上。",
  skills=["数控", "CNC", "车床"], ageMin=20, ageMax=45, wageMin=5000, wageMax=7000)
V("yl_assembly", ENT, "英山县恒远汽车零部件有限公司", "装配普工", "杨柳湾镇", (30.8220, 115.8380), 10,
  description="零部件装配、打包，流水线，两班倒，有厂车。",
  skills=["装配", "流水线"], ageMin=18, ageMax=50, wageMin=3800, wageMax=4600)
V("yl_weld", ENT, "英山县恒远汽车零部件有限公司", "电焊工", "杨柳湾镇", (30.8220, 115.8380), 2,
  description="支架类零件焊接，持焊工证，会氩弧焊优先。",
  skills=["电焊", "焊工证", "氩弧焊"], ageMin=20, ageMax=50, wageMin=6000, wageMax=8000)
V("yl_clean", WEL, "土门河村民委员会", "村保洁员", "杨柳湾镇", (30.8150, 115.8320), 4,
  description="村组道路、垃圾收集点保洁，每天半天，乡村公益性岗位。",
  skills=["保洁"], ageMax=62, wageMin=1000, wageMax=1000, workMode="PART_TIME")
V("yl_ws_glove", WS, "杨柳湾镇土门河村就业帮扶车间", "劳保手套缝制", "杨柳湾镇", (30.8150, 115.8300), 15,
  description="手套缝制、翻面、包装，计件，可半天班，有适合残疾人的岗位。",
  skills=["缝纫", "手工", "包装"], ageMax=60, wageMin=1800, wageMax=3500, workMode="PART_TIME", accessible=True)
V("yl_rebar", ENT, "湖北楚峰建设有限公司（杨柳集镇改造项目部）", "钢筋工", "杨柳湾镇", (30.8330, 115.8550), 6,
  description="集镇改造项目，钢筋下料、绑扎，按天计，包住。",
  skills=["钢筋", "钢筋工"], ageMin=20, ageMax=58, wageMin=7000, wageMax=9500, validUntil="2027-03-31")
V("yl_camellia", FLEX, "杨柳湾镇油茶专业合作社", "油茶果采摘", "杨柳湾镇", (30.8100, 115.8600), 15,
  description="霜降前后采摘油茶果，按斤计。",
  skills=["采摘", "农活"], ageMax=65, wageMin=2400, wageMax=3000, workMode="SEASONAL", validUntil="2026-11-20")

# ------------------------------------------------------------------ 雷家店镇
V("ld_mushroom", ENT, "英山县雷店香菇种植专业合作社", "食用菌大棚工", "雷家店镇", (30.9050, 115.8500), 8,
  description="香菇菌棒上架、注水、采菇、分级，活不重。",
  skills=["香菇", "大棚", "食用菌"], ageMin=18, ageMax=60, wageMin=2800, wageMax=3600)
V("ld_river", WEL, "雷家店镇水利站", "河道巡查员（东河）", "雷家店镇", (30.8980, 115.8620), 2,
  description="东河雷家店段巡河、清漂、上报，公益性岗位。",
  skills=["巡河", "河道巡查"], ageMax=62, wageMin=1200, wageMax=1200)
V("ld_road", WEL, "雷家店镇交通管理站", "护路员", "雷家店镇", None, 2,
  description="乡村公路巡查养护，公益性岗位。",
  skills=["护路", "道路养护"], ageMax=60, wageMin=1200, wageMax=1200)
V("ld_ws_bag", WS, "雷家店镇就业帮扶车间（箱包）", "箱包车工", "雷家店镇", (30.9020, 115.8570), 10,
  description="箱包来料加工，平车、高车，计件。",
  skills=["缝纫", "车工", "箱包"], ageMax=58, wageMin=2200, wageMax=4000, workMode="FULL_TIME")
V("ld_rural_chef", FLEX, "雷家店镇乡厨服务队", "红白喜事帮厨", "雷家店镇", None, 5,
  description="农村酒席帮厨、洗菜配菜、端菜，按场次结。",
  skills=["帮厨", "乡厨", "洗菜配菜"], ageMax=65, wageMin=2000, wageMax=3000, workMode="FLEXIBLE")
V("ld_nurse", ENT, "雷家店镇卫生院", "护士", "雷家店镇", (30.9010, 115.8590), 1,
  description="持护士执业资格证，门诊和住院护理。",
  skills=["护士", "护士资格证", "护理"], ageMin=20, ageMax=40, wageMin=3200, wageMax=4200)
V("ld_elder", ENT, "雷家店镇福利院", "护理员", "雷家店镇", (30.8950, 115.8650), 2,
  description="照顾院内特困供养老人起居、打扫，包吃住。",
  skills=["养老护理", "护工"], ageMin=30, ageMax=60, wageMin=2500, wageMax=3200)
V("ld_bridge_rebar", ENT, "英山县鄂东路桥工程有限公司", "钢筋工（桥梁）", "雷家店镇", (30.8880, 115.8550), 4,
  description="东河大桥项目，钢筋绑扎、焊接，按天计。",
  skills=["钢筋", "钢筋工"], ageMin=20, ageMax=55, wageMin=7000, wageMax=9000, validUntil="2027-05-31")

# ------------------------------------------------------------------ 草盘地镇
V("cp_tea_plant", ENT, "英山县毕昇茶业有限公司", "茶叶加工工", "草盘地镇", (30.9700, 115.9000), 4,
  description="茶叶加工、精制、包装，会炒茶的工资高。",
  skills=["茶叶加工", "制茶"], ageMin=18, ageMax=55, wageMin=3000, wageMax=4000)
V("cp_tea_field", FLEX, "草盘地镇茶场村茶叶专业合作社", "茶园冬管零工", "草盘地镇", (30.9850, 115.9150), 12,
  description="茶园冬季修剪、施肥，按天结。",
  skills=["茶园管理", "修剪"], ageMax=70, wageMin=2000, wageMax=2800, workMode="SEASONAL", validUntil="2027-02-28")
V("cp_forest", WEL, "草盘地镇林业站", "生态护林员", "草盘地镇", (30.9900, 115.9200), 2,
  description="责任山林巡护，限脱贫户、监测户劳动力。",
  skills=["护林", "巡山"], ageMax=65, wageMin=1000, wageMax=1000, eligibleGroups=PA_MON)
V("cp_clean", WEL, "草盘地镇环卫所", "村保洁员", "草盘地镇", (30.9720, 115.9020), 3,
  description="村组保洁，每天半天，乡村公益性岗位。",
  skills=["保洁"], ageMax=62, wageMin=1000, wageMax=1000, workMode="PART_TIME")
V("cp_ws_coil", WS, "草盘地镇就业帮扶车间（电子线圈）", "绕线组装工", "草盘地镇", (30.9680, 115.8970), 12,
  description="电子线圈绕线、组装，坐着干，计件，适合残疾人和带孩子的。",
  skills=["绕线", "电子组装", "手工"], ageMax=60, wageMin=1500, wageMax=3000, workMode="PART_TIME", accessible=True)
V("cp_guide", ENT, "草盘地镇毕昇故里文化旅游服务中心", "讲解员", "草盘地镇", (30.9800, 115.9100), 1,
  description="毕昇纪念园讲解、接待，普通话好。",
  skills=["讲解", "普通话"], ageMin=18, ageMax=35, wageMin=2500, wageMax=3200)
V("cp_mason", ENT, "英山县东河建筑工程有限公司", "瓦工", "草盘地镇", (30.9760, 115.9060), 3,
  description="安置房砌墙、抹灰，按天计。",
  skills=["瓦工", "砌墙", "抹灰"], ageMin=20, ageMax=58, wageMin=6500, wageMax=9000)
V("cp_delivery", ENT, "草盘地镇万顺商贸", "送货司机", "草盘地镇", (30.9740, 115.9030), 1,
  description="开面包车给各村小卖部送货，C1驾照。",
  skills=["驾驶", "C1驾照", "送货"], ageMin=22, ageMax=50, wageMin=4000, wageMax=5000)
V("cp_patrol", WEL, "草盘地镇综治中心", "治安巡逻、交通劝导员", "草盘地镇", (30.9740, 115.9040), 2,
  description="集镇交通劝导、夜间巡逻，优先安置退役军人、困难人员。",
  skills=["巡逻", "交通劝导"], ageMax=60, wageMin=1200, wageMax=1200,
  eligibleGroups=["VETERAN", "DIFFICULT", "POVERTY_ALLEVIATED"])

# ------------------------------------------------------------------ 陶家河乡
V("tj_forest", WEL, "陶家河乡林业站", "生态护林员", "陶家河乡", None, 3,
  description="责任山林巡护、防火，限脱贫户、监测户劳动力。",
  skills=["护林", "巡山"], ageMax=65, wageMin=1000, wageMax=1000, eligibleGroups=PA_MON)
V("tj_clean", WEL, "陶家河乡环卫所", "村保洁员", "陶家河乡", (31.0480, 115.9900), 2,
  description="村组保洁，乡村公益性岗位。",
  skills=["保洁"], ageMax=62, wageMin=1000, wageMax=1000, workMode="PART_TIME")
V("tj_ws_tea", WS, "陶家河乡茶叶分拣帮扶车间", "茶叶分拣工", "陶家河乡", (31.0430, 115.9820), 10,
  description="茶叶拣梗、分级、小包装，坐着干，计件，残疾人可以做。",
  skills=["茶叶", "分拣", "手工"], ageMax=65, wageMin=1500, wageMax=2500, workMode="PART_TIME", accessible=True)
V("tj_gastrodia", FLEX, "陶家河乡天麻种植基地", "天麻、茯苓种植零工", "陶家河乡", (31.0600, 116.0000), 8,
  description="冬栽天麻、翻窖、茯苓下窖，按天结。",
  skills=["天麻", "茯苓", "农活"], ageMax=65, wageMin=2400, wageMax=3000, workMode="SEASONAL", validUntil="2027-01-31")
V("tj_chef", ENT, "陶家河乡云峰山庄", "厨师", "陶家河乡", (31.0500, 115.9950), 1,
  description="山庄后厨掌勺，会做农家菜、吊锅。",
  skills=["厨师", "农家菜", "炒菜"], ageMin=25, ageMax=55, wageMin=4000, wageMax=5500)
V("tj_reservoir", WEL, "陶家河乡水利站", "水库管护员", "陶家河乡", (31.0350, 115.9700), 1,
  description="小型水库巡查、闸门看护、汛期值守，公益性岗位。",
  skills=["巡查", "水库管护"], ageMax=65, wageMin=1000, wageMax=1000)

# ------------------------------------------------------------------ 方家咀乡
V("fj_veg", ENT, "方家咀乡绿源蔬菜基地", "蔬菜种植工", "方家咀乡", (30.6500, 115.6000), 6,
  description="大棚蔬菜种植、采收、装筐，天天有活。",
  skills=["种菜", "大棚", "农活"], ageMin=18, ageMax=60, wageMin=2600, wageMax=3200)
V("fj_clean", WEL, "方家咀乡环卫所", "村保洁员", "方家咀乡", (30.6450, 115.6120), 3,
  description="村组保洁，乡村公益性岗位。",
  skills=["保洁"], ageMax=62, wageMin=1000, wageMax=1000, workMode="PART_TIME")
V("fj_eldercare", WEL, "方家咀乡民政办", "互助养老服务员", "方家咀乡", None, 2,
  description="村互助养老点给老人做饭、打扫、陪护，公益性岗位。",
  skills=["养老服务", "做饭", "照顾老人"], ageMin=30, ageMax=60, wageMin=1200, wageMax=1200, workMode="PART_TIME")
V("fj_ws_shoe", WS, "方家咀乡就业帮扶车间（鞋面加工）", "鞋面车工", "方家咀乡", (30.6480, 115.6060), 10,
  description="鞋面来料加工，高车缝制，计件。",
  skills=["缝纫", "车工", "鞋面"], wageMin=2500, wageMax=4500, workMode="FULL_TIME")
V("fj_forklift", ENT, "英山县方咀石材有限公司", "叉车司机", "方家咀乡", (30.6400, 115.6200), 1,
  description="石材厂叉车装卸，持叉车证。",
  skills=["叉车", "叉车证"], ageMin=20, ageMax=50, wageMin=4500, wageMax=5500)
V("fj_furniture", ENT, "英山县方咀实木家具厂", "家具木工", "方家咀乡", (30.6520, 115.6150), 2,
  description="实木家具开料、拼板、组装，听力残疾人员可用手势和纸笔沟通，车间无障碍。",
  skills=["木工", "家具"], ageMin=18, ageMax=58, wageMin=4000, wageMax=6000, accessible=True)
# ------------------------------------------------------------------ 南河镇
V("nh_ceramic", ENT, "英山县南河陶瓷有限公司", "陶坯成型工", "南河镇", (30.5700, 115.5800), 5,
  description="日用陶瓷注浆、修坯成型，做过陶瓷厂的优先。",
  skills=["陶瓷", "成型", "修坯"], ageMin=18, ageMax=50, wageMin=3500, wageMax=4500)
V("nh_clean", WEL, "南河镇环卫所", "村保洁员", "南河镇", (30.5780, 115.5720), 3,
  description="村组保洁，乡村公益性岗位。",
  skills=["保洁"], ageMax=62, wageMin=1000, wageMax=1000, workMode="PART_TIME")
V("nh_ws_rattan", WS, "南河镇就业帮扶车间（藤编）", "藤编手工", "南河镇", (30.5740, 115.5770), 10,
  description="藤编收纳篮、茶盘手工编织，计件，可领回家做。",
  skills=["编织", "藤编", "手工"], ageMax=65, wageMin=1500, wageMax=2800, workMode="PART_TIME", accessible=True)
V("nh_digger", ENT, "英山县南河矿业有限公司", "挖掘机司机", "南河镇", (30.5600, 115.5900), 2,
  description="矿区挖机作业，有挖掘机操作证，三年以上经验。",
  skills=["挖掘机", "挖机", "操作证"], ageMin=22, ageMax=50, wageMin=7000, wageMax=10000)
V("nh_casual", FLEX, "南河镇零工服务站", "建筑零工", "南河镇", (30.5750, 115.5750), 0,
  description="集镇建房零工，已招满。",
  skills=["小工"], ageMax=60, wageMin=3000, wageMax=4500, workMode="FLEXIBLE")

# ------------------------------------------------------------------ 有组织劳务输出（县外，地点为实际工作地）
V("out_dg_elec", ENT, "东莞长盈电子有限公司（英山县有组织劳务输出）", "电子厂普工", "长安镇", (22.8160, 113.8050), 50,
  description="县人社局有组织劳务输出，包吃住，统一大巴接送，脱贫劳动力可申请一次性交通补贴。",
  skills=["流水线", "电子装配"], ageMin=18, ageMax=45, wageMin=5000, wageMax=6500)
V("out_wh_weld", ENT, "武汉经开区汽车零部件企业（英山县劳务协作站）", "焊工", "沌口街道", (30.4970, 114.1680), 10,
  description="劳务协作岗位，汽车零部件焊接，持焊工证，包住，五险一金。",
  skills=["电焊", "焊工证", "二保焊"], ageMin=20, ageMax=50, wageMin=7000, wageMax=10000)
V("out_zl_sew", ENT, "湖州织里童装企业（英山县劳务协作站）", "平车工", "织里镇", (30.8300, 120.2600), 20,
  description="童装平车，计件，熟手月入七八千，包住。",
  skills=["平车", "缝纫", "童装"], ageMin=18, ageMax=50, wageMin=6000, wageMax=9000)
