/** Words the demo city is built from: Guangzhou's districts, places, trades and names. */

export const CITY = { code: '440100', name: '广州市' } as const;

/** Each district with neighbourhood names for markets and schools, and its main roads. */
export const DISTRICTS: ReadonlyArray<{ code: string; name: string; weight: number; places: string[]; roads: string[] }> = [
  {
    code: '440103',
    name: '荔湾区',
    weight: 8,
    places: ['芳村', '西关', '南岸', '花地', '茶滘', '逢源', '多宝', '冲口', '东漖', '黄沙'],
    roads: ['中山八路', '芳村大道', '龙津西路', '花地大道', '康王路'],
  },
  {
    code: '440104',
    name: '越秀区',
    weight: 8,
    places: ['东山', '西湖', '农林', '梅花村', '洪桥', '六榕', '登峰', '建设', '大东', '白云'],
    roads: ['环市东路', '中山五路', '解放北路', '东风中路', '农林下路'],
  },
  {
    code: '440105',
    name: '海珠区',
    weight: 10,
    places: ['江南', '昌岗', '赤岗', '琶洲', '南洲', '沙园', '瑞宝', '龙凤', '素社', '凤阳'],
    roads: ['江南大道', '工业大道', '新港东路', '昌岗中路', '南洲路'],
  },
  {
    code: '440106',
    name: '天河区',
    weight: 10,
    places: ['石牌', '棠下', '员村', '车陂', '龙洞', '沙河', '猎德', '五山', '天园', '长兴'],
    roads: ['天河路', '中山大道', '黄埔大道', '天河北路', '广园快速路'],
  },
  {
    code: '440111',
    name: '白云区',
    weight: 12,
    places: ['江高', '太和', '人和', '石井', '同和', '三元里', '新市', '嘉禾', '京溪', '均禾'],
    roads: ['机场路', '白云大道', '广花公路', '同泰路', '石井大道'],
  },
  {
    code: '440112',
    name: '黄埔区',
    weight: 8,
    places: ['大沙', '文冲', '红山', '鱼珠', '长洲', '萝岗', '夏港', '联和', '云埔', '九龙'],
    roads: ['黄埔东路', '开创大道', '科学大道', '大沙地东路', '丰乐北路'],
  },
  {
    code: '440113',
    name: '番禺区',
    weight: 12,
    places: ['市桥', '大石', '南村', '石碁', '沙湾', '钟村', '洛浦', '化龙', '石楼', '东环'],
    roads: ['市桥大道', '番禺大道', '105国道', '兴业大道', '繁华路'],
  },
  {
    code: '440114',
    name: '花都区',
    weight: 7,
    places: ['新华', '狮岭', '花山', '炭步', '赤坭', '秀全', '新雅', '花城', '梯面', '花东'],
    roads: ['迎宾大道', '凤凰北路', '新华路', '建设北路', '秀全大道'],
  },
  {
    code: '440115',
    name: '南沙区',
    weight: 5,
    places: ['黄阁', '横沥', '万顷沙', '东涌', '大岗', '榄核', '珠江', '南沙', '龙穴', '金洲'],
    roads: ['进港大道', '凤凰大道', '环市大道', '黄阁大道', '港前大道'],
  },
  {
    code: '440117',
    name: '从化区',
    weight: 4,
    places: ['街口', '太平', '温泉', '良口', '鳌头', '江埔', '城郊', '吕田', '城北', '河滨'],
    roads: ['河滨北路', '新城东路', '青云路', '中田路', '广从南路'],
  },
  {
    code: '440118',
    name: '增城区',
    weight: 6,
    places: ['荔城', '新塘', '石滩', '中新', '朱村', '派潭', '永宁', '仙村', '荔湖', '增江'],
    roads: ['荔城大道', '增城大道', '新塘大道', '府佑路', '广汕公路'],
  },
];

/** Out-of-town suppliers come from these districts and counties. */
export const SUPPLIER_ORIGINS: ReadonlyArray<{ code: string; city: string }> = [
  { code: '440605', city: '佛山' },
  { code: '440606', city: '顺德' },
  { code: '441802', city: '清远' },
  { code: '440802', city: '湛江' },
  { code: '450102', city: '南宁' },
  { code: '430102', city: '长沙' },
  { code: '370783', city: '寿光' },
  { code: '530102', city: '昆明' },
  { code: '460105', city: '海口' },
  { code: '510104', city: '成都' },
  { code: '520102', city: '贵阳' },
  { code: '350102', city: '福州' },
];

export const SURNAMES = '陈李黄张梁林刘吴罗何郑杨谢郭邓冯朱曾彭许蔡潘卢钟麦叶周苏余江关温袁'.split('');
export const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂春海华建国志荣坤燕玲冰斌锦标耀'.split('');

/** Stall trades; `licensed` trades sell processed or prepackaged food and need a food business licence. */
export const TRADES: ReadonlyArray<{ goods: string; licensed: boolean; zone: string }> = [
  { goods: '猪肉', licensed: false, zone: 'A' },
  { goods: '牛肉', licensed: false, zone: 'A' },
  { goods: '家禽', licensed: false, zone: 'B' },
  { goods: '水产', licensed: false, zone: 'C' },
  { goods: '蔬菜', licensed: false, zone: 'D' },
  { goods: '水果', licensed: false, zone: 'D' },
  { goods: '禽蛋', licensed: false, zone: 'B' },
  { goods: '豆制品', licensed: true, zone: 'E' },
  { goods: '干货', licensed: true, zone: 'E' },
  { goods: '粮油', licensed: true, zone: 'E' },
  { goods: '熟食', licensed: true, zone: 'F' },
  { goods: '调味品', licensed: true, zone: 'E' },
];

export const MARKET_SUFFIXES = ['肉菜市场', '农贸市场', '综合市场', '街市', '市场'];
export const WHOLESALE_GOODS = ['蔬菜', '水产', '农副产品', '果蔬', '冻品', '粮油', '家禽', '干货'];
export const FIRM_WORDS = [
  '金穗',
  '华盛',
  '丰源',
  '恒达',
  '粤海',
  '穗新',
  '嘉禾',
  '富民',
  '绿源',
  '鸿福',
  '利昌',
  '广信',
  '新兴',
  '永安',
  '宏达',
  '祥和',
  '瑞丰',
  '信诚',
  '安然',
  '百味',
  '聚福',
  '德顺',
  '南粤',
  '泰和',
  '润丰',
  '万家',
  '康乐',
  '满庭',
  '翠林',
  '福满',
];
export const FARM_PRODUCE = [
  { produce: '蔬菜', trade: '种植' },
  { produce: '水果', trade: '种植' },
  { produce: '生猪', trade: '养殖' },
  { produce: '家禽', trade: '养殖' },
  { produce: '淡水鱼', trade: '养殖' },
];
export const DISHES = ['烧腊', '云吞面', '肠粉', '粥', '砂锅', '点心', '牛杂', '煲仔饭', '糖水', '海鲜'];
export const RESTAURANT_SUFFIXES = ['酒家', '餐厅', '茶楼', '食府', '大排档'];
export const SCHOOL_LEVELS = ['小学', '中学', '幼儿园'];
export const CANTEEN_HOSTS = ['有限公司员工食堂', '医院职工食堂', '街道办事处食堂', '产业园食堂'];
