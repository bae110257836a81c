/**
 * The fair's exhibit industries (as a China International SME Fair lists them) with typical
 * HS 2022 products, certificates and keywords, for the synthetic sample data.
 */
export interface Industry {
  key: string;
  name: string;
  /** [HS code, English keyword, Chinese keyword] */
  products: [string, string, string][];
  /** Certificates common in the industry, with the share of suppliers holding each. */
  certificates: [string, number][];
  /** Share of the fair's suppliers (skewed, as real fairs are). */
  share: number;
}

export const INDUSTRIES: Industry[] = [
  {
    key: 'intelligent-manufacturing',
    name: 'Intelligent manufacturing and AI',
    share: 0.26,
    products: [
      ['847989', 'industrial robot', '工业机器人'],
      ['845710', 'machining centre', '加工中心'],
      ['842831', 'conveyor', '输送机'],
      ['903289', 'automatic controller', '自动控制器'],
      ['903180', 'machine vision inspection', '机器视觉检测'],
      ['850152', 'servo motor', '伺服电机'],
      ['853710', 'control panel', '控制柜'],
      ['848210', 'ball bearing', '滚珠轴承'],
    ],
    certificates: [['ISO9001', 0.75], ['CE', 0.45], ['ISO14001', 0.25], ['UL', 0.12]],
  },
  {
    key: 'equipment',
    name: 'Equipment manufacturing',
    share: 0.2,
    products: [
      ['850440', 'static converter', '变流器'],
      ['850410', 'ballast', '镇流器'],
      ['841370', 'centrifugal pump', '离心泵'],
      ['848180', 'industrial valve', '工业阀门'],
      ['842959', 'excavator', '挖掘机'],
      ['843149', 'machinery parts', '机械零部件'],
      ['850760', 'lithium-ion battery', '锂电池'],
      ['854143', 'solar module', '光伏组件'],
    ],
    certificates: [['ISO9001', 0.8], ['CE', 0.5], ['ISO14001', 0.3], ['IATF16949', 0.1], ['UL', 0.15]],
  },
  {
    key: 'electronics',
    name: 'Electronic information',
    share: 0.22,
    products: [
      ['847130', 'laptop', '笔记本电脑'],
      ['851762', 'network switch', '交换机'],
      ['851713', 'smartphone', '智能手机'],
      ['854231', 'processor chip', '处理器芯片'],
      ['854141', 'LED', '发光二极管'],
      ['852852', 'monitor', '显示器'],
      ['852589', 'camera module', '摄像模组'],
      ['903149', 'optical sensor', '光学传感器'],
    ],
    certificates: [['ISO9001', 0.7], ['CE', 0.55], ['RoHS', 0.5], ['FCC', 0.3], ['UL', 0.2]],
  },
  {
    key: 'biomedicine',
    name: 'Biomedicine',
    share: 0.12,
    products: [
      ['300490', 'medicament', '药品'],
      ['300215', 'immunological product', '免疫制品'],
      ['901890', 'medical instrument', '医疗器械'],
      ['901839', 'catheter', '导管'],
      ['902139', 'orthopaedic implant', '骨科植入物'],
      ['300650', 'first-aid kit', '急救包'],
      ['294190', 'antibiotic', '抗生素'],
    ],
    certificates: [['ISO13485', 0.55], ['ISO9001', 0.6], ['GMP', 0.5], ['CE', 0.35], ['FDA', 0.2]],
  },
  {
    key: 'food',
    name: 'Food and agricultural products',
    share: 0.12,
    products: [
      ['090111', 'coffee beans', '咖啡豆'],
      ['090210', 'green tea', '绿茶'],
      ['200811', 'roasted peanuts', '烤花生'],
      ['190590', 'biscuits', '饼干'],
      ['100630', 'rice', '大米'],
      ['200989', 'fruit juice', '果汁'],
      ['081340', 'dried fruit', '果干'],
    ],
    certificates: [['HACCP', 0.55], ['ISO22000', 0.4], ['HALAL', 0.2], ['ISO9001', 0.35], ['FDA', 0.15]],
  },
  {
    key: 'home',
    name: 'Smart home and building materials',
    share: 0.08,
    products: [
      ['940360', 'wooden furniture', '实木家具'],
      ['940171', 'upholstered seat', '软体座椅'],
      ['851660', 'electric oven', '电烤箱'],
      ['841810', 'refrigerator', '冰箱'],
      ['690721', 'ceramic tile', '瓷砖'],
      ['940542', 'LED luminaire', 'LED灯具'],
      ['845011', 'washing machine', '洗衣机'],
    ],
    certificates: [['ISO9001', 0.65], ['CE', 0.5], ['FSC', 0.15], ['UL', 0.15], ['ISO14001', 0.25]],
  },
];

/** Supplier origins: most exhibitors are Chinese SMEs, the rest from partner countries. */
export const SUPPLIER_COUNTRIES: [string, number][] = [
  ['CN', 0.72], ['VN', 0.04], ['TH', 0.03], ['MY', 0.03], ['KR', 0.03], ['JP', 0.02], ['DE', 0.02],
  ['IT', 0.02], ['TR', 0.02], ['IN', 0.02], ['ID', 0.02], ['PK', 0.01], ['BR', 0.01], ['RU', 0.01],
];

/** Buyer countries (~30), weighted roughly by how many buyers such fairs draw from each. */
export const BUYER_COUNTRIES: [string, number][] = [
  ['DE', 6], ['FR', 4], ['IT', 4], ['ES', 3], ['NL', 3], ['PL', 2], ['SE', 2], ['GB', 4], ['US', 6], ['CA', 2],
  ['MX', 3], ['BR', 4], ['CL', 2], ['AR', 1], ['AE', 4], ['SA', 4], ['EG', 2], ['NG', 2], ['KE', 2], ['ZA', 2],
  ['RU', 3], ['KZ', 2], ['IN', 3], ['VN', 3], ['TH', 3], ['MY', 3], ['ID', 3], ['SG', 2], ['JP', 3], ['KR', 3],
  ['AU', 3], ['NZ', 1], ['PK', 2], ['TR', 2], ['CN', 4],
];

export const CHINESE_CITIES = [
  'Shenzhen', 'Dongguan', 'Foshan', 'Guangzhou', 'Suzhou', 'Ningbo', 'Hangzhou', 'Wuxi', 'Changzhou', 'Qingdao',
  'Xiamen', 'Hefei', 'Chengdu', 'Wuhan', 'Changsha', 'Zhongshan', 'Jinan', 'Tianjin', 'Shenyang', 'Xi’an',
];
