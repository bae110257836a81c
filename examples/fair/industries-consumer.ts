/**
 * Consumer-goods exhibitors in the long tail: apparel, furniture, toys and sports, tableware,
 * cosmetics, paper, bags, shoes, crafts, wood and instruments (Zipf-like, smaller and smaller).
 */
import type { Industry } from './industries.js';

export const CONSUMER_INDUSTRIES: Industry[] = [
  {
    key: 'apparel',
    name: 'Apparel and home textiles',
    share: 3.2,
    lines: [
      {
        key: 'casual-wear',
        trade: ['Garment', '服饰'],
        isic: '1410',
        products: [
          ['610910', 'cotton T-shirt', '纯棉T恤'],
          ['611020', 'hoodie', '卫衣'],
          ['610510', 'polo shirt', 'Polo衫'],
        ],
        terms: [
          ['apparel', '服装'],
          ['clothing', '成衣'],
          ['custom printing', '定制印花'],
        ],
        clusters: [
          ['Guangzhou', '广州'],
          ['Hangzhou', '杭州'],
        ],
      },
      {
        key: 'denim',
        trade: ['Denim', '牛仔'],
        isic: '1410',
        products: [
          ['620342', 'jeans', '牛仔裤'],
          ['620462', "women's jeans", '女式牛仔裤'],
          ['620432', 'denim jacket', '牛仔夹克'],
        ],
        terms: [
          ['denim wear', '牛仔服装'],
          ['washed denim', '水洗牛仔'],
          ['stretch jeans', '弹力牛仔裤'],
        ],
        clusters: [
          ['Xintang', '新塘'],
          ['Kaiping', '开平'],
        ],
      },
      {
        key: 'outerwear',
        trade: ['Outerwear', '服装'],
        isic: '1410',
        products: [
          ['620140', 'down jacket', '羽绒服'],
          ['620240', "women's down coat", '女式羽绒大衣'],
          ['621040', 'rain jacket', '冲锋衣'],
        ],
        terms: [
          ['winter coat', '冬装外套'],
          ['puffer jacket', '棉服'],
          ['outdoor jacket', '户外夹克'],
        ],
        clusters: [
          ['Changshu', '常熟'],
          ['Pinghu', '平湖'],
        ],
      },
      {
        key: 'knitwear',
        trade: ['Knitwear', '毛衫'],
        isic: '1430',
        products: [
          ['611030', 'sweater', '毛衣'],
          ['611012', 'cashmere sweater', '羊绒衫'],
          ['611011', 'wool sweater', '羊毛衫'],
        ],
        terms: [
          ['pullover', '套头衫'],
          ['cardigan', '开衫'],
          ['cashmere', '羊绒'],
        ],
        clusters: [
          ['Tongxiang', '桐乡'],
          ['Dongguan', '东莞'],
          ['Ordos', '鄂尔多斯'],
        ],
      },
      {
        key: 'home-textiles',
        trade: ['Home Textile', '家纺'],
        isic: '1392',
        products: [
          ['630231', 'bed sheet', '床单'],
          ['630260', 'bath towel', '浴巾'],
          ['630221', 'duvet cover', '被套'],
          ['940490', 'quilt', '被子'],
        ],
        terms: [
          ['bedding set', '床上四件套'],
          ['towel', '毛巾'],
          ['bed linen', '床品'],
        ],
        clusters: [
          ['Nantong', '南通'],
          ['Gaoyang', '高阳'],
        ],
      },
      {
        key: 'hosiery',
        trade: ['Hosiery', '袜业'],
        isic: '1430',
        products: [
          ['611595', 'cotton socks', '棉袜'],
          ['611596', 'sports socks', '运动袜'],
          ['611521', 'pantyhose', '连裤袜'],
        ],
        terms: [
          ['socks', '袜子'],
          ['stockings', '丝袜'],
          ['compression socks', '压力袜'],
        ],
        clusters: [
          ['Zhuji', '诸暨'],
          ['Yiwu', '义乌'],
        ],
      },
      {
        key: 'sportswear',
        trade: ['Sportswear', '运动服饰'],
        isic: '1410',
        products: [
          ['611241', 'swimsuit', '泳衣'],
          ['611212', 'tracksuit', '运动套装'],
          ['611231', 'swim trunks', '泳裤'],
        ],
        terms: [
          ['swimwear', '泳装'],
          ['activewear', '运动服'],
          ['yoga wear', '瑜伽服'],
        ],
        clusters: [
          ['Xingcheng', '兴城'],
          ['Jinjiang', '晋江'],
        ],
      },
      {
        key: 'headwear',
        trade: ['Headwear', '帽业'],
        isic: '1410',
        products: [
          ['650500', 'baseball cap', '棒球帽'],
          ['650610', 'safety helmet', '安全帽'],
          ['650400', 'straw hat', '草帽'],
        ],
        terms: [
          ['hats', '帽子'],
          ['beanie', '针织帽'],
          ['caps', '鸭舌帽'],
        ],
      },
    ],
    certificates: [
      ['BSCI', 0.35],
      ['OEKO-TEX', 0.3],
      ['ISO9001', 0.3],
      ['SEDEX', 0.15],
      ['WRAP', 0.1],
      ['GOTS', 0.08],
    ],
  },
  {
    key: 'furniture',
    name: 'Furniture and bedding',
    share: 1.8,
    lines: [
      {
        key: 'upholstery',
        trade: ['Sofa', '沙发'],
        isic: '3100',
        products: [
          ['940161', 'sofa', '沙发'],
          ['940171', 'recliner sofa', '功能沙发'],
          ['940490', 'cushion', '靠垫'],
        ],
        terms: [
          ['sectional sofa', '组合沙发'],
          ['upholstered furniture', '软体家具'],
          ['leather sofa', '真皮沙发'],
        ],
        clusters: [
          ['Foshan', '佛山'],
          ['Haining', '海宁'],
        ],
      },
      {
        key: 'office-furniture',
        trade: ['Office Furniture', '办公家具'],
        isic: '3100',
        products: [
          ['940330', 'office desk', '办公桌'],
          ['940139', 'office chair', '办公椅'],
          ['940310', 'steel filing cabinet', '钢制文件柜'],
        ],
        terms: [
          ['ergonomic chair', '人体工学椅'],
          ['workstation', '办公屏风'],
          ['office furniture', '办公家具'],
        ],
        clusters: [
          ['Anji', '安吉'],
          ['Foshan', '佛山'],
        ],
      },
      {
        key: 'wooden-furniture',
        trade: ['Furniture', '家具'],
        isic: '3100',
        products: [
          ['940360', 'solid wood furniture', '实木家具'],
          ['940350', 'bedroom furniture', '卧室家具'],
          ['940340', 'kitchen cabinet', '橱柜'],
          ['940391', 'furniture parts', '家具配件'],
        ],
        terms: [
          ['dining table', '餐桌'],
          ['wardrobe', '衣柜'],
          ['home furniture', '家居'],
        ],
        clusters: [
          ['Dongguan', '东莞'],
          ['Foshan', '佛山'],
          ['Ganzhou', '赣州'],
        ],
      },
      {
        key: 'mattresses',
        trade: ['Mattress', '床垫'],
        isic: '3100',
        products: [
          ['940421', 'memory foam mattress', '记忆棉床垫'],
          ['940429', 'spring mattress', '弹簧床垫'],
          ['940410', 'bed base', '床架'],
        ],
        terms: [
          ['mattress', '床垫'],
          ['pocket spring', '独立袋装弹簧'],
          ['latex mattress', '乳胶床垫'],
        ],
      },
      {
        key: 'outdoor-furniture',
        trade: ['Outdoor Furniture', '户外家具'],
        isic: '3100',
        products: [
          ['940383', 'rattan furniture', '藤编家具'],
          ['940370', 'plastic chair', '塑料椅'],
          ['940320', 'metal garden furniture', '金属庭院家具'],
          ['940382', 'bamboo furniture', '竹家具'],
        ],
        terms: [
          ['patio furniture', '庭院家具'],
          ['garden furniture', '花园家具'],
          ['wicker', '藤编'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.55],
      ['FSC', 0.25],
      ['ISO14001', 0.2],
      ['BIFMA', 0.1],
      ['CE', 0.1],
    ],
  },
  {
    key: 'toys-sports',
    name: 'Toys, games and sports goods',
    share: 1.5,
    lines: [
      {
        key: 'toys',
        trade: ['Toys', '玩具'],
        isic: '3240',
        products: [
          ['950300', 'toys', '玩具'],
          ['950490', 'board game', '桌游'],
          ['950450', 'handheld game console', '掌上游戏机'],
        ],
        terms: [
          ['plush toys', '毛绒玩具'],
          ['educational toys', '益智玩具'],
          ['RC car', '遥控车'],
        ],
        clusters: [
          ['Shantou', '汕头'],
          ['Yiwu', '义乌'],
          ['Yunhe', '云和'],
        ],
      },
      {
        key: 'festive',
        trade: ['Festival Decoration', '节日用品'],
        isic: '3290',
        products: [
          ['950510', 'Christmas decorations', '圣诞装饰品'],
          ['940531', 'Christmas lights', '圣诞灯串'],
          ['950590', 'party supplies', '派对用品'],
        ],
        terms: [
          ['Christmas tree', '圣诞树'],
          ['Halloween decorations', '万圣节用品'],
          ['festive gifts', '节庆礼品'],
        ],
        clusters: [['Yiwu', '义乌']],
      },
      {
        key: 'sports-goods',
        trade: ['Sports', '体育用品'],
        isic: '3230',
        products: [
          ['950662', 'football', '足球'],
          ['950640', 'table tennis equipment', '乒乓球器材'],
          ['950651', 'tennis racket', '网球拍'],
          ['950631', 'golf club', '高尔夫球杆'],
        ],
        terms: [
          ['sporting goods', '运动器材'],
          ['balls', '球类'],
          ['badminton', '羽毛球'],
        ],
      },
      {
        key: 'fitness',
        trade: ['Fitness', '健身器材'],
        isic: '3230',
        products: [['950691', 'fitness equipment', '健身器材']],
        terms: [
          ['treadmill', '跑步机'],
          ['dumbbell', '哑铃'],
          ['exercise bike', '动感单车'],
          ['gym equipment', '健身房器械'],
        ],
        clusters: [
          ['Ningjin', '宁津'],
          ['Xiamen', '厦门'],
        ],
      },
      {
        key: 'fishing',
        trade: ['Fishing Tackle', '渔具'],
        isic: '3230',
        products: [
          ['950710', 'fishing rod', '钓竿'],
          ['950730', 'fishing reel', '渔线轮'],
          ['950790', 'fishing lure', '路亚饵'],
        ],
        terms: [
          ['fishing tackle', '钓具'],
          ['carbon fishing rod', '碳素鱼竿'],
          ['fishing gear', '渔具'],
        ],
        clusters: [['Weihai', '威海']],
      },
      {
        key: 'baby-products',
        trade: ['Baby Products', '母婴'],
        isic: '3099',
        products: [
          ['871500', 'baby stroller', '婴儿推车'],
          ['940120', 'child car seat', '儿童安全座椅'],
          ['961900', 'baby diapers', '婴儿纸尿裤'],
        ],
        terms: [
          ['pram', '婴儿车'],
          ['baby gear', '婴童用品'],
          ['maternity and baby', '母婴用品'],
        ],
        clusters: [
          ['Pinghu', '平湖'],
          ['Kunshan', '昆山'],
        ],
      },
    ],
    certificates: [
      ['CE', 0.55],
      ['ISO9001', 0.5],
      ['EN71', 0.45],
      ['ASTM-F963', 0.25],
      ['BSCI', 0.2],
      ['CCC', 0.15],
    ],
  },
  {
    key: 'ceramics-glass',
    name: 'Ceramics and glass',
    share: 1.3,
    lines: [
      {
        key: 'porcelain',
        trade: ['Porcelain', '瓷业'],
        isic: '2393',
        products: [
          ['691110', 'porcelain tableware', '瓷器餐具'],
          ['691200', 'stoneware', '炻瓷餐具'],
          ['691390', 'ceramic vase', '陶瓷花瓶'],
        ],
        terms: [
          ['ceramic tableware', '陶瓷餐具'],
          ['dinner set', '餐具套装'],
          ['bone china', '骨瓷'],
        ],
        clusters: [
          ['Jingdezhen', '景德镇'],
          ['Chaozhou', '潮州'],
          ['Dehua', '德化'],
        ],
      },
      {
        key: 'glassware',
        trade: ['Glassware', '玻璃制品'],
        isic: '2310',
        products: [
          ['701337', 'drinking glass', '玻璃杯'],
          ['701349', 'glass food container', '玻璃保鲜盒'],
          ['701090', 'glass bottle', '玻璃瓶'],
          ['701399', 'glass candle holder', '玻璃烛台'],
        ],
        terms: [
          ['glass cup', '水杯'],
          ['borosilicate glass', '高硼硅玻璃'],
          ['glass jar', '玻璃罐'],
        ],
        clusters: [
          ['Qixian', '祁县'],
          ['Xuzhou', '徐州'],
        ],
      },
      {
        key: 'flat-glass',
        trade: ['Glass', '玻璃'],
        isic: '2310',
        products: [
          ['700719', 'tempered glass', '钢化玻璃'],
          ['700529', 'float glass', '浮法玻璃'],
          ['700992', 'mirror', '镜子'],
        ],
        terms: [
          ['architectural glass', '建筑玻璃'],
          ['laminated glass', '夹胶玻璃'],
          ['glass panel', '玻璃板'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.55],
      ['FDA', 0.25],
      ['LFGB', 0.2],
      ['CE', 0.1],
    ],
  },
  {
    key: 'cosmetics',
    name: 'Cosmetics and personal care',
    share: 1.2,
    lines: [
      {
        key: 'beauty',
        trade: ['Cosmetics', '化妆品'],
        isic: '2023',
        products: [
          ['330499', 'skin care cream', '护肤霜'],
          ['330420', 'eye shadow', '眼影'],
          ['330410', 'lipstick', '口红'],
          ['330300', 'perfume', '香水'],
          ['330129', 'essential oil', '精油'],
        ],
        terms: [
          ['skincare', '护肤品'],
          ['makeup', '彩妆'],
          ['OEM cosmetics', '化妆品代工'],
        ],
        clusters: [
          ['Guangzhou', '广州'],
          ['Shanghai', '上海'],
        ],
      },
      {
        key: 'daily-chemicals',
        trade: ['Daily Chemical', '日化'],
        isic: '2023',
        products: [
          ['330510', 'shampoo', '洗发水'],
          ['340111', 'soap', '香皂'],
          ['340130', 'body wash', '沐浴露'],
          ['330610', 'toothpaste', '牙膏'],
          ['960321', 'toothbrush', '牙刷'],
        ],
        terms: [
          ['personal care', '个人护理'],
          ['toiletries', '洗护用品'],
          ['hotel amenities', '酒店用品'],
        ],
        clusters: [
          ['Yangzhou', '扬州'],
          ['Guangzhou', '广州'],
        ],
      },
      {
        key: 'hair-products',
        trade: ['Hair Products', '发制品'],
        isic: '3290',
        products: [
          ['670420', 'human hair wig', '真发假发'],
          ['670411', 'synthetic wig', '化纤假发'],
          ['670300', 'hair extensions', '接发'],
        ],
        terms: [
          ['wig', '假发'],
          ['lace front wig', '蕾丝假发'],
          ['hair weave', '发帘'],
        ],
        clusters: [
          ['Xuchang', '许昌'],
          ['Qingdao', '青岛'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.45],
      ['ISO22716', 0.35],
      ['FDA', 0.15],
      ['CPNP', 0.15],
      ['HALAL', 0.1],
    ],
  },
  {
    key: 'paper',
    name: 'Paper, printing and stationery',
    share: 1,
    lines: [
      {
        key: 'paper-packaging',
        trade: ['Paper Packaging', '纸品包装'],
        isic: '1702',
        products: [
          ['481910', 'corrugated carton', '瓦楞纸箱'],
          ['481920', 'folding gift box', '礼品盒'],
          ['482369', 'paper cup', '纸杯'],
          ['481940', 'paper bag', '纸袋'],
        ],
        terms: [
          ['packaging box', '包装盒'],
          ['shipping box', '快递箱'],
          ['custom printed packaging', '定制印刷包装'],
        ],
        clusters: [
          ['Dongguan', '东莞'],
          ['Wenzhou', '温州'],
        ],
      },
      {
        key: 'stationery',
        trade: ['Stationery', '文具'],
        isic: '1709',
        products: [
          ['482010', 'notebook', '笔记本'],
          ['960810', 'ballpoint pen', '圆珠笔'],
          ['960910', 'pencil', '铅笔'],
          ['482030', 'file folder', '文件夹'],
        ],
        terms: [
          ['office supplies', '办公用品'],
          ['school supplies', '学生文具'],
          ['gel pen', '中性笔'],
        ],
        clusters: [
          ['Ningbo', '宁波'],
          ['Yiwu', '义乌'],
          ['Tonglu', '桐庐'],
        ],
      },
      {
        key: 'paper',
        trade: ['Paper', '纸业'],
        isic: '1701',
        products: [
          ['480256', 'A4 copy paper', 'A4复印纸'],
          ['481810', 'toilet paper', '卫生纸'],
          ['481820', 'facial tissue', '面巾纸'],
        ],
        terms: [
          ['tissue paper', '生活用纸'],
          ['office paper', '办公用纸'],
          ['paper mill', '造纸'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.55],
      ['FSC', 0.4],
      ['ISO14001', 0.25],
      ['PEFC', 0.1],
    ],
  },
  {
    key: 'leather',
    name: 'Leather goods and luggage',
    share: 0.9,
    lines: [
      {
        key: 'luggage',
        trade: ['Luggage', '箱包'],
        isic: '1512',
        products: [
          ['420212', 'suitcase', '拉杆箱'],
          ['420292', 'backpack', '双肩包'],
          ['420222', 'tote bag', '手提袋'],
        ],
        terms: [
          ['travel bag', '旅行包'],
          ['trolley case', '行李箱'],
          ['school bag', '书包'],
        ],
        clusters: [
          ['Baigou', '白沟'],
          ['Pinghu', '平湖'],
        ],
      },
      {
        key: 'leather-goods',
        trade: ['Leather Goods', '皮具'],
        isic: '1512',
        products: [
          ['420221', 'leather handbag', '真皮手提包'],
          ['420231', 'leather wallet', '真皮钱包'],
          ['420330', 'leather belt', '皮带'],
          ['420329', 'leather gloves', '皮手套'],
        ],
        terms: [
          ['genuine leather', '真皮'],
          ['handbag', '女包'],
          ['leather accessories', '皮具配饰'],
        ],
        clusters: [
          ['Guangzhou', '广州'],
          ['Haining', '海宁'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.4],
      ['BSCI', 0.3],
      ['REACH', 0.15],
      ['LWG', 0.15],
    ],
  },
  {
    key: 'footwear',
    name: 'Footwear',
    share: 0.9,
    lines: [
      {
        key: 'sports-shoes',
        trade: ['Shoes', '鞋业'],
        isic: '1520',
        products: [
          ['640411', 'sports shoes', '运动鞋'],
          ['640419', 'canvas shoes', '帆布鞋'],
          ['640299', 'sandals', '凉鞋'],
        ],
        terms: [
          ['sneakers', '休闲鞋'],
          ['running shoes', '跑鞋'],
          ['slippers', '拖鞋'],
        ],
        clusters: [
          ['Jinjiang', '晋江'],
          ['Putian', '莆田'],
        ],
      },
      {
        key: 'leather-shoes',
        trade: ['Leather Shoes', '皮鞋'],
        isic: '1520',
        products: [
          ['640399', 'leather shoes', '皮鞋'],
          ['640391', 'leather boots', '皮靴'],
          ['640610', 'shoe uppers', '鞋面'],
        ],
        terms: [
          ['formal shoes', '正装鞋'],
          ["men's shoes", '男鞋'],
          ['boots', '靴子'],
        ],
        clusters: [
          ['Wenzhou', '温州'],
          ['Chengdu', '成都'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.4],
      ['BSCI', 0.35],
      ['REACH', 0.2],
      ['SATRA', 0.1],
    ],
  },
  {
    key: 'crafts',
    name: 'Jewellery, gifts and crafts',
    share: 0.8,
    lines: [
      {
        key: 'fashion-jewellery',
        trade: ['Jewelry', '饰品'],
        isic: '3212',
        products: [
          ['711719', 'fashion jewelry', '时尚饰品'],
          ['711790', 'hair accessories', '发饰'],
          ['711711', 'cufflinks', '袖扣'],
        ],
        terms: [
          ['costume jewelry', '仿真首饰'],
          ['earrings', '耳环'],
          ['necklace', '项链'],
        ],
        clusters: [['Yiwu', '义乌']],
      },
      {
        key: 'fine-jewellery',
        trade: ['Jewelry', '珠宝'],
        isic: '3211',
        products: [
          ['711311', 'silver jewelry', '银饰'],
          ['711319', 'gold jewelry', '金饰'],
          ['711620', 'jade carving', '玉器'],
        ],
        terms: [
          ['sterling silver', '925银'],
          ['fine jewelry', '珠宝首饰'],
          ['jade', '翡翠'],
        ],
        clusters: [
          ['Shenzhen', '深圳'],
          ['Sihui', '四会'],
        ],
      },
      {
        key: 'crafts',
        trade: ['Crafts', '工艺品'],
        isic: '3290',
        products: [
          ['442090', 'wooden crafts', '木制工艺品'],
          ['392640', 'resin figurine', '树脂摆件'],
          ['670290', 'artificial flowers', '仿真花'],
          ['460219', 'wicker basket', '编织篮'],
        ],
        terms: [
          ['home decor', '家居饰品'],
          ['gifts', '礼品'],
          ['handicrafts', '手工艺品'],
        ],
        clusters: [
          ['Xiamen', '厦门'],
          ['Yiwu', '义乌'],
          ['Caoxian', '曹县'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.3],
      ['BSCI', 0.25],
      ['SEDEX', 0.1],
      ['REACH', 0.1],
    ],
  },
  {
    key: 'wood',
    name: 'Wood and bamboo products',
    share: 0.6,
    lines: [
      {
        key: 'wood-panels',
        trade: ['Wood', '木业'],
        isic: '1621',
        products: [
          ['441231', 'plywood', '胶合板'],
          ['441112', 'MDF board', '中密度纤维板'],
          ['441011', 'particle board', '刨花板'],
        ],
        terms: [
          ['wood-based panels', '人造板'],
          ['film-faced plywood', '覆膜板'],
          ['wood board', '板材'],
        ],
        clusters: [
          ['Linyi', '临沂'],
          ['Pizhou', '邳州'],
        ],
      },
      {
        key: 'bamboo',
        trade: ['Bamboo', '竹业'],
        isic: '1629',
        products: [
          ['441911', 'bamboo cutting board', '竹砧板'],
          ['441912', 'bamboo chopsticks', '竹筷'],
          ['441919', 'bamboo kitchenware', '竹制厨具'],
        ],
        terms: [
          ['bamboo products', '竹制品'],
          ['eco-friendly tableware', '环保餐具'],
          ['bamboo household', '竹制日用品'],
        ],
        clusters: [
          ['Anji', '安吉'],
          ['Jian’ou', '建瓯'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.45],
      ['FSC', 0.35],
      ['CARB', 0.15],
      ['PEFC', 0.1],
      ['CE', 0.1],
    ],
  },
  {
    key: 'musical-instruments',
    name: 'Musical instruments',
    share: 0.4,
    lines: [
      {
        key: 'instruments',
        trade: ['Musical Instrument', '乐器'],
        isic: '3220',
        products: [
          ['920290', 'acoustic guitar', '木吉他'],
          ['920710', 'electronic keyboard', '电子琴'],
          ['920600', 'drum set', '架子鼓'],
          ['920110', 'upright piano', '立式钢琴'],
          ['920999', 'instrument accessories', '乐器配件'],
        ],
        terms: [
          ['guitar', '吉他'],
          ['piano', '钢琴'],
          ['musical instruments', '乐器'],
        ],
        clusters: [
          ['Guangzhou', '广州'],
          ['Zheng’an', '正安'],
          ['Deqing', '德清'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.5],
      ['CE', 0.4],
      ['RoHS', 0.2],
    ],
  },
];
