/**
 * Where the synthetic fair's exhibitors and buyers come from. Exhibitor countries are those
 * that send pavilions or firms to the China International SME Fair; China is about two
 * thirds. Latin-script names are ASCII (plus the apostrophe of Xi’an) and Chinese names
 * are common characters: the GBK copy of the sample (examples/data) must encode them.
 */
import type { Words } from './industries.js';

export interface SupplierCountry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Relative weight among the fair's suppliers. */
  weight: number;
  /** Cities that appear in exhibitor names. */
  cities: string[];
  /** Legal-form suffixes for exhibitor names. */
  suffixes: string[];
  /** Industry keys the country's exhibitors concentrate in (three times their base weight). */
  strengths: string[];
}

const row = (code: string, weight: number, cities: string, suffixes: string, strengths: string): SupplierCountry => ({
  code,
  weight,
  cities: cities.split('|'),
  suffixes: suffixes.split('|'),
  strengths: strengths ? strengths.split(' ') : [],
});

/** Chinese exhibitors' home cities, in pinyin and characters (product lines add their clusters). */
export const CHINESE_CITIES: Words[] = [
  ['Shenzhen', '深圳'],
  ['Dongguan', '东莞'],
  ['Foshan', '佛山'],
  ['Guangzhou', '广州'],
  ['Suzhou', '苏州'],
  ['Ningbo', '宁波'],
  ['Hangzhou', '杭州'],
  ['Wuxi', '无锡'],
  ['Changzhou', '常州'],
  ['Qingdao', '青岛'],
  ['Xiamen', '厦门'],
  ['Hefei', '合肥'],
  ['Chengdu', '成都'],
  ['Wuhan', '武汉'],
  ['Changsha', '长沙'],
  ['Zhongshan', '中山'],
  ['Jinan', '济南'],
  ['Tianjin', '天津'],
  ['Shenyang', '沈阳'],
  ['Xi’an', '西安'],
  ['Yiwu', '义乌'],
  ['Wenzhou', '温州'],
  ['Quanzhou', '泉州'],
  ['Zhengzhou', '郑州'],
];

/**
 * Trade names (字号) of Chinese firms, in pinyin and characters: generic auspicious words many
 * unrelated firms use, as real registers show.
 */
export const CHINESE_BRANDS: Words[] = [
  ['Hengtong', '恒通'],
  ['Xinda', '鑫达'],
  ['Huamei', '华美'],
  ['Jinlong', '金龙'],
  ['Hongsheng', '宏盛'],
  ['Ruifeng', '瑞丰'],
  ['Tianli', '天力'],
  ['Yongfeng', '永丰'],
  ['Shengda', '盛达'],
  ['Kaiyuan', '开元'],
  ['Jiahe', '嘉禾'],
  ['Huaxing', '华兴'],
  ['Dingsheng', '鼎盛'],
  ['Xinyuan', '鑫源'],
  ['Baoli', '宝利'],
  ['Fuda', '富达'],
  ['Longxiang', '龙翔'],
  ['Anda', '安达'],
  ['Hongda', '宏达'],
  ['Jinma', '金马'],
  ['Tianyuan', '天元'],
  ['Zhongtai', '中泰'],
  ['Lianxin', '联鑫'],
  ['Haoyu', '昊宇'],
  ['Ruida', '瑞达'],
  ['Wanxiang', '万祥'],
  ['Huarui', '华瑞'],
  ['Jiacheng', '嘉诚'],
  ['Mingda', '明达'],
  ['Boyuan', '博源'],
  ['Xingyu', '星宇'],
  ['Yida', '亿达'],
  ['Chuangxin', '创新'],
  ['Zhongke', '中科'],
  ['Huitong', '汇通'],
  ['Lianfa', '联发'],
  ['Jinfeng', '金丰'],
  ['Shunfa', '顺发'],
  ['Taihe', '泰和'],
  ['Yuanda', '远达'],
  ['Guanghua', '光华'],
  ['Xinhe', '新和'],
  ['Oufeng', '欧丰'],
  ['Meijia', '美佳'],
  ['Runfeng', '润丰'],
  ['Weiye', '伟业'],
  ['Haixin', '海鑫'],
  ['Qiangsheng', '强盛'],
];

/** Invented trade names for firms elsewhere (neutral English words, as many exporters choose). */
export const BRANDS: string[] = [
  'Apex',
  'Nova',
  'Orion',
  'Vertex',
  'Summit',
  'Atlas',
  'Zenith',
  'Horizon',
  'Meridian',
  'Pioneer',
  'Evergreen',
  'Silverline',
  'Bluewave',
  'Sunrise',
  'Keystone',
  'Northstar',
  'Crestview',
  'Goldleaf',
  'Primeway',
  'Trident',
  'Unity',
  'Vista',
  'Solaris',
  'Delta',
  'Harbor',
  'Lotus',
  'Falcon',
  'Cedar',
  'Sterling',
  'Beacon',
];

export const SUPPLIER_COUNTRIES: SupplierCountry[] = [
  row('CN', 67, CHINESE_CITIES.map(([en]) => en).join('|'), 'Co., Ltd.', ''),
  row(
    'VN',
    2.6,
    'Ho Chi Minh City|Hanoi|Hai Phong|Binh Duong',
    'Co., Ltd.|JSC',
    'apparel textiles footwear food furniture',
  ),
  row(
    'TH',
    2.1,
    'Bangkok|Chonburi|Rayong|Chiang Mai',
    'Co., Ltd.|Public Co.',
    'food vehicles plastics-rubber cosmetics',
  ),
  row(
    'MY',
    2,
    'Kuala Lumpur|Penang|Johor Bahru|Shah Alam',
    'Sdn. Bhd.|Bhd.',
    'electronics plastics-rubber food biomedicine',
  ),
  row('KR', 1.9, 'Seoul|Incheon|Busan|Suwon', 'Co., Ltd.|Corp.', 'electronics cosmetics vehicles new-materials'),
  row('ID', 1.6, 'Jakarta|Surabaya|Bandung|Semarang', 'PT|Tbk', 'food furniture footwear apparel'),
  row(
    'JP',
    1.5,
    'Osaka|Tokyo|Nagoya|Yokohama',
    'Co., Ltd.|K.K.',
    'intelligent-manufacturing equipment optics-instruments new-materials',
  ),
  row('IN', 1.4, 'Mumbai|Chennai|Bengaluru|Ahmedabad', 'Pvt. Ltd.|Ltd.', 'chemicals biomedicine textiles crafts'),
  row(
    'DE',
    1.4,
    'Stuttgart|Munich|Hamburg|Dusseldorf',
    'GmbH|AG',
    'equipment intelligent-manufacturing vehicles tools',
  ),
  row('TR', 1.3, 'Istanbul|Izmir|Bursa|Ankara', 'A.S.|Ltd. Sti.', 'textiles apparel food home'),
  row('IT', 1.2, 'Milan|Bologna|Florence|Turin', 'S.r.l.|S.p.A.', 'furniture leather food ceramics-glass'),
  row('RU', 1.1, 'Moscow|Saint Petersburg|Novosibirsk|Kazan', 'LLC|JSC', 'food chemicals metals'),
  row('HK', 1, 'Hong Kong', 'Ltd.|Holdings Ltd.', 'electronics toys-sports crafts'),
  row('SG', 0.9, 'Singapore', 'Pte. Ltd.', 'electronics biomedicine new-energy'),
  row('PK', 0.9, 'Karachi|Lahore|Sialkot|Faisalabad', 'Pvt. Ltd.', 'textiles apparel toys-sports leather'),
  row('BD', 0.7, 'Dhaka|Chittagong', 'Ltd.', 'apparel textiles leather'),
  row('PH', 0.7, 'Manila|Cebu|Davao', 'Inc.|Corp.', 'food electronics crafts'),
  row('AE', 0.7, 'Dubai|Sharjah|Abu Dhabi', 'LLC|FZE', 'food metals plastics-rubber'),
  row('BR', 0.7, 'Sao Paulo|Curitiba|Porto Alegre', 'Ltda.|S.A.', 'food vehicles leather'),
  row('KH', 0.6, 'Phnom Penh|Siem Reap', 'Co., Ltd.', 'apparel food footwear'),
  row('KZ', 0.6, 'Almaty|Astana', 'LLP|JSC', 'food metals chemicals'),
  row('FR', 0.6, 'Lyon|Paris|Bordeaux', 'SAS|S.A.', 'food cosmetics biomedicine'),
  row('ES', 0.6, 'Barcelona|Valencia|Madrid', 'S.L.|S.A.', 'food ceramics-glass footwear'),
  row('LK', 0.5, 'Colombo|Kandy', 'Pvt. Ltd.', 'food apparel plastics-rubber'),
  row('UZ', 0.5, 'Tashkent|Samarkand', 'LLC', 'textiles food'),
  row('SA', 0.5, 'Riyadh|Jeddah|Dammam', 'Co.|LLC', 'chemicals plastics-rubber food'),
  row('EG', 0.5, 'Cairo|Alexandria', 'S.A.E.|LLC', 'textiles food chemicals'),
  row('PL', 0.5, 'Warsaw|Poznan|Wroclaw', 'Sp. z o.o.|S.A.', 'furniture food vehicles'),
  row('GB', 0.5, 'London|Birmingham|Manchester', 'Ltd.|PLC', 'biomedicine equipment food'),
  row('LA', 0.4, 'Vientiane', 'Co., Ltd.', 'food wood'),
  row('MM', 0.4, 'Yangon|Mandalay', 'Co., Ltd.', 'apparel food wood'),
  row('MX', 0.4, 'Monterrey|Guadalajara|Mexico City', 'S.A. de C.V.', 'vehicles food'),
  row('CL', 0.4, 'Santiago|Valparaiso', 'SpA|S.A.', 'food metals'),
  row('ZA', 0.4, 'Johannesburg|Cape Town|Durban', '(Pty) Ltd.', 'food metals'),
  row('NG', 0.3, 'Lagos|Abuja', 'Ltd.', 'food cosmetics'),
  row('KE', 0.3, 'Nairobi|Mombasa', 'Ltd.', 'food'),
  row('PE', 0.3, 'Lima|Arequipa', 'S.A.C.', 'food textiles'),
  row('MN', 0.2, 'Ulaanbaatar', 'LLC', 'textiles food'),
];

/** Buyer countries (35), weighted roughly by how many buyers such fairs draw from each. */
export const BUYER_COUNTRIES: [string, number][] = [
  ['DE', 6],
  ['FR', 4],
  ['IT', 4],
  ['ES', 3],
  ['NL', 3],
  ['PL', 2],
  ['SE', 2],
  ['GB', 4],
  ['US', 6],
  ['CA', 2],
  ['MX', 3],
  ['BR', 4],
  ['CL', 2],
  ['AR', 1],
  ['AE', 4],
  ['SA', 4],
  ['EG', 2],
  ['NG', 2],
  ['KE', 2],
  ['ZA', 2],
  ['RU', 3],
  ['KZ', 2],
  ['IN', 3],
  ['VN', 3],
  ['TH', 3],
  ['MY', 3],
  ['ID', 3],
  ['SG', 2],
  ['JP', 3],
  ['KR', 3],
  ['AU', 3],
  ['NZ', 1],
  ['PK', 2],
  ['TR', 2],
  ['CN', 4],
];

/** Where buyers sit: cities for names and descriptions, legal-form suffixes. */
export const BUYER_PLACES: Record<string, { cities: string[]; suffixes: string[] }> = {
  ...Object.fromEntries(SUPPLIER_COUNTRIES.map((c) => [c.code, { cities: c.cities, suffixes: c.suffixes }])),
  CN: { cities: ['Shanghai', 'Beijing', 'Shenzhen', 'Guangzhou', 'Hangzhou', 'Chengdu'], suffixes: ['Co., Ltd.'] },
  NL: { cities: ['Rotterdam', 'Amsterdam', 'Eindhoven'], suffixes: ['B.V.'] },
  SE: { cities: ['Stockholm', 'Gothenburg', 'Malmo'], suffixes: ['AB'] },
  US: {
    cities: ['Los Angeles', 'Chicago', 'Houston', 'New York', 'Atlanta', 'Seattle'],
    suffixes: ['Inc.', 'LLC', 'Corp.'],
  },
  CA: { cities: ['Toronto', 'Vancouver', 'Montreal'], suffixes: ['Inc.', 'Ltd.'] },
  AR: { cities: ['Buenos Aires', 'Cordoba', 'Rosario'], suffixes: ['S.A.', 'S.R.L.'] },
  AU: { cities: ['Sydney', 'Melbourne', 'Brisbane', 'Perth'], suffixes: ['Pty Ltd'] },
  NZ: { cities: ['Auckland', 'Christchurch'], suffixes: ['Ltd'] },
};

/** Chinese buyers' cities in characters, for names and descriptions written in Chinese. */
export const CHINESE_CITY_NAMES: Record<string, string> = {
  ...Object.fromEntries(CHINESE_CITIES.map(([en, zh]) => [en, zh])),
  Shanghai: '上海',
  Beijing: '北京',
};

/** EU buyers ask for CE marking; buyers in these countries ask food and cosmetics suppliers for HALAL. */
export const EU_BUYERS: ReadonlySet<string> = new Set(['DE', 'FR', 'IT', 'ES', 'NL', 'PL', 'SE']);
export const HALAL_MARKETS: ReadonlySet<string> = new Set([
  'AE',
  'SA',
  'MY',
  'ID',
  'PK',
  'EG',
  'BD',
  'TR',
  'KZ',
  'UZ',
  'NG',
]);
