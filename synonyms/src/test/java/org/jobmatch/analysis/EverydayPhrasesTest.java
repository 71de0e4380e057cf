package org.jobmatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What villagers say about their work reaches the standard job and its family (bundled dictionaries). */
class EverydayPhrasesTest {

  private final JobTextAnalyzer analyzer = JobTextAnalyzer.fromClasspath();

  @ParameterizedTest(name = "{0} -> {1} in {2}")
  @CsvSource(delimiter = '|', value = {
      // farm and animal work
      "在鸡场喂鸡 | 家禽饲养员 | 畜禽饲养", "捡过鸡蛋 | 家禽饲养员 | 畜禽饲养", "养过几年猪 | 家畜饲养员 | 畜禽饲养",
      "放了十来年羊 | 家畜饲养员 | 畜禽饲养", "在养猪场干过 | 家畜饲养员 | 畜禽饲养",
      "种过几年大棚 | 农业工人 | 农业种植", "插了几年秧 | 农业工人 | 农业种植", "打过农药 | 农业工人 | 农业种植",
      "种了十亩地 | 农业工人 | 农业种植", "摘过果子 | 采摘工 | 农业种植",
      // mountain counties: tea, medicinal herbs, silk
      "家里有几亩茶园 | 茶园工 | 农业种植", "种了几十年茶 | 茶园工 | 农业种植", "挖过天麻 | 中药材种植工 | 农业种植",
      "种苍术桔梗 | 中药材种植工 | 农业种植", "养了二十多年蚕 | 农业工人 | 农业种植",
      "采茶炒茶都会 | 制茶工 | 食品加工制作", "会漏粉条 | 粉条加工工 | 食品加工制作",
      "剥茧、拉丝绵都会 | 丝绵加工工 | 纺织服装",
      // fishing
      "打了三十年鱼 | 渔民 | 渔业生产", "捕了一辈子鱼 | 渔民 | 渔业生产", "会补网 | 渔网编织工 | 渔业生产",
      "在蟹塘干过 | 水产养殖工 | 渔业生产",
      // shop and market work
      "站过柜台 | 营业员 | 商品销售", "看了几年店 | 营业员 | 商品销售", "做过导购 | 营业员 | 商品销售",
      "摆过摊卖水果 | 营业员 | 商品销售", "在超市卖过货 | 销售员 | 商品销售", "在超市干过收银 | 收银员 | 商品销售",
      "理过货 | 理货员 | 商品销售",
      // driving and logistics
      "开了十年大货车 | 货车司机 | 道路运输", "开了十年车 | 驾驶员 | 道路运输", "开过出租车 | 网约车司机 | 道路运输",
      "跑过快递 | 快递员 | 道路运输", "送了两年外卖 | 外卖员 | 道路运输", "扛过几年包 | 装卸工 | 仓储装卸",
      // construction, factory, welding, textile
      "在工地和过水泥 | 建筑工人 | 建筑施工", "在电子厂做过插件 | 装配工 | 生产制造",
      "在家具厂干过五年封边 | 家具制作工 | 家具制作", "干了五六年电焊 | 焊工 | 焊接钣金", "船厂里打磨除锈 | 打磨工 | 焊接钣金", "在服装厂做过车位 | 缝纫工 | 纺织服装",
      // cleaning, care, kitchen
      "做过两年保洁 | 保洁员 | 保洁环卫", "在宾馆洗过床单 | 洗衣工 | 保洁环卫", "看了十年大门 | 门卫 | 安全保卫",
      "伺候过病人 | 医疗护理员 | 养老护理", "在家伺候过瘫痪的婆婆 | 养老护理员 | 养老护理",
      "会炒农家菜 | 厨师 | 餐饮服务", "身体好，力气大 | 装卸工 | 仓储装卸", "干过代驾 | 驾驶员 | 道路运输", "帮人家带过两个小孩 | 育婴员 | 家政育婴", "烧过酒席 | 厨师 | 餐饮服务",
      "在食堂打过饭 | 帮厨 | 餐饮服务", "会蒸点心 | 中式面点师 | 餐饮服务",
      // massage and tiling
      "持保健按摩证 | 保健按摩师 | 保健按摩", "在盲人按摩店干过 | 保健按摩师 | 保健按摩", "做过足疗 | 保健按摩师 | 保健按摩",
      "瓷砖铺贴师傅 | 瓦工 | 建筑施工",
      // graduates' drafting and design, after-school care, care of the disabled, cold stores, e-commerce warehouses
      "会CAD、SolidWorks | 制图员 | 工程设计", "机械设计制造及其自动化专业 | 机械设计员 | 工程设计",
      "Tekla、CAD出图 | 制图员 | 工程设计", "服装设计专业，会PS | 美工 | 设计美工", "床品花型设计 | 美工 | 设计美工",
      "课后托管老师 | 保育员 | 家政育婴", "小学生放学托管、辅导作业 | 教师 | 教育辅导",
      "协助照看残疾人日间托养 | 助残员 | 养老护理", "冷库里分拣冻品、水产 | 水产品加工工 | 食品加工制作",
      "冷库里分拣冻品、水产 | 分拣员 | 仓储装卸", "打包发货员 | 发货员 | 仓储装卸", "打包发货员 | 包装工 | 生产制造",
      // a dry valley's winter: beans and konjac, seedlings, bamboo baskets; a site canteen's cook; escorts, nurses, guides
      "农忙时帮人家摘豆 | 采摘工 | 农业种植", "挖魔芋切魔芋都做过 | 食品加工工 | 食品加工制作",
      "嫁接番茄苗嫁接了三年 | 育苗嫁接工 | 农业种植", "会编竹篮子、簸箕 | 竹编工 | 手工制作",
      "在工地食堂做过五年大锅菜 | 厨师 | 餐饮服务", "保安、押运 | 押运员 | 安全保卫",
      "护理专业毕业，护士资格考试过了 | 护士 | 养老护理", "中专学旅游 | 讲解员 | 文旅服务",
      "拣豆、装袋 | 分拣员 | 仓储装卸",
      // embroidery and needlework of every county
      "会做针线活、会一点彝绣 | 手工活 | 手工制作", "苗绣、纳鞋垫 | 手工活 | 手工制作"})
  void everydayPhraseReachesItsJobAndFamily(String text, String concept, String family) {
    AnalyzedText analyzed = analyzer.analyze(text);
    assertThat(analyzed.concepts()).contains(concept);
    assertThat(analyzed.families()).contains(family);
  }

  @ParameterizedTest
  @CsvSource({"在家带孙子", "一直在家带两个孩子，现在孙子上学了", "后头回来带孙子，眼睛还好使", "离婚了一个人带娃",
      "在家领两个娃娃，只想做半天", "计件，可带孩子", "早8点到下午3点，方便接送小孩", "可带活回家，照顾老人孩子两不误"})
  void lookingAfterAFamilyAtHomeIsACircumstanceNotChildcare(String text) {
    assertThat(analyzer.analyze(text).concepts()).contains("顾家").doesNotContain("育婴员", "养老护理员");
  }

  @Test
  void aGarmentFactorysLatheOperatorSews() {
    assertThat(analyzer.analyze("服装车工（熟手）").concepts()).contains("缝纫工").doesNotContain("数控操作工");
    assertThat(analyzer.analyze("童装车缝，会平车").concepts()).contains("缝纫工").doesNotContain("装卸工");
    assertThat(analyzer.analyze("家纺车工").concepts()).contains("缝纫工", "家纺工").doesNotContain("数控操作工");
    assertThat(analyzer.analyze("车工，会开车床").concepts()).contains("数控操作工");
  }

  @Test
  void aCookFindsTheWholeKitchenAndADriverTheDeliveryPosts() {
    OccupationTaxonomy taxonomy = analyzer.taxonomy();
    String cook = analyzer.analyze("在饭店烧了十年菜").families().iterator().next();
    assertThat(taxonomy.membersOf(cook)).contains("厨师", "中式面点师", "帮厨");
    String driver = analyzer.analyze("开过大货车，有A2驾照").families().iterator().next();
    assertThat(taxonomy.membersOf(driver)).contains("快递员", "配送员");
    String factoryHand = analyzer.analyze("在厂里上班，做过普工").families().iterator().next();
    assertThat(taxonomy.membersOf(factoryHand)).contains("装配工", "流水线工人");
  }

  @Test
  void aDesignatedDriverNeedsADrivingLicenceNotARideHailingPermit() {
    assertThat(analyzer.analyze("代驾司机").concepts()).contains("驾驶员").doesNotContain("网约车司机");
  }

  @Test
  void severalTradesGiveTheirFamiliesInTextOrder() {
    assertThat(analyzer.analyze("种地，养过羊，冬天在工地搬砖").families())
        .containsExactly("农业种植", "畜禽饲养", "建筑施工");
  }

  @Test
  void aSiteLabourerIsNotAFactoryHandAndOddJobsAreNoTrade() {
    assertThat(analyzer.analyze("工地小工").concepts()).contains("建筑工人").doesNotContain("普工");
    assertThat(analyzer.analyze("杂工/小工（搬砖、和灰）").concepts()).doesNotContain("普工");
    assertThat(analyzer.analyze("在馆子里洗过碗、打过杂").concepts()).contains("洗碗工", "无技能").doesNotContain("普工");
  }

  @Test
  void aSiteCanteenCookIsACookNotABuilder() {
    assertThat(analyzer.analyze("在工地食堂做过五年大锅菜").concepts()).contains("厨师").doesNotContain("建筑工人");
    assertThat(analyzer.analyze("工地食堂大锅菜师傅（包住）").concepts()).contains("厨师").doesNotContain("建筑工人");
  }

  @Test
  void aSolarInstallerIsNearTheElectricianAndCleaningPanelsIsCleaning() {
    assertThat(analyzer.analyze("在外省光伏工地装过板子").concepts()).contains("光伏运维工").doesNotContain("建筑工人");
    assertThat(analyzer.analyze("在外省光伏工地装过板子").families()).containsExactly("设备维修");
    assertThat(analyzer.analyze("光伏板清洗工（旱季，按片计）").concepts()).contains("保洁员").doesNotContain("光伏运维工");
  }

  @Test
  void bookkeepingIsATradeOfItsOwnNotOfficeWork() {
    OccupationTaxonomy taxonomy = analyzer.taxonomy();
    assertThat(taxonomy.familiesOf(Set.of("会计"))).containsExactly("财务会计");
    assertThat(taxonomy.membersOf(analyzer.analyze("会电脑打字").families().iterator().next())).doesNotContain("会计");
  }
}
