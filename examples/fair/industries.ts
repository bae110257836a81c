/**
 * The fair's exhibit industries with typical HS 2022 products, certificates and keywords, for
 * the synthetic sample data. The six a China International SME Fair names are here and are
 * the biggest; the long tail of other industries is in industries-more.ts. Every code is
 * checked against the HS 2022 nomenclature by tests/examples/fair-tables.test.ts.
 */
import { MORE_INDUSTRIES } from './industries-more.js';

export interface Industry {
  key: string;
  name: string;
  /**
   * [HS code, English keyword, Chinese keyword], most common first: the generator picks
   * them with Zipf-like weights by position.
   */
  products: [string, string, string][];
  /** Certificates common in the industry, with the share of suppliers holding each. */
  certificates: [string, number][];
  /** Relative weight among the fair's suppliers and buyers (skewed, as real fairs are). */
  share: number;
}

export const FAIR_INDUSTRIES: Industry[] = [
  {
    key: 'intelligent-manufacturing',
    name: 'Intelligent manufacturing and AI',
    share: 13,
    products: [
      ['847950', 'industrial robot', '工业机器人'],
      ['847989', 'automated assembly machine', '自动化装配设备'],
      ['850152', 'servo motor', '伺服电机'],
      ['903289', 'automatic controller', '自动控制器'],
      ['845611', 'laser cutting machine', '激光切割机'],
      ['845710', 'machining centre', '加工中心'],
      ['853710', 'control panel', '控制柜'],
      ['903180', 'machine vision inspection', '机器视觉检测'],
      ['848340', 'gear reducer', '减速机'],
      ['842833', 'belt conveyor', '带式输送机'],
      ['842831', 'mining conveyor', '矿用输送机'],
      ['847150', 'industrial computer', '工控机'],
      ['848210', 'ball bearing', '滚珠轴承'],
      ['851580', 'laser welding machine', '激光焊接机'],
      ['880622', 'industrial drone', '工业无人机'],
    ],
    certificates: [['ISO9001', 0.75], ['CE', 0.45], ['ISO14001', 0.25], ['RoHS', 0.15], ['UL', 0.12], ['ISO45001', 0.1]],
  },
  {
    key: 'electronics',
    name: 'Electronic information',
    share: 11,
    products: [
      ['853400', 'printed circuit board', '印制电路板'],
      ['851762', 'network switch', '交换机'],
      ['854231', 'processor chip', '处理器芯片'],
      ['851713', 'smartphone', '智能手机'],
      ['854442', 'data cable', '数据线'],
      ['853669', 'connector', '连接器'],
      ['854141', 'LED', '发光二极管'],
      ['847130', 'laptop', '笔记本电脑'],
      ['852589', 'camera module', '摄像模组'],
      ['851830', 'headphones', '耳机'],
      ['852852', 'monitor', '显示器'],
      ['854232', 'memory chip', '存储芯片'],
      ['847170', 'solid-state drive', '固态硬盘'],
      ['903149', 'optical sensor', '光学传感器'],
      ['852872', 'television set', '电视机'],
    ],
    certificates: [['ISO9001', 0.7], ['CE', 0.55], ['RoHS', 0.5], ['FCC', 0.3], ['ISO14001', 0.3], ['UL', 0.2], ['REACH', 0.2]],
  },
  {
    key: 'equipment',
    name: 'Equipment manufacturing',
    share: 9,
    products: [
      ['848180', 'industrial valve', '工业阀门'],
      ['841370', 'centrifugal pump', '离心泵'],
      ['850440', 'static converter', '变流器'],
      ['843149', 'machinery parts', '机械零部件'],
      ['841480', 'air compressor', '空气压缩机'],
      ['850211', 'diesel generator set', '柴油发电机组'],
      ['842959', 'excavator', '挖掘机'],
      ['841950', 'heat exchanger', '热交换器'],
      ['848310', 'transmission shaft', '传动轴'],
      ['847420', 'crusher', '破碎机'],
      ['842620', 'tower crane', '塔式起重机'],
      ['843351', 'combine harvester', '联合收割机'],
      ['850410', 'ballast', '镇流器'],
      ['730890', 'steel structure', '钢结构'],
    ],
    certificates: [['ISO9001', 0.8], ['CE', 0.5], ['ISO14001', 0.3], ['ISO45001', 0.2], ['UL', 0.12], ['API', 0.05]],
  },
  {
    key: 'food',
    name: 'Food and agricultural products',
    share: 8,
    products: [
      ['090210', 'green tea', '绿茶'],
      ['190531', 'biscuits', '饼干'],
      ['200811', 'roasted peanuts', '烤花生'],
      ['170490', 'confectionery', '糖果'],
      ['210390', 'sauce', '调味酱'],
      ['190230', 'instant noodles', '方便面'],
      ['220210', 'soft drink', '饮料'],
      ['081340', 'dried fruit', '果干'],
      ['160414', 'canned tuna', '金枪鱼罐头'],
      ['090111', 'coffee beans', '咖啡豆'],
      ['030617', 'frozen shrimp', '冻虾'],
      ['100630', 'rice', '大米'],
      ['200989', 'fruit juice', '果汁'],
      ['070320', 'garlic', '大蒜'],
      ['040900', 'honey', '蜂蜜'],
      ['090240', 'black tea', '红茶'],
      ['180632', 'chocolate', '巧克力'],
      ['080131', 'cashew nuts', '腰果'],
      ['151110', 'palm oil', '棕榈油'],
      ['120740', 'sesame seeds', '芝麻'],
      ['220421', 'wine', '葡萄酒'],
      ['091011', 'ginger', '生姜'],
    ],
    certificates: [['HACCP', 0.55], ['ISO22000', 0.4], ['ISO9001', 0.35], ['HALAL', 0.2], ['FDA', 0.15], ['BRCGS', 0.1], ['KOSHER', 0.05]],
  },
  {
    key: 'biomedicine',
    name: 'Biomedicine',
    share: 6.5,
    products: [
      ['901890', 'medical instrument', '医疗器械'],
      ['300490', 'medicament', '药品'],
      ['630790', 'medical mask', '医用口罩'],
      ['401512', 'medical gloves', '医用手套'],
      ['901831', 'syringe', '注射器'],
      ['382219', 'diagnostic reagent', '诊断试剂'],
      ['901839', 'catheter', '导管'],
      ['901819', 'patient monitor', '监护仪'],
      ['293629', 'vitamins', '维生素'],
      ['130219', 'plant extract', '植物提取物'],
      ['121190', 'herbal medicine', '中药材'],
      ['300215', 'immunological product', '免疫制品'],
      ['294190', 'antibiotic', '抗生素'],
      ['300650', 'first-aid kit', '急救包'],
      ['902139', 'prosthesis', '假体'],
      ['902214', 'X-ray machine', 'X光机'],
    ],
    certificates: [['ISO9001', 0.6], ['ISO13485', 0.55], ['GMP', 0.5], ['CE', 0.35], ['FDA', 0.2]],
  },
  {
    key: 'home',
    name: 'Smart home and building materials',
    share: 5.5,
    products: [
      ['940542', 'LED luminaire', 'LED灯具'],
      ['851660', 'electric oven', '电烤箱'],
      ['690721', 'ceramic tile', '瓷砖'],
      ['841810', 'refrigerator', '冰箱'],
      ['850940', 'food processor', '料理机'],
      ['845011', 'washing machine', '洗衣机'],
      ['841510', 'air conditioner', '空调'],
      ['850811', 'robot vacuum cleaner', '扫地机器人'],
      ['851650', 'microwave oven', '微波炉'],
      ['853110', 'security alarm', '安防报警器'],
      ['940360', 'wooden furniture', '实木家具'],
      ['940171', 'upholstered seat', '软体座椅'],
      ['691010', 'ceramic sanitary ware', '陶瓷洁具'],
      ['761010', 'aluminium window', '铝合金门窗'],
      ['391810', 'PVC flooring', '塑料地板'],
      ['441875', 'engineered wood flooring', '复合地板'],
      ['700800', 'insulating glass', '中空玻璃'],
      ['320910', 'paint', '涂料'],
      ['680221', 'marble', '大理石'],
      ['732410', 'stainless steel sink', '不锈钢水槽'],
      ['252329', 'cement', '水泥'],
    ],
    certificates: [['ISO9001', 0.65], ['CE', 0.5], ['ISO14001', 0.25], ['CCC', 0.2], ['UL', 0.15], ['FSC', 0.1]],
  },
];

/** All industries, the fair's six first. */
export const INDUSTRIES: Industry[] = [...FAIR_INDUSTRIES, ...MORE_INDUSTRIES];
