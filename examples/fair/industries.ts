/**
 * The fair's exhibit industries for the synthetic sample data. Each industry is split into
 * product lines — the unit a real firm works in: a tea garden, a lithium battery plant, a sofa
 * factory — with the ISIC class of the activity, typical HS 2022 products, the trade words
 * firms write and the word their names are built from. One firm, one line: its name, keywords,
 * description and products all come from it. The six industries a China International SME
 * Fair names are here and are the biggest; the long tail is in industries-more.ts and
 * industries-consumer.ts. Every code is checked against HS 2022 / ISIC Rev.4 by
 * tests/examples/fair-tables.test.ts.
 */
import { CONSUMER_INDUSTRIES } from './industries-consumer.js';
import { MORE_INDUSTRIES } from './industries-more.js';

/** [HS 2022 subheading, English name, Chinese name]. */
export type Product = [hs: string, en: string, zh: string];
/** [English, Chinese]. */
export type Words = [en: string, zh: string];

export interface ProductLine {
  key: string;
  /** What firms of the line are named after, e.g. ['Lithium Battery', '锂电']. */
  trade: Words;
  /** ISIC Rev.4 class of the activity: what an exhibitor that gives only activity codes declares. */
  isic: string;
  /** Farms and plantations: they grow (and process) rather than manufacture. */
  grows?: boolean;
  /** Most common first: the generator picks them with Zipf-like weights by position. */
  products: Product[];
  /** Trade words other than the product names, as exhibitors and buyers write them. */
  terms: Words[];
  /** Chinese places known for the line (industrial clusters); half its Chinese firms are there. */
  clusters?: Words[];
  /** The only countries whose firms work in the line (tea is grown where tea grows); absent: any. */
  origins?: string[];
}

export interface Industry {
  key: string;
  name: string;
  /** Most common first (Zipf-like weights by position, as products). */
  lines: ProductLine[];
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
    lines: [
      {
        key: 'robotics',
        trade: ['Robotics', '机器人'],
        isic: '2829',
        products: [
          ['847950', 'industrial robot', '工业机器人'],
          ['847989', 'automated assembly line', '自动化生产线'],
          ['903180', 'machine vision inspection system', '机器视觉检测设备'],
          ['851580', 'welding robot', '焊接机器人'],
        ],
        terms: [
          ['robot arm', '机械臂'],
          ['collaborative robot', '协作机器人'],
          ['factory automation', '工厂自动化'],
        ],
        clusters: [
          ['Shenzhen', '深圳'],
          ['Suzhou', '苏州'],
          ['Shenyang', '沈阳'],
        ],
      },
      {
        key: 'motion-control',
        trade: ['Automation', '自动化'],
        isic: '2710',
        products: [
          ['850152', 'servo motor', '伺服电机'],
          ['853710', 'PLC control cabinet', 'PLC控制柜'],
          ['903289', 'automatic controller', '自动控制器'],
          ['850440', 'frequency inverter', '变频器'],
          ['850131', 'stepper motor', '步进电机'],
        ],
        terms: [
          ['servo drive', '伺服驱动器'],
          ['motion control', '运动控制'],
          ['PLC', '可编程控制器'],
        ],
      },
      {
        key: 'machine-tools',
        trade: ['CNC Machinery', '数控机床'],
        isic: '2822',
        products: [
          ['845611', 'fiber laser cutting machine', '光纤激光切割机'],
          ['845710', 'CNC machining centre', '数控加工中心'],
          ['845811', 'CNC lathe', '数控车床'],
          ['846222', 'press brake', '折弯机'],
        ],
        terms: [
          ['CNC machine tool', '数控机床'],
          ['laser cutter', '激光切割'],
          ['metalworking machinery', '金属加工机床'],
        ],
        clusters: [
          ['Jinan', '济南'],
          ['Ningbo', '宁波'],
          ['Dalian', '大连'],
        ],
      },
      {
        key: 'drones',
        trade: ['Drone', '无人机'],
        isic: '3030',
        products: [
          ['880622', 'drone', '无人机'],
          ['880623', 'agricultural spraying drone', '植保无人机'],
          ['880624', 'heavy-lift drone', '大载重无人机'],
          ['880730', 'drone parts', '无人机配件'],
        ],
        terms: [
          ['UAV', '无人驾驶航空器'],
          ['aerial photography', '航拍'],
          ['flight controller', '飞控'],
        ],
        clusters: [['Shenzhen', '深圳']],
      },
      {
        key: 'bearings',
        trade: ['Bearing', '轴承'],
        isic: '2814',
        products: [
          ['848210', 'ball bearing', '深沟球轴承'],
          ['848220', 'tapered roller bearing', '圆锥滚子轴承'],
          ['848340', 'gear reducer', '减速机'],
          ['848360', 'shaft coupling', '联轴器'],
          ['848310', 'transmission shaft', '传动轴'],
        ],
        terms: [
          ['bearings', '轴承'],
          ['power transmission', '传动件'],
          ['gearbox', '齿轮箱'],
        ],
        clusters: [
          ['Liaocheng', '聊城'],
          ['Wafangdian', '瓦房店'],
          ['Changzhou', '常州'],
        ],
      },
      {
        key: 'conveying',
        trade: ['Conveyor', '输送设备'],
        isic: '2816',
        products: [
          ['842833', 'belt conveyor', '带式输送机'],
          ['842839', 'roller conveyor', '辊道输送机'],
          ['842710', 'electric forklift', '电动叉车'],
          ['842831', 'underground mining conveyor', '矿用输送机'],
        ],
        terms: [
          ['material handling', '物料搬运'],
          ['conveyor system', '输送系统'],
          ['logistics equipment', '物流设备'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.75],
      ['CE', 0.45],
      ['ISO14001', 0.25],
      ['RoHS', 0.15],
      ['UL', 0.12],
      ['ISO45001', 0.1],
      ['IATF16949', 0.06],
    ],
  },
  {
    key: 'electronics',
    name: 'Electronic information',
    share: 11,
    lines: [
      {
        key: 'pcb',
        trade: ['Circuit', '电路'],
        isic: '2610',
        products: [
          ['853400', 'printed circuit board', '印制电路板'],
          ['853669', 'connector', '连接器'],
          ['853690', 'terminal block', '接线端子'],
        ],
        terms: [
          ['PCB', '线路板'],
          ['PCB assembly', 'PCBA贴片'],
          ['SMT', 'SMT贴片'],
        ],
        clusters: [
          ['Shenzhen', '深圳'],
          ['Huizhou', '惠州'],
          ['Kunshan', '昆山'],
        ],
      },
      {
        key: 'semiconductors',
        trade: ['Semiconductor', '半导体'],
        isic: '2610',
        products: [
          ['854231', 'microcontroller chip', '单片机芯片'],
          ['854232', 'memory chip', '存储芯片'],
          ['854239', 'integrated circuit', '集成电路'],
          ['854110', 'diode', '二极管'],
          ['854129', 'power transistor', '功率晶体管'],
        ],
        terms: [
          ['chip', '芯片'],
          ['IC', 'IC芯片'],
          ['semiconductor device', '半导体器件'],
        ],
        clusters: [
          ['Wuxi', '无锡'],
          ['Shanghai', '上海'],
          ['Hefei', '合肥'],
        ],
      },
      {
        key: 'cables',
        trade: ['Cable', '线缆'],
        isic: '2732',
        products: [
          ['854442', 'data cable', '数据线'],
          ['854470', 'optical fibre cable', '光缆'],
          ['854449', 'electric wire', '电线'],
          ['854420', 'coaxial cable', '同轴电缆'],
        ],
        terms: [
          ['USB cable', 'USB线'],
          ['wire harness', '线束'],
          ['power cord', '电源线'],
        ],
      },
      {
        key: 'communication',
        trade: ['Communication', '通信'],
        isic: '2630',
        products: [
          ['851762', 'network switch', '交换机'],
          ['851713', 'smartphone', '智能手机'],
          ['851771', 'antenna', '天线'],
        ],
        terms: [
          ['router', '路由器'],
          ['5G module', '5G模组'],
          ['telecom equipment', '通信设备'],
        ],
      },
      {
        key: 'computers',
        trade: ['Computer', '电脑'],
        isic: '2620',
        products: [
          ['847130', 'laptop', '笔记本电脑'],
          ['852852', 'computer monitor', '显示器'],
          ['847170', 'solid-state drive', '固态硬盘'],
          ['847160', 'keyboard', '键盘'],
          ['847150', 'industrial computer', '工控机'],
        ],
        terms: [
          ['notebook computer', '手提电脑'],
          ['mini PC', '迷你主机'],
          ['computer peripherals', '电脑周边'],
        ],
      },
      {
        key: 'audio',
        trade: ['Audio', '音响'],
        isic: '2640',
        products: [
          ['851830', 'headphones', '耳机'],
          ['851822', 'bluetooth speaker', '蓝牙音箱'],
          ['852872', 'television set', '电视机'],
          ['851850', 'audio amplifier', '功放'],
        ],
        terms: [
          ['earbuds', '蓝牙耳机'],
          ['consumer electronics', '消费电子'],
          ['smart TV', '智能电视'],
        ],
        clusters: [
          ['Shenzhen', '深圳'],
          ['Dongguan', '东莞'],
          ['Huizhou', '惠州'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.7],
      ['CE', 0.55],
      ['RoHS', 0.5],
      ['FCC', 0.3],
      ['ISO14001', 0.3],
      ['UL', 0.2],
      ['REACH', 0.2],
    ],
  },
  {
    key: 'equipment',
    name: 'Equipment manufacturing',
    share: 9,
    lines: [
      {
        key: 'valves',
        trade: ['Valve', '阀门'],
        isic: '2813',
        products: [
          ['848180', 'industrial valve', '工业阀门'],
          ['848140', 'safety valve', '安全阀'],
          ['848120', 'hydraulic valve', '液压阀'],
          ['848130', 'check valve', '止回阀'],
          ['848110', 'pressure reducing valve', '减压阀'],
        ],
        terms: [
          ['ball valve', '球阀'],
          ['gate valve', '闸阀'],
          ['butterfly valve', '蝶阀'],
        ],
        clusters: [
          ['Wenzhou', '温州'],
          ['Tianjin', '天津'],
        ],
      },
      {
        key: 'pumps',
        trade: ['Pump', '泵业'],
        isic: '2813',
        products: [
          ['841370', 'centrifugal pump', '离心泵'],
          ['841360', 'gear pump', '齿轮泵'],
          ['841350', 'diaphragm pump', '隔膜泵'],
          ['841391', 'pump parts', '泵配件'],
        ],
        terms: [
          ['water pump', '水泵'],
          ['submersible pump', '潜水泵'],
          ['industrial pump', '工业泵'],
        ],
        clusters: [
          ['Taizhou', '台州'],
          ['Shanghai', '上海'],
        ],
      },
      {
        key: 'compressors',
        trade: ['Compressor', '压缩机'],
        isic: '2813',
        products: [
          ['841480', 'air compressor', '空气压缩机'],
          ['841430', 'refrigeration compressor', '制冷压缩机'],
          ['841440', 'portable air compressor', '移动式空压机'],
        ],
        terms: [
          ['screw compressor', '螺杆空压机'],
          ['compressed air', '压缩空气'],
          ['air compressor parts', '空压机配件'],
        ],
      },
      {
        key: 'power-equipment',
        trade: ['Power Equipment', '电力设备'],
        isic: '2710',
        products: [
          ['850211', 'diesel generator set', '柴油发电机组'],
          ['850220', 'gas generator set', '燃气发电机组'],
          ['850421', 'power transformer', '电力变压器'],
          ['850434', 'dry-type transformer', '干式变压器'],
        ],
        terms: [
          ['genset', '发电机组'],
          ['transformer', '变压器'],
          ['power generation', '发电设备'],
        ],
      },
      {
        key: 'construction-machinery',
        trade: ['Construction Machinery', '工程机械'],
        isic: '2824',
        products: [
          ['842952', 'excavator', '挖掘机'],
          ['842951', 'wheel loader', '装载机'],
          ['847420', 'stone crusher', '破碎机'],
          ['847431', 'concrete mixer', '混凝土搅拌机'],
          ['843149', 'construction machinery parts', '工程机械配件'],
        ],
        terms: [
          ['heavy equipment', '重型机械'],
          ['mining machinery', '矿山机械'],
          ['road machinery', '路面机械'],
        ],
        clusters: [
          ['Xuzhou', '徐州'],
          ['Changsha', '长沙'],
        ],
      },
      {
        key: 'agricultural-machinery',
        trade: ['Agricultural Machinery', '农机'],
        isic: '2821',
        products: [
          ['870193', 'tractor', '拖拉机'],
          ['843351', 'combine harvester', '联合收割机'],
          ['843229', 'rotary tiller', '旋耕机'],
          ['843239', 'seeder', '播种机'],
          ['842449', 'boom sprayer', '喷杆喷雾机'],
        ],
        terms: [
          ['farm machinery', '农业机械'],
          ['harvester', '收割机'],
          ['agricultural equipment', '农业装备'],
        ],
        clusters: [
          ['Weifang', '潍坊'],
          ['Luoyang', '洛阳'],
        ],
      },
      {
        key: 'boilers',
        trade: ['Boiler', '锅炉'],
        isic: '2513',
        products: [
          ['840219', 'industrial steam boiler', '工业蒸汽锅炉'],
          ['840310', 'hot water boiler', '热水锅炉'],
          ['841950', 'heat exchanger', '换热器'],
        ],
        terms: [
          ['biomass boiler', '生物质锅炉'],
          ['thermal equipment', '热能设备'],
          ['plate heat exchanger', '板式换热器'],
        ],
      },
      {
        key: 'steel-structures',
        trade: ['Steel Structure', '钢结构'],
        isic: '2511',
        products: [
          ['730890', 'steel structure', '钢结构'],
          ['940620', 'container house', '集装箱房'],
          ['730820', 'steel lattice tower', '铁塔'],
          ['730830', 'steel door', '钢质门'],
        ],
        terms: [
          ['prefab building', '装配式建筑'],
          ['steel warehouse', '钢结构厂房'],
          ['modular building', '模块化建筑'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.8],
      ['CE', 0.5],
      ['ISO14001', 0.3],
      ['ISO45001', 0.2],
      ['UL', 0.12],
      ['API', 0.05],
    ],
  },
  {
    key: 'food',
    name: 'Food and agricultural products',
    share: 8,
    lines: [
      {
        key: 'tea',
        trade: ['Tea', '茶业'],
        isic: '0127',
        grows: true,
        products: [
          ['090210', 'green tea', '绿茶'],
          ['090240', 'black tea', '红茶'],
          ['090230', 'tea bags', '袋泡茶'],
          ['210120', 'instant tea powder', '速溶茶粉'],
        ],
        terms: [
          ['tea leaves', '茶叶'],
          ['oolong tea', '乌龙茶'],
          ['organic tea', '有机茶'],
        ],
        clusters: [
          ['Hangzhou', '杭州'],
          ['Anxi', '安溪'],
          ['Pu’er', '普洱'],
          ['Wuyishan', '武夷山'],
        ],
        origins: 'CN VN IN LK ID KE JP TR MM LA'.split(' '),
      },
      {
        key: 'seafood',
        trade: ['Seafood', '水产'],
        isic: '1020',
        products: [
          ['030617', 'frozen shrimp', '冻虾'],
          ['160414', 'canned tuna', '金枪鱼罐头'],
          ['030389', 'frozen fish fillet', '冷冻鱼片'],
          ['030743', 'frozen squid', '冻鱿鱼'],
        ],
        terms: [
          ['aquatic products', '水产品'],
          ['shrimp', '虾'],
          ['seafood processing', '海产品加工'],
        ],
        clusters: [
          ['Zhanjiang', '湛江'],
          ['Zhoushan', '舟山'],
          ['Qingdao', '青岛'],
        ],
        origins:
          'CN VN TH MY ID PH IN BD LK PK JP KR TR RU EG NG KE ZA BR CL PE MX ES IT FR GB PL MM KH SG HK AE SA'.split(
            ' ',
          ),
      },
      {
        key: 'nuts',
        trade: ['Nuts', '坚果'],
        isic: '1030',
        products: [
          ['200811', 'roasted peanuts', '烤花生'],
          ['080132', 'cashew nuts', '腰果'],
          ['081340', 'dried fruit', '果干'],
          ['080620', 'raisins', '葡萄干'],
          ['080212', 'almonds', '杏仁'],
        ],
        terms: [
          ['snack nuts', '休闲坚果'],
          ['dried fruits and nuts', '干果'],
          ['mixed nuts', '混合坚果'],
        ],
      },
      {
        key: 'confectionery',
        trade: ['Confectionery', '糖果'],
        isic: '1073',
        products: [
          ['170490', 'candy', '糖果'],
          ['180632', 'chocolate', '巧克力'],
          ['170410', 'chewing gum', '口香糖'],
        ],
        terms: [
          ['sweets', '糖'],
          ['gummy candy', '软糖'],
          ['lollipop', '棒棒糖'],
        ],
        clusters: [
          ['Shantou', '汕头'],
          ['Jinjiang', '晋江'],
        ],
      },
      {
        key: 'bakery',
        trade: ['Biscuit', '饼干'],
        isic: '1071',
        products: [
          ['190531', 'biscuits', '饼干'],
          ['190590', 'cakes', '蛋糕'],
          ['190532', 'wafers', '威化饼'],
        ],
        terms: [
          ['cookies', '曲奇'],
          ['baked goods', '烘焙食品'],
          ['crackers', '苏打饼干'],
        ],
      },
      {
        key: 'beverages',
        trade: ['Beverage', '饮料'],
        isic: '1104',
        products: [
          ['220210', 'soft drinks', '碳酸饮料'],
          ['200989', 'fruit juice', '果汁'],
          ['220110', 'mineral water', '矿泉水'],
          ['220299', 'plant-based drinks', '植物蛋白饮料'],
        ],
        terms: [
          ['drinks', '饮品'],
          ['bottled water', '瓶装水'],
          ['juice drinks', '果汁饮料'],
        ],
      },
      {
        key: 'coffee',
        trade: ['Coffee', '咖啡'],
        isic: '1079',
        products: [
          ['090111', 'green coffee beans', '咖啡生豆'],
          ['090121', 'roasted coffee', '烘焙咖啡豆'],
          ['210111', 'instant coffee', '速溶咖啡'],
        ],
        terms: [
          ['coffee beans', '咖啡豆'],
          ['arabica', '阿拉比卡'],
          ['robusta', '罗布斯塔'],
        ],
        clusters: [
          ['Pu’er', '普洱'],
          ['Baoshan', '保山'],
        ],
      },
      {
        key: 'grain-oil',
        trade: ['Grain and Oil', '粮油'],
        isic: '1061',
        products: [
          ['100630', 'rice', '大米'],
          ['150790', 'soybean oil', '大豆油'],
          ['150890', 'peanut oil', '花生油'],
          ['120740', 'sesame seeds', '芝麻'],
          ['151110', 'crude palm oil', '棕榈原油'],
        ],
        terms: [
          ['edible oil', '食用油'],
          ['cooking oil', '烹饪油'],
          ['grain', '粮食'],
        ],
      },
      {
        key: 'vegetables',
        trade: ['Agricultural Products', '农产品'],
        isic: '0113',
        grows: true,
        products: [
          ['070320', 'garlic', '大蒜'],
          ['091011', 'ginger', '生姜'],
          ['070310', 'onions', '洋葱'],
          ['070960', 'chili peppers', '辣椒'],
          ['071290', 'dehydrated vegetables', '脱水蔬菜'],
        ],
        terms: [
          ['fresh vegetables', '新鲜蔬菜'],
          ['fresh garlic', '鲜蒜'],
          ['farm produce', '农副产品'],
        ],
        clusters: [
          ['Jinxiang', '金乡'],
          ['Laiwu', '莱芜'],
        ],
        origins: 'CN VN TH IN ID TR EG KE MX PE ES PK BD UZ MM LA KH PH PL IT BR CL ZA NG LK MY KZ RU FR'.split(' '),
      },
      {
        key: 'noodles',
        trade: ['Noodle', '面业'],
        isic: '1074',
        products: [
          ['190230', 'instant noodles', '方便面'],
          ['190219', 'dried noodles', '挂面'],
          ['190220', 'frozen dumplings', '速冻水饺'],
        ],
        terms: [
          ['noodles', '面条'],
          ['ramen', '拉面'],
          ['rice noodles', '米粉'],
        ],
      },
      {
        key: 'condiments',
        trade: ['Condiment', '调味品'],
        isic: '1079',
        products: [
          ['210390', 'chili sauce', '辣椒酱'],
          ['210310', 'soy sauce', '酱油'],
          ['210320', 'tomato ketchup', '番茄酱'],
          ['090421', 'dried chili', '干辣椒'],
        ],
        terms: [
          ['seasoning', '调味料'],
          ['sauces', '酱料'],
          ['hot pot seasoning', '火锅底料'],
        ],
      },
      {
        key: 'wine',
        trade: ['Wine', '葡萄酒'],
        isic: '1102',
        products: [
          ['220421', 'red wine', '红葡萄酒'],
          ['220410', 'sparkling wine', '起泡酒'],
          ['220429', 'bulk wine', '散装葡萄酒'],
        ],
        terms: [
          ['winery', '酒庄'],
          ['dry red', '干红'],
          ['white wine', '白葡萄酒'],
        ],
        clusters: [
          ['Yantai', '烟台'],
          ['Yinchuan', '银川'],
        ],
        origins: 'CN IT FR ES CL ZA DE BR MX PE'.split(' '),
      },
    ],
    certificates: [
      ['HACCP', 0.55],
      ['ISO22000', 0.4],
      ['ISO9001', 0.35],
      ['HALAL', 0.2],
      ['FDA', 0.15],
      ['BRCGS', 0.1],
      ['KOSHER', 0.05],
    ],
  },
  {
    key: 'biomedicine',
    name: 'Biomedicine',
    share: 6.5,
    lines: [
      {
        key: 'medical-devices',
        trade: ['Medical', '医疗器械'],
        isic: '3250',
        products: [
          ['901890', 'medical instrument', '医疗器械'],
          ['901831', 'disposable syringe', '一次性注射器'],
          ['901839', 'catheter', '导管'],
          ['901832', 'injection needle', '注射针'],
          ['902139', 'orthopaedic implant', '骨科植入物'],
        ],
        terms: [
          ['medical device', '医疗设备'],
          ['surgical instruments', '手术器械'],
          ['disposable medical supplies', '一次性医疗用品'],
        ],
      },
      {
        key: 'medical-equipment',
        trade: ['Medical Equipment', '医疗设备'],
        isic: '2660',
        products: [
          ['901819', 'patient monitor', '监护仪'],
          ['901812', 'ultrasound scanner', '超声诊断仪'],
          ['902214', 'X-ray machine', 'X光机'],
          ['901811', 'ECG machine', '心电图机'],
        ],
        terms: [
          ['medical imaging', '医学影像'],
          ['hospital equipment', '医院设备'],
          ['diagnostic equipment', '诊断设备'],
        ],
        clusters: [['Shenzhen', '深圳']],
      },
      {
        key: 'protective',
        trade: ['Protective Products', '防护用品'],
        isic: '1392',
        products: [
          ['630790', 'medical mask', '医用口罩'],
          ['401512', 'medical gloves', '医用手套'],
          ['621010', 'protective gown', '防护服'],
          ['300590', 'medical gauze', '医用纱布'],
          ['300650', 'first-aid kit', '急救包'],
        ],
        terms: [
          ['PPE', '个人防护装备'],
          ['face mask', '口罩'],
          ['nitrile gloves', '丁腈手套'],
        ],
      },
      {
        key: 'pharmaceuticals',
        trade: ['Pharmaceutical', '制药'],
        isic: '2100',
        products: [
          ['300490', 'generic medicines', '仿制药'],
          ['294190', 'antibiotic API', '抗生素原料药'],
          ['293629', 'vitamins', '维生素'],
          ['300215', 'immunological product', '免疫制品'],
        ],
        terms: [
          ['API', '原料药'],
          ['pharmaceutical intermediates', '医药中间体'],
          ['tablets', '片剂'],
        ],
        clusters: [
          ['Shijiazhuang', '石家庄'],
          ['Taizhou', '台州'],
        ],
      },
      {
        key: 'diagnostics',
        trade: ['Diagnostics', '诊断'],
        isic: '2029',
        products: [
          ['382219', 'diagnostic reagent', '诊断试剂'],
          ['382213', 'blood grouping reagent', '血型试剂'],
          ['902789', 'biochemistry analyzer', '生化分析仪'],
        ],
        terms: [
          ['IVD', '体外诊断'],
          ['rapid test kit', '快速检测试剂盒'],
          ['in vitro diagnostics', '体外诊断试剂'],
        ],
      },
      {
        key: 'herbal',
        trade: ['Biotech', '生物科技'],
        isic: '1079',
        products: [
          ['130219', 'plant extract', '植物提取物'],
          ['121190', 'Chinese herbal medicine', '中药材'],
          ['121120', 'ginseng', '人参'],
        ],
        terms: [
          ['herbal extract', '草本提取物'],
          ['TCM', '中医药'],
          ['botanical extract', '天然提取物'],
        ],
        clusters: [
          ['Xi’an', '西安'],
          ['Bozhou', '亳州'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.6],
      ['ISO13485', 0.55],
      ['GMP', 0.5],
      ['CE', 0.35],
      ['FDA', 0.2],
    ],
  },
  {
    key: 'home',
    name: 'Smart home and building materials',
    share: 5.5,
    lines: [
      {
        key: 'lighting',
        trade: ['Lighting', '照明'],
        isic: '2740',
        products: [
          ['853952', 'LED lamp', 'LED灯'],
          ['940542', 'LED luminaire', 'LED灯具'],
          ['940511', 'LED ceiling light', 'LED吸顶灯'],
          ['940521', 'LED desk lamp', 'LED台灯'],
          ['853951', 'LED module', 'LED模组'],
          ['940561', 'LED sign', 'LED标识灯'],
        ],
        terms: [
          ['LED bulb', 'LED灯泡'],
          ['LED lighting', 'LED照明'],
          ['downlight', '筒灯'],
        ],
        clusters: [
          ['Zhongshan', '中山'],
          ['Jiangmen', '江门'],
        ],
      },
      {
        key: 'kitchen-appliances',
        trade: ['Kitchen Appliance', '厨房电器'],
        isic: '2750',
        products: [
          ['851660', 'electric oven', '电烤箱'],
          ['851650', 'microwave oven', '微波炉'],
          ['850940', 'food processor', '料理机'],
          ['851671', 'coffee machine', '咖啡机'],
          ['851679', 'electric kettle', '电水壶'],
        ],
        terms: [
          ['air fryer', '空气炸锅'],
          ['small appliances', '小家电'],
          ['blender', '搅拌机'],
        ],
        clusters: [
          ['Foshan', '佛山'],
          ['Ningbo', '宁波'],
          ['Cixi', '慈溪'],
        ],
      },
      {
        key: 'home-appliances',
        trade: ['Home Appliance', '家电'],
        isic: '2750',
        products: [
          ['841821', 'refrigerator', '冰箱'],
          ['845011', 'washing machine', '洗衣机'],
          ['841510', 'air conditioner', '空调'],
          ['850811', 'robot vacuum cleaner', '扫地机器人'],
          ['841840', 'freezer', '冷柜'],
        ],
        terms: [
          ['white goods', '白色家电'],
          ['household appliances', '家用电器'],
          ['split air conditioner', '分体空调'],
        ],
        clusters: [
          ['Foshan', '佛山'],
          ['Hefei', '合肥'],
          ['Qingdao', '青岛'],
        ],
      },
      {
        key: 'smart-home',
        trade: ['Smart Home', '智能家居'],
        isic: '2630',
        products: [
          ['852589', 'security camera', '监控摄像头'],
          ['853110', 'alarm system', '报警器'],
          ['830140', 'smart door lock', '智能门锁'],
          ['853650', 'smart switch', '智能开关'],
        ],
        terms: [
          ['home security', '家庭安防'],
          ['CCTV', '视频监控'],
          ['smart lock', '指纹锁'],
        ],
        clusters: [
          ['Shenzhen', '深圳'],
          ['Hangzhou', '杭州'],
        ],
      },
      {
        key: 'tiles',
        trade: ['Ceramic Tile', '陶瓷'],
        isic: '2392',
        products: [
          ['690721', 'porcelain tile', '瓷砖'],
          ['690722', 'wall tile', '墙砖'],
          ['690723', 'glazed tile', '釉面砖'],
          ['690740', 'mosaic tile', '马赛克'],
        ],
        terms: [
          ['floor tile', '地砖'],
          ['ceramic tiles', '陶瓷砖'],
          ['polished tile', '抛光砖'],
        ],
        clusters: [
          ['Foshan', '佛山'],
          ['Jinjiang', '晋江'],
        ],
      },
      {
        key: 'sanitary-ware',
        trade: ['Sanitary Ware', '卫浴'],
        isic: '2393',
        products: [
          ['691010', 'ceramic toilet', '陶瓷马桶'],
          ['848180', 'faucet', '水龙头'],
          ['732410', 'stainless steel sink', '不锈钢水槽'],
          ['392220', 'toilet seat', '马桶盖'],
          ['392210', 'bathtub', '浴缸'],
        ],
        terms: [
          ['bathroom products', '卫浴产品'],
          ['wash basin', '洗手盆'],
          ['shower', '花洒'],
        ],
        clusters: [
          ['Chaozhou', '潮州'],
          ['Kaiping', '开平'],
          ['Xiamen', '厦门'],
        ],
      },
      {
        key: 'doors-windows',
        trade: ['Door and Window', '门窗'],
        isic: '2511',
        products: [
          ['761010', 'aluminium window', '铝合金门窗'],
          ['700800', 'insulating glass', '中空玻璃'],
          ['441829', 'wooden door', '实木门'],
          ['392520', 'uPVC window', '塑钢门窗'],
        ],
        terms: [
          ['sliding door', '推拉门'],
          ['casement window', '平开窗'],
          ['aluminium doors and windows', '铝门窗'],
        ],
      },
      {
        key: 'flooring',
        trade: ['Flooring', '地板'],
        isic: '1622',
        products: [
          ['441875', 'engineered wood flooring', '复合地板'],
          ['391810', 'SPC flooring', '石塑地板'],
          ['441873', 'bamboo flooring', '竹地板'],
        ],
        terms: [
          ['laminate flooring', '强化地板'],
          ['vinyl flooring', 'PVC地板'],
          ['wood floor', '木地板'],
        ],
        clusters: [
          ['Changzhou', '常州'],
          ['Huzhou', '湖州'],
        ],
      },
      {
        key: 'stone',
        trade: ['Stone', '石材'],
        isic: '2396',
        products: [
          ['680221', 'marble', '大理石'],
          ['680223', 'granite', '花岗岩'],
          ['681099', 'quartz stone', '石英石'],
        ],
        terms: [
          ['countertop', '台面'],
          ['stone slab', '石材板材'],
          ['natural stone', '天然石材'],
        ],
        clusters: [
          ['Xiamen', '厦门'],
          ['Shuitou', '水头'],
          ['Yunfu', '云浮'],
        ],
      },
      {
        key: 'coatings',
        trade: ['Coating', '涂料'],
        isic: '2022',
        products: [
          ['320910', 'water-based paint', '水性涂料'],
          ['320890', 'industrial coating', '工业涂料'],
          ['321410', 'sealant', '密封胶'],
        ],
        terms: [
          ['paint', '油漆'],
          ['wall paint', '墙面漆'],
          ['anti-corrosion coating', '防腐涂料'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.65],
      ['CE', 0.5],
      ['ISO14001', 0.25],
      ['CCC', 0.2],
      ['UL', 0.15],
      ['FSC', 0.1],
    ],
  },
];

/** All industries, the fair's six first. */
export const INDUSTRIES: Industry[] = [...FAIR_INDUSTRIES, ...MORE_INDUSTRIES, ...CONSUMER_INDUSTRIES];
