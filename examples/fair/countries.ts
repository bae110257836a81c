/**
 * Where the synthetic fair's exhibitors and buyers come from. Exhibitor countries are those
 * that send pavilions or firms to the China International SME Fair; China is about two
 * thirds. Names are ASCII: the GBK copy of the sample (examples/data) must encode them.
 */

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

export const SUPPLIER_COUNTRIES: SupplierCountry[] = [
  row(
    'CN', 67,
    'Shenzhen|Dongguan|Foshan|Guangzhou|Suzhou|Ningbo|Hangzhou|Wuxi|Changzhou|Qingdao|Xiamen|Hefei|Chengdu|Wuhan|Changsha|Zhongshan|Jinan|Tianjin|Shenyang|Xi’an|Yiwu|Wenzhou|Quanzhou|Zhengzhou',
    'Co., Ltd.|Technology Co.|Industrial Co.|Group|Manufacturing',
    '',
  ),
  row('VN', 2.6, 'Ho Chi Minh City|Hanoi|Hai Phong|Binh Duong', 'Co., Ltd.|JSC', 'apparel textiles footwear food furniture'),
  row('TH', 2.1, 'Bangkok|Chonburi|Rayong|Chiang Mai', 'Co., Ltd.|Public Co.', 'food vehicles plastics-rubber cosmetics'),
  row('MY', 2, 'Kuala Lumpur|Penang|Johor Bahru|Shah Alam', 'Sdn. Bhd.|Bhd.', 'electronics plastics-rubber food biomedicine'),
  row('KR', 1.9, 'Seoul|Incheon|Busan|Suwon', 'Co., Ltd.|Corp.', 'electronics cosmetics vehicles new-materials'),
  row('ID', 1.6, 'Jakarta|Surabaya|Bandung|Semarang', 'PT|Tbk', 'food furniture footwear apparel'),
  row('JP', 1.5, 'Osaka|Tokyo|Nagoya|Yokohama', 'Co., Ltd.|K.K.', 'intelligent-manufacturing equipment optics-instruments new-materials'),
  row('IN', 1.4, 'Mumbai|Chennai|Bengaluru|Ahmedabad', 'Pvt. Ltd.|Ltd.', 'chemicals biomedicine textiles crafts'),
  row('DE', 1.4, 'Stuttgart|Munich|Hamburg|Dusseldorf', 'GmbH|AG', 'equipment intelligent-manufacturing vehicles tools'),
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
  ['DE', 6], ['FR', 4], ['IT', 4], ['ES', 3], ['NL', 3], ['PL', 2], ['SE', 2], ['GB', 4], ['US', 6], ['CA', 2],
  ['MX', 3], ['BR', 4], ['CL', 2], ['AR', 1], ['AE', 4], ['SA', 4], ['EG', 2], ['NG', 2], ['KE', 2], ['ZA', 2],
  ['RU', 3], ['KZ', 2], ['IN', 3], ['VN', 3], ['TH', 3], ['MY', 3], ['ID', 3], ['SG', 2], ['JP', 3], ['KR', 3],
  ['AU', 3], ['NZ', 1], ['PK', 2], ['TR', 2], ['CN', 4],
];

/** EU buyers ask for CE marking; buyers in these countries ask food and cosmetics suppliers for HALAL. */
export const EU_BUYERS: ReadonlySet<string> = new Set(['DE', 'FR', 'IT', 'ES', 'NL', 'PL', 'SE']);
export const HALAL_MARKETS: ReadonlySet<string> = new Set(['AE', 'SA', 'MY', 'ID', 'PK', 'EG', 'BD', 'TR', 'KZ', 'UZ', 'NG']);
