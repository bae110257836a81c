/**
 * The long tail of industrial exhibitors beyond the fair's six named industries: energy,
 * materials, metals, chemicals, vehicles, tools and instruments, each smaller than the last
 * (Zipf-like). Consumer goods are in industries-consumer.ts.
 */
import type { Industry } from './industries.js';

export const MORE_INDUSTRIES: Industry[] = [
  {
    key: 'new-energy',
    name: 'New energy',
    share: 4.5,
    lines: [
      {
        key: 'solar',
        trade: ['Solar', '光伏'],
        isic: '2610',
        products: [
          ['854143', 'solar panel', '光伏组件'],
          ['854142', 'solar cell', '太阳能电池片'],
          ['850440', 'solar inverter', '光伏逆变器'],
          ['940541', 'solar street light', '太阳能路灯'],
          ['730890', 'solar mounting bracket', '光伏支架'],
        ],
        terms: [
          ['photovoltaic module', '太阳能板'],
          ['PV system', '光伏系统'],
          ['monocrystalline', '单晶'],
        ],
        clusters: [
          ['Wuxi', '无锡'],
          ['Changzhou', '常州'],
          ['Hefei', '合肥'],
        ],
      },
      {
        key: 'lithium-batteries',
        trade: ['Lithium Battery', '锂电'],
        isic: '2720',
        products: [
          ['850760', 'lithium battery', '锂电池'],
          ['850440', 'battery charger', '充电器'],
          ['850780', 'sodium-ion battery', '钠离子电池'],
          ['850790', 'battery separator', '电池隔膜'],
        ],
        terms: [
          ['energy storage system', '储能系统'],
          ['LiFePO4 battery', '磷酸铁锂电池'],
          ['battery pack', '电池包'],
        ],
        clusters: [
          ['Ningde', '宁德'],
          ['Shenzhen', '深圳'],
          ['Huizhou', '惠州'],
        ],
      },
      {
        key: 'electric-vehicles',
        trade: ['New Energy Vehicle', '新能源汽车'],
        isic: '2910',
        products: [
          ['870380', 'electric vehicle', '电动汽车'],
          ['870360', 'plug-in hybrid car', '插电混动汽车'],
          ['850440', 'EV charger', '充电桩'],
        ],
        terms: [
          ['EV', '纯电动车'],
          ['NEV', '新能源车'],
          ['charging station', '充电站'],
        ],
        clusters: [
          ['Hefei', '合肥'],
          ['Xi’an', '西安'],
          ['Liuzhou', '柳州'],
        ],
      },
      {
        key: 'wind',
        trade: ['Wind Power', '风电'],
        isic: '2710',
        products: [
          ['850231', 'wind turbine', '风力发电机组'],
          ['850300', 'wind turbine blade', '风电叶片'],
          ['848340', 'wind turbine gearbox', '风电齿轮箱'],
        ],
        terms: [
          ['wind energy', '风能'],
          ['wind generator', '风力发电机'],
          ['offshore wind', '海上风电'],
        ],
      },
      {
        key: 'energy-materials',
        trade: ['New Energy Materials', '新能源材料'],
        isic: '2011',
        products: [
          ['283691', 'lithium carbonate', '碳酸锂'],
          ['280461', 'polysilicon', '多晶硅'],
          ['282520', 'lithium hydroxide', '氢氧化锂'],
          ['381800', 'silicon wafer', '硅片'],
        ],
        terms: [
          ['battery materials', '电池材料'],
          ['cathode material', '正极材料'],
          ['lithium salt', '锂盐'],
        ],
        clusters: [
          ['Yichun', '宜春'],
          ['Leshan', '乐山'],
        ],
      },
      {
        key: 'water-heaters',
        trade: ['Water Heater', '热水器'],
        isic: '2750',
        products: [
          ['841912', 'solar water heater', '太阳能热水器'],
          ['841861', 'heat pump', '空气能热泵'],
          ['851610', 'electric water heater', '电热水器'],
        ],
        terms: [
          ['air source heat pump', '空气源热泵'],
          ['hot water system', '热水系统'],
          ['solar collector', '太阳能集热器'],
        ],
        clusters: [
          ['Dezhou', '德州'],
          ['Haining', '海宁'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.8],
      ['CE', 0.55],
      ['ISO14001', 0.35],
      ['UN38.3', 0.25],
      ['UL', 0.2],
      ['TUV', 0.2],
    ],
  },
  {
    key: 'textiles',
    name: 'Textiles',
    share: 3.6,
    lines: [
      {
        key: 'woven-fabric',
        trade: ['Textile', '纺织'],
        isic: '1312',
        products: [
          ['540752', 'polyester fabric', '涤纶面料'],
          ['520812', 'cotton fabric', '棉布'],
          ['500720', 'silk fabric', '真丝面料'],
        ],
        terms: [
          ['fabric', '面料'],
          ['woven fabric', '梭织布'],
          ['textile', '纺织品'],
        ],
        clusters: [
          ['Shaoxing', '绍兴'],
          ['Suzhou', '苏州'],
          ['Huzhou', '湖州'],
        ],
      },
      {
        key: 'knit-fabric',
        trade: ['Knitting', '针织'],
        isic: '1391',
        products: [
          ['600622', 'cotton knitted fabric', '棉针织布'],
          ['600632', 'polyester knitted fabric', '涤纶针织布'],
          ['600410', 'spandex fabric', '氨纶弹力布'],
        ],
        terms: [
          ['jersey fabric', '汗布'],
          ['knit fabric', '针织面料'],
          ['stretch fabric', '弹力布'],
        ],
      },
      {
        key: 'yarn',
        trade: ['Yarn', '纱线'],
        isic: '1311',
        products: [
          ['540233', 'polyester yarn', '涤纶长丝'],
          ['520512', 'cotton yarn', '棉纱'],
          ['550320', 'polyester staple fibre', '涤纶短纤'],
        ],
        terms: [
          ['filament yarn', '长丝'],
          ['spun yarn', '纺纱'],
          ['chemical fibre', '化纤'],
        ],
      },
      {
        key: 'nonwovens',
        trade: ['Nonwoven', '无纺布'],
        isic: '1399',
        products: [
          ['560311', 'nonwoven fabric', '无纺布'],
          ['560313', 'spunlace nonwoven', '水刺无纺布'],
          ['560314', 'needle-punched nonwoven', '针刺无纺布'],
        ],
        terms: [
          ['non-woven', '非织造布'],
          ['meltblown', '熔喷布'],
          ['spunbond', '纺粘布'],
        ],
      },
      {
        key: 'carpets',
        trade: ['Carpet', '地毯'],
        isic: '1393',
        products: [
          ['570339', 'carpet', '地毯'],
          ['570500', 'floor mat', '地垫'],
          ['570242', 'woven rug', '机织地毯'],
          ['570331', 'artificial turf', '人造草坪'],
        ],
        terms: [
          ['rug', '块毯'],
          ['carpet tiles', '方块地毯'],
          ['door mat', '门垫'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.45],
      ['OEKO-TEX', 0.4],
      ['BSCI', 0.2],
      ['REACH', 0.15],
      ['GRS', 0.12],
      ['GOTS', 0.1],
    ],
  },
  {
    key: 'new-materials',
    name: 'New materials',
    share: 3.2,
    lines: [
      {
        key: 'engineering-plastics',
        trade: ['Engineering Plastics', '工程塑料'],
        isic: '2013',
        products: [
          ['390810', 'nylon resin', '尼龙切片'],
          ['390740', 'polycarbonate', '聚碳酸酯'],
          ['390330', 'ABS resin', 'ABS树脂'],
        ],
        terms: [
          ['PA66', '尼龙66'],
          ['modified plastics', '改性塑料'],
          ['plastic granules', '塑料颗粒'],
        ],
      },
      {
        key: 'carbon-fibre',
        trade: ['Carbon Fiber', '碳纤维'],
        isic: '2399',
        products: [
          ['681511', 'carbon fiber', '碳纤维'],
          ['681512', 'carbon fiber fabric', '碳纤维布'],
          ['681519', 'carbon fiber parts', '碳纤维制品'],
          ['380110', 'artificial graphite', '人造石墨'],
        ],
        terms: [
          ['composite materials', '复合材料'],
          ['graphite', '石墨'],
          ['carbon fiber tube', '碳纤维管'],
        ],
      },
      {
        key: 'glass-fibre',
        trade: ['Fiberglass', '玻纤'],
        isic: '2310',
        products: [
          ['701912', 'glass fiber roving', '玻璃纤维纱'],
          ['701961', 'fiberglass cloth', '玻纤布'],
          ['701915', 'chopped strand mat', '短切毡'],
        ],
        terms: [
          ['glass fibre', '玻璃纤维'],
          ['fiberglass mesh', '玻纤网格布'],
          ['FRP', '玻璃钢'],
        ],
      },
      {
        key: 'rare-earth',
        trade: ['Rare Earth', '稀土'],
        isic: '2011',
        products: [
          ['284690', 'rare earth oxide', '稀土氧化物'],
          ['850511', 'NdFeB magnet', '钕铁硼磁铁'],
          ['280530', 'rare earth metal', '稀土金属'],
        ],
        terms: [
          ['permanent magnet', '永磁体'],
          ['neodymium', '钕'],
          ['magnetic materials', '磁性材料'],
        ],
        clusters: [
          ['Baotou', '包头'],
          ['Ganzhou', '赣州'],
          ['Ningbo', '宁波'],
        ],
      },
      {
        key: 'special-metals',
        trade: ['Special Metals', '特种金属'],
        isic: '2420',
        products: [
          ['810890', 'titanium bar', '钛棒'],
          ['810820', 'titanium sponge', '海绵钛'],
          ['810199', 'tungsten products', '钨制品'],
          ['810299', 'molybdenum products', '钼制品'],
        ],
        terms: [
          ['titanium', '钛材'],
          ['titanium alloy', '钛合金'],
          ['refractory metals', '难熔金属'],
        ],
        clusters: [
          ['Baoji', '宝鸡'],
          ['Zhuzhou', '株洲'],
        ],
      },
      {
        key: 'abrasives',
        trade: ['Abrasives', '磨料磨具'],
        isic: '2399',
        products: [
          ['710510', 'diamond powder', '金刚石微粉'],
          ['680421', 'diamond grinding wheel', '金刚石砂轮'],
          ['680422', 'grinding wheel', '砂轮'],
          ['680520', 'sandpaper', '砂纸'],
        ],
        terms: [
          ['superhard materials', '超硬材料'],
          ['abrasive', '磨料'],
          ['synthetic diamond', '人造金刚石'],
        ],
        clusters: [['Zhengzhou', '郑州']],
      },
    ],
    certificates: [
      ['ISO9001', 0.75],
      ['ISO14001', 0.35],
      ['REACH', 0.3],
      ['RoHS', 0.15],
      ['IATF16949', 0.08],
      ['AS9100', 0.04],
    ],
  },
  {
    key: 'plastics-rubber',
    name: 'Plastics and rubber products',
    share: 2.9,
    lines: [
      {
        key: 'plastic-products',
        trade: ['Plastic', '塑料'],
        isic: '2220',
        products: [
          ['392690', 'injection molded parts', '注塑件'],
          ['392410', 'plastic tableware', '塑料餐具'],
          ['392310', 'plastic storage box', '塑料收纳盒'],
          ['392390', 'plastic crate', '塑料周转箱'],
        ],
        terms: [
          ['plastic products', '塑料制品'],
          ['injection molding', '注塑'],
          ['plastic mould', '塑料模具'],
        ],
        clusters: [
          ['Yuyao', '余姚'],
          ['Taizhou', '台州'],
        ],
      },
      {
        key: 'plastic-packaging',
        trade: ['Packaging', '包装'],
        isic: '2220',
        products: [
          ['392321', 'plastic bag', '塑料袋'],
          ['392010', 'PE film', 'PE薄膜'],
          ['392020', 'BOPP film', 'BOPP薄膜'],
          ['392330', 'PET bottle', 'PET瓶'],
          ['392350', 'bottle cap', '瓶盖'],
        ],
        terms: [
          ['flexible packaging', '软包装'],
          ['stretch film', '缠绕膜'],
          ['packaging film', '包装膜'],
        ],
      },
      {
        key: 'pipes',
        trade: ['Pipe', '管业'],
        isic: '2220',
        products: [
          ['391723', 'PVC pipe', 'PVC管'],
          ['391721', 'HDPE pipe', 'PE管'],
          ['391722', 'PPR pipe', 'PPR管'],
          ['391740', 'pipe fittings', '管件'],
        ],
        terms: [
          ['plastic pipe', '塑料管'],
          ['water supply pipe', '给水管'],
          ['drainage pipe', '排水管'],
        ],
      },
      {
        key: 'tyres',
        trade: ['Tire', '轮胎'],
        isic: '2211',
        products: [
          ['401110', 'car tire', '轿车轮胎'],
          ['401120', 'truck tire', '卡车轮胎'],
          ['401140', 'motorcycle tire', '摩托车轮胎'],
          ['401150', 'bicycle tire', '自行车轮胎'],
        ],
        terms: [
          ['tyre', '轮胎'],
          ['radial tire', '子午线轮胎'],
          ['TBR', '全钢胎'],
        ],
        clusters: [
          ['Dongying', '东营'],
          ['Qingdao', '青岛'],
        ],
      },
      {
        key: 'rubber-products',
        trade: ['Rubber', '橡胶'],
        isic: '2219',
        products: [
          ['401693', 'rubber seal', '橡胶密封件'],
          ['401012', 'rubber conveyor belt', '橡胶输送带'],
          ['401699', 'molded rubber parts', '橡胶模压件'],
        ],
        terms: [
          ['O-ring', 'O型圈'],
          ['rubber products', '橡胶制品'],
          ['silicone rubber', '硅橡胶'],
        ],
        clusters: [
          ['Xingtai', '邢台'],
          ['Hengshui', '衡水'],
        ],
      },
      {
        key: 'natural-rubber',
        trade: ['Natural Rubber', '天然橡胶'],
        isic: '0129',
        grows: true,
        products: [
          ['400122', 'natural rubber', '天然橡胶'],
          ['400121', 'ribbed smoked sheet', '烟胶片'],
          ['400110', 'natural rubber latex', '天然胶乳'],
        ],
        terms: [
          ['rubber plantation', '橡胶种植园'],
          ['SVR', '标准胶'],
          ['latex', '胶乳'],
        ],
        clusters: [
          ['Xishuangbanna', '西双版纳'],
          ['Haikou', '海口'],
        ],
        origins: 'CN TH MY ID VN LA MM KH LK IN PH NG'.split(' '),
      },
      {
        key: 'resins',
        trade: ['Resin', '树脂'],
        isic: '2013',
        products: [
          ['390110', 'LDPE resin', '低密度聚乙烯'],
          ['390120', 'HDPE resin', '高密度聚乙烯'],
          ['390210', 'polypropylene', '聚丙烯'],
          ['390410', 'PVC resin', 'PVC树脂'],
        ],
        terms: [
          ['plastic raw materials', '塑料原料'],
          ['polyethylene', '聚乙烯'],
          ['virgin resin', '原生料'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.7],
      ['REACH', 0.3],
      ['RoHS', 0.25],
      ['ISO14001', 0.25],
      ['FDA', 0.1],
      ['IATF16949', 0.05],
    ],
  },
  {
    key: 'metals',
    name: 'Metals and metal products',
    share: 2.6,
    lines: [
      {
        key: 'fasteners',
        trade: ['Fastener', '紧固件'],
        isic: '2599',
        products: [
          ['731815', 'bolts', '螺栓'],
          ['731816', 'nuts', '螺母'],
          ['731814', 'self-tapping screws', '自攻螺钉'],
          ['731822', 'washers', '垫圈'],
        ],
        terms: [
          ['screws', '螺丝'],
          ['anchor bolts', '膨胀螺栓'],
          ['stainless steel fasteners', '不锈钢紧固件'],
        ],
        clusters: [
          ['Handan', '邯郸'],
          ['Jiaxing', '嘉兴'],
          ['Ningbo', '宁波'],
        ],
      },
      {
        key: 'aluminium',
        trade: ['Aluminum', '铝业'],
        isic: '2420',
        products: [
          ['760429', 'aluminum profile', '铝型材'],
          ['760612', 'aluminum sheet', '铝板'],
          ['760711', 'aluminum foil', '铝箔'],
          ['760820', 'aluminum tube', '铝管'],
        ],
        terms: [
          ['aluminium extrusion', '铝挤压型材'],
          ['aluminum alloy', '铝合金'],
          ['aluminum coil', '铝卷'],
        ],
        clusters: [
          ['Foshan', '佛山'],
          ['Zouping', '邹平'],
        ],
      },
      {
        key: 'steel',
        trade: ['Steel', '钢铁'],
        isic: '2410',
        products: [
          ['720839', 'hot-rolled coil', '热轧卷板'],
          ['721934', 'stainless steel sheet', '不锈钢板'],
          ['730630', 'welded steel pipe', '焊接钢管'],
          ['721049', 'galvanized steel sheet', '镀锌板'],
          ['721391', 'wire rod', '线材'],
        ],
        terms: [
          ['steel plate', '钢板'],
          ['steel coil', '钢卷'],
          ['steel pipe', '钢管'],
        ],
        clusters: [
          ['Tangshan', '唐山'],
          ['Tianjin', '天津'],
        ],
      },
      {
        key: 'kitchenware',
        trade: ['Kitchenware', '厨具'],
        isic: '2599',
        products: [
          ['732393', 'stainless steel cookware', '不锈钢锅具'],
          ['961700', 'vacuum flask', '保温杯'],
          ['761510', 'aluminum cookware', '铝锅'],
          ['821191', 'table knife', '餐刀'],
          ['821599', 'stainless steel cutlery', '不锈钢餐具'],
        ],
        terms: [
          ['cookware', '炊具'],
          ['thermos', '保温瓶'],
          ['kitchen utensils', '厨房用具'],
        ],
        clusters: [
          ['Jieyang', '揭阳'],
          ['Yongkang', '永康'],
          ['Yangjiang', '阳江'],
        ],
      },
      {
        key: 'hardware',
        trade: ['Hardware', '五金'],
        isic: '2593',
        products: [
          ['830241', 'door hardware', '门窗五金'],
          ['830140', 'padlock', '挂锁'],
          ['830210', 'hinge', '合页'],
          ['830242', 'furniture hardware', '家具五金'],
        ],
        terms: [
          ['hardware fittings', '五金配件'],
          ['drawer slide', '抽屉滑轨'],
          ['door handle', '门把手'],
        ],
        clusters: [
          ['Yongkang', '永康'],
          ['Jiangmen', '江门'],
        ],
      },
      {
        key: 'wire-products',
        trade: ['Wire Products', '丝网'],
        isic: '2599',
        products: [
          ['731210', 'steel wire rope', '钢丝绳'],
          ['721720', 'galvanized wire', '镀锌铁丝'],
          ['731420', 'welded wire mesh', '电焊网'],
          ['740811', 'copper wire', '铜线'],
        ],
        terms: [
          ['wire mesh', '钢丝网'],
          ['fence', '护栏网'],
          ['steel wire', '钢丝'],
        ],
        clusters: [['Anping', '安平']],
      },
      {
        key: 'castings',
        trade: ['Casting', '铸造'],
        isic: '2599',
        products: [
          ['732599', 'iron casting', '铸铁件'],
          ['761699', 'aluminum die casting', '铝压铸件'],
          ['732510', 'manhole cover', '井盖'],
        ],
        terms: [
          ['die casting', '压铸'],
          ['sand casting', '砂型铸造'],
          ['investment casting', '精密铸造'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.75],
      ['ISO14001', 0.35],
      ['ISO45001', 0.2],
      ['CE', 0.15],
      ['IATF16949', 0.06],
    ],
  },
  {
    key: 'chemicals',
    name: 'Chemicals',
    share: 2.3,
    lines: [
      {
        key: 'inorganic',
        trade: ['Chemical', '化工'],
        isic: '2011',
        products: [
          ['320611', 'titanium dioxide', '钛白粉'],
          ['283620', 'soda ash', '纯碱'],
          ['281511', 'caustic soda', '烧碱'],
        ],
        terms: [
          ['industrial chemicals', '工业化学品'],
          ['inorganic chemicals', '无机化工'],
          ['rutile', '金红石型'],
        ],
      },
      {
        key: 'biochemicals',
        trade: ['Biochemical', '生化'],
        isic: '2011',
        products: [
          ['291814', 'citric acid', '柠檬酸'],
          ['292242', 'monosodium glutamate', '味精'],
          ['292241', 'lysine', '赖氨酸'],
        ],
        terms: [
          ['food additives', '食品添加剂'],
          ['fermentation products', '发酵产品'],
          ['amino acids', '氨基酸'],
        ],
      },
      {
        key: 'agrochemicals',
        trade: ['Agrochemical', '农化'],
        isic: '2021',
        products: [
          ['380893', 'herbicide', '除草剂'],
          ['380891', 'insecticide', '杀虫剂'],
          ['380892', 'fungicide', '杀菌剂'],
          ['310520', 'NPK fertilizer', '复合肥'],
        ],
        terms: [
          ['pesticide', '农药'],
          ['glyphosate', '草甘膦'],
          ['crop protection', '植保'],
        ],
      },
      {
        key: 'adhesives',
        trade: ['Adhesive', '胶粘剂'],
        isic: '2029',
        products: [
          ['350691', 'adhesive', '胶粘剂'],
          ['321519', 'printing ink', '油墨'],
          ['350699', 'glue', '胶水'],
        ],
        terms: [
          ['hot melt adhesive', '热熔胶'],
          ['epoxy', '环氧胶'],
          ['sealing glue', '密封胶水'],
        ],
      },
      {
        key: 'dyes',
        trade: ['Dyestuff', '染料'],
        isic: '2011',
        products: [
          ['320416', 'reactive dye', '活性染料'],
          ['320411', 'disperse dye', '分散染料'],
          ['320412', 'acid dye', '酸性染料'],
          ['320417', 'organic pigment', '有机颜料'],
        ],
        terms: [
          ['textile dyes', '纺织染料'],
          ['colorants', '着色剂'],
          ['dyestuff', '染化料'],
        ],
        clusters: [
          ['Shangyu', '上虞'],
          ['Hangzhou', '杭州'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.75],
      ['ISO14001', 0.5],
      ['REACH', 0.4],
      ['ISO45001', 0.3],
      ['GMP', 0.05],
    ],
  },
  {
    key: 'vehicles',
    name: 'Vehicles and parts',
    share: 2.2,
    lines: [
      {
        key: 'auto-parts',
        trade: ['Auto Parts', '汽配'],
        isic: '2930',
        products: [
          ['870899', 'auto parts', '汽车零部件'],
          ['870830', 'brake pads', '刹车片'],
          ['870880', 'shock absorber', '减震器'],
          ['870840', 'gearbox', '变速箱'],
          ['840991', 'engine parts', '发动机零件'],
        ],
        terms: [
          ['car parts', '汽车配件'],
          ['aftermarket parts', '售后配件'],
          ['OEM auto parts', '主机配套'],
        ],
        clusters: [
          ['Ruian', '瑞安'],
          ['Guangzhou', '广州'],
          ['Wuhan', '武汉'],
        ],
      },
      {
        key: 'auto-electrical',
        trade: ['Auto Electrical', '汽车电器'],
        isic: '2930',
        products: [
          ['851220', 'car headlight', '汽车大灯'],
          ['850710', 'car battery', '汽车蓄电池'],
          ['851140', 'starter motor', '起动机'],
          ['851150', 'alternator', '发电机'],
        ],
        terms: [
          ['LED headlight', 'LED车灯'],
          ['lead-acid battery', '铅酸电池'],
          ['auto lamp', '车灯'],
        ],
        clusters: [
          ['Danyang', '丹阳'],
          ['Ruian', '瑞安'],
        ],
      },
      {
        key: 'bicycles',
        trade: ['Bicycle', '自行车'],
        isic: '3092',
        products: [
          ['871200', 'bicycle', '自行车'],
          ['871160', 'electric bicycle', '电动自行车'],
          ['871499', 'bicycle parts', '自行车配件'],
        ],
        terms: [
          ['e-bike', '电助力车'],
          ['mountain bike', '山地车'],
          ['bike', '单车'],
        ],
        clusters: [
          ['Tianjin', '天津'],
          ['Kunshan', '昆山'],
        ],
      },
      {
        key: 'motorcycles',
        trade: ['Motorcycle', '摩托车'],
        isic: '3091',
        products: [
          ['871120', 'motorcycle', '摩托车'],
          ['871410', 'motorcycle parts', '摩托车配件'],
          ['871130', 'large-displacement motorcycle', '大排量摩托车'],
        ],
        terms: [
          ['motorbike', '机车'],
          ['scooter', '踏板车'],
          ['off-road motorcycle', '越野摩托'],
        ],
        clusters: [
          ['Chongqing', '重庆'],
          ['Jiangmen', '江门'],
        ],
      },
      {
        key: 'trucks',
        trade: ['Commercial Vehicle', '专用车'],
        isic: '2910',
        products: [
          ['870421', 'light truck', '轻型卡车'],
          ['870422', 'truck', '卡车'],
          ['871639', 'semi-trailer', '半挂车'],
          ['870590', 'special purpose vehicle', '专用车辆'],
        ],
        terms: [
          ['lorry', '货车'],
          ['dump truck', '自卸车'],
          ['trailer', '挂车'],
        ],
        clusters: [
          ['Liangshan', '梁山'],
          ['Suizhou', '随州'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.7],
      ['IATF16949', 0.45],
      ['ISO14001', 0.3],
      ['CE', 0.2],
      ['E-MARK', 0.15],
      ['DOT', 0.1],
    ],
  },
  {
    key: 'tools',
    name: 'Tools and hardware',
    share: 2,
    lines: [
      {
        key: 'power-tools',
        trade: ['Power Tools', '电动工具'],
        isic: '2818',
        products: [
          ['846721', 'electric drill', '电钻'],
          ['846729', 'angle grinder', '角磨机'],
          ['846722', 'electric saw', '电锯'],
          ['846711', 'pneumatic tools', '气动工具'],
        ],
        terms: [
          ['cordless drill', '锂电钻'],
          ['impact wrench', '电动扳手'],
          ['power tool', '电动工具'],
        ],
        clusters: [
          ['Yongkang', '永康'],
          ['Jinhua', '金华'],
          ['Nantong', '南通'],
        ],
      },
      {
        key: 'hand-tools',
        trade: ['Hand Tools', '工具'],
        isic: '2593',
        products: [
          ['820411', 'wrench', '扳手'],
          ['820320', 'pliers', '钳子'],
          ['820540', 'screwdriver', '螺丝刀'],
          ['820520', 'hammer', '锤子'],
          ['820130', 'garden hoe', '锄头'],
        ],
        terms: [
          ['tool set', '工具套装'],
          ['socket set', '套筒'],
          ['hand tool', '手动工具'],
        ],
        clusters: [
          ['Yongkang', '永康'],
          ['Zhangqiu', '章丘'],
        ],
      },
      {
        key: 'cutting-tools',
        trade: ['Cutting Tools', '刀具'],
        isic: '2593',
        products: [
          ['820750', 'drill bit', '钻头'],
          ['820231', 'saw blade', '锯片'],
          ['820770', 'milling cutter', '铣刀'],
          ['820239', 'diamond saw blade', '金刚石锯片'],
        ],
        terms: [
          ['carbide tools', '硬质合金刀具'],
          ['end mill', '立铣刀'],
          ['cutting tool', '切削工具'],
        ],
        clusters: [
          ['Danyang', '丹阳'],
          ['Zhuzhou', '株洲'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.65],
      ['CE', 0.45],
      ['GS', 0.2],
      ['RoHS', 0.15],
      ['UL', 0.1],
    ],
  },
  {
    key: 'optics-instruments',
    name: 'Optical and measuring instruments',
    share: 1.7,
    lines: [
      {
        key: 'meters',
        trade: ['Meter', '仪表'],
        isic: '2651',
        products: [
          ['902610', 'flow meter', '流量计'],
          ['902830', 'electricity meter', '电能表'],
          ['902620', 'pressure gauge', '压力表'],
          ['902820', 'water meter', '水表'],
          ['902519', 'digital thermometer', '数字温度计'],
        ],
        terms: [
          ['smart meter', '智能电表'],
          ['instrumentation', '仪器仪表'],
          ['flowmeter', '流量仪表'],
        ],
      },
      {
        key: 'test-instruments',
        trade: ['Test Instrument', '仪器'],
        isic: '2651',
        products: [
          ['903033', 'multimeter', '万用表'],
          ['902730', 'spectrometer', '光谱仪'],
          ['903020', 'oscilloscope', '示波器'],
          ['902710', 'gas analyzer', '气体分析仪'],
        ],
        terms: [
          ['test equipment', '测试设备'],
          ['laboratory instrument', '实验室仪器'],
          ['measuring instrument', '测量仪器'],
        ],
      },
      {
        key: 'eyewear',
        trade: ['Eyewear', '眼镜'],
        isic: '3250',
        products: [
          ['900490', 'reading glasses', '老花镜'],
          ['900410', 'sunglasses', '太阳镜'],
          ['900311', 'plastic spectacle frames', '板材眼镜架'],
          ['900319', 'metal spectacle frames', '金属眼镜架'],
          ['900150', 'spectacle lenses', '眼镜片'],
        ],
        terms: [
          ['glasses', '眼镜'],
          ['optical frames', '光学镜架'],
          ['eyeglasses', '近视眼镜'],
        ],
        clusters: [
          ['Wenzhou', '温州'],
          ['Danyang', '丹阳'],
          ['Xiamen', '厦门'],
        ],
      },
      {
        key: 'optics',
        trade: ['Optics', '光学'],
        isic: '2670',
        products: [
          ['900211', 'camera lens', '相机镜头'],
          ['900190', 'optical lens', '光学透镜'],
          ['900510', 'binoculars', '双筒望远镜'],
        ],
        terms: [
          ['optical components', '光学元件'],
          ['lens', '镜头'],
          ['telescope', '望远镜'],
        ],
        clusters: [
          ['Changchun', '长春'],
          ['Nanyang', '南阳'],
        ],
      },
      {
        key: 'watches',
        trade: ['Watch', '钟表'],
        isic: '2652',
        products: [
          ['910211', 'quartz watch', '石英手表'],
          ['910521', 'wall clock', '挂钟'],
          ['910212', 'digital watch', '电子表'],
        ],
        terms: [
          ['wristwatch', '手表'],
          ['clock', '时钟'],
          ['smart watch', '智能手表'],
        ],
        clusters: [
          ['Shenzhen', '深圳'],
          ['Zhangzhou', '漳州'],
        ],
      },
    ],
    certificates: [
      ['ISO9001', 0.7],
      ['CE', 0.5],
      ['RoHS', 0.35],
      ['ISO14001', 0.2],
      ['FDA', 0.08],
    ],
  },
];
