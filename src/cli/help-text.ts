/**
 * The help of the `cuohe` command in English and Chinese: one table per language, with the same
 * keys. A key is a command's name (its description), `command --flag` (an option),
 * `command <name>` (an argument), or one of commander's own words (headings, default, choices).
 */

/** Texts shared by several commands. */
const EN_SHARED = {
  sheet: 'worksheet of .xlsx inputs: its name or its position (1 = first tab); default: the first visible sheet',
  encoding: 'file encoding; default: detect',
  encodingNamed: 'file encoding (utf-8, gb18030, gbk); default: detect',
  columns: 'JSON mapping of column headers to field names',
  ignoreColumns: 'comma-separated CSV columns to leave out (other unknown columns are errors)',
  asOf: 'reference date for deadlines (YYYY-MM-DD; default today)',
  bom: 'start CSV output with a UTF-8 BOM (for Excel)',
};

const ZH_SHARED: Record<keyof typeof EN_SHARED, string> = {
  sheet: '.xlsx 输入的工作表：名称或位置（1 = 第一个标签页）；默认：第一个可见的工作表',
  encoding: '文件编码；默认：自动检测',
  encodingNamed: '文件编码（utf-8、gb18030、gbk）；默认：自动检测',
  columns: '列标题到字段名的 JSON 映射文件',
  ignoreColumns: '要忽略的 CSV 列，以逗号分隔（其他未知列视为错误）',
  asOf: '交货期限的参照日期（YYYY-MM-DD；默认今天）',
  bom: 'CSV 输出以 UTF-8 BOM 开头（供 Excel 打开）',
};

const EN = {
  // Commander's own words.
  'Usage:': 'Usage:',
  'Options:': 'Options:',
  'Arguments:': 'Arguments:',
  'Commands:': 'Commands:',
  'Global Options:': 'Global Options:',
  choices: 'choices',
  default: 'default',
  help: 'display help for command',
  // The program.
  cuohe: 'Cross-border supplier–buyer matchmaking: rank pairs and schedule one-to-one meetings.',
  'cuohe --version': 'print the version',
  'cuohe locale': 'Help in Chinese: cuohe --help --locale zh, or cuohe <command> --help --locale zh.',
  // cuohe match
  match: 'rank the best suppliers for every buyer',
  'match --suppliers': 'exhibitors / suppliers (.csv, .json or .xlsx)',
  'match --buyers': 'buyers / purchase lines (.csv, .json or .xlsx)',
  'match --top': 'matches per buyer',
  'match --min-score': 'only matches scoring at least this (0–1)',
  'match --weights': 'component weights, e.g. industry=0.5,region=0.2, or a weights.json from cuohe calibrate',
  'match --as-of': EN_SHARED.asOf,
  'match --locale': 'language of the reasons and of the problems reported',
  'match --encoding': EN_SHARED.encodingNamed,
  'match --columns': EN_SHARED.columns,
  'match --ignore-columns': EN_SHARED.ignoreColumns,
  'match --skip-invalid': 'continue with the valid rows',
  'match --rejects': 'write the invalid rows and their problems here (CSV)',
  'match --out': 'write the matches (.csv, .json or .xlsx)',
  'match --format': 'csv, json or xlsx (default: from the --out extension)',
  'match --sheet': EN_SHARED.sheet,
  'match --suppliers-sheet': 'worksheet of an .xlsx --suppliers file (overrides --sheet)',
  'match --buyers-sheet': 'worksheet of an .xlsx --buyers file (overrides --sheet)',
  'match --bom': 'start CSV output (matches and rejects) with a UTF-8 BOM (for Excel)',
  // cuohe schedule
  schedule: 'turn matches into one-to-one meetings and agendas',
  'schedule --matches': 'matches .csv or .xlsx (from cuohe match): buyerId, supplierId, mutual or score',
  'schedule --slots': 'slots CSV with start,end columns (ISO 8601 with offset)',
  'schedule --date': 'event day, to generate slots',
  'schedule --timezone': 'venue time zone (IANA), to generate slots',
  'schedule --start': 'first slot',
  'schedule --slot-minutes': 'meeting length',
  'schedule --count': 'number of slots',
  'schedule --tables': 'meetings at once',
  'schedule --max-meetings': 'default meetings per participant',
  'schedule --min-per-supplier': 'fairness floor: meetings every supplier should get',
  'schedule --participants':
    'CSV or .xlsx with id, side, maxMeetings, available (start/end;start/end), name, email, timeZone',
  'schedule --encoding': EN_SHARED.encoding,
  'schedule --out':
    'write schedule.csv and agendas/*.csv, *.ics here (a folder named agendas gets the agenda files itself)',
  'schedule --format': 'csv, or xlsx for schedule.xlsx and agendas/*.xlsx',
  'schedule --sheet': EN_SHARED.sheet,
  'schedule --bom': EN_SHARED.bom,
  'schedule --locale': 'language of the summary and the calendar entries (.ics)',
  'schedule --previous':
    'repair this earlier schedule.csv: meetings that can stay keep slot and table; writes changes.csv',
  'schedule --organizer':
    'calendar organiser: .ics files become invitations (METHOD:REQUEST) for participants with an e-mail; ' +
    'with --previous, dropped meetings get .cancel.ics files (METHOD:CANCEL)',
  // cuohe validate
  validate: 'report every problem in a profile file, row by row',
  'validate <file>': 'suppliers or buyers (.csv, .json or .xlsx)',
  'validate --kind': 'default: buyers when there is a "wants" column (after --columns)',
  'validate --sheet': EN_SHARED.sheet,
  'validate --encoding': EN_SHARED.encoding,
  'validate --columns': EN_SHARED.columns,
  'validate --ignore-columns': EN_SHARED.ignoreColumns,
  'validate --locale': 'language of the problems reported',
  // cuohe calibrate
  calibrate: 'fit the component weights to what happened after a fair (outcomes), with a cross-validated before/after',
  'calibrate --suppliers': 'exhibitors / suppliers (.csv or .json)',
  'calibrate --buyers': 'buyers (.csv or .json)',
  'calibrate --outcomes':
    'outcomes (.csv or .json): buyerId, supplierId, ' +
    'outcome (a grade ≥ 0 or declined, no-show, met, follow-up, sample, deal)',
  'calibrate --folds': 'cross-validation folds (by buyer)',
  'calibrate --seed': 'seed of the fold assignment',
  'calibrate --k': 'ranking length the metrics look at',
  'calibrate --weights': 'weights to start from and compare with (default: the defaults), as for match',
  'calibrate --as-of': EN_SHARED.asOf,
  'calibrate --locale': 'language of the table and messages',
  'calibrate --encoding': EN_SHARED.encodingNamed,
  'calibrate --out': 'where to write the fitted weights (JSON)',
  // cuohe report
  report:
    'one self-contained HTML report of the day: figures, schedule grid, heat maps, scores, ' +
    'who has no meeting, printable agendas',
  'report --matches': 'matches CSV (from cuohe match)',
  'report --schedule': 'schedule CSV (from cuohe schedule)',
  'report --suppliers': 'exhibitors / suppliers (.csv or .json): countries, industries, time zones',
  'report --buyers': 'buyers (.csv or .json): countries, industries, time zones',
  'report --tables': 'tables of the day (default: the highest table number used)',
  'report --locale': 'language of the report',
  'report --title': 'heading of the report',
  'report --timezone': 'venue time zone (IANA) named in the agendas',
  'report --encoding': EN_SHARED.encoding,
  'report --columns': 'JSON mapping of profile column headers to field names',
  'report --out': 'the HTML file to write',
};

/** A key of the help tables. */
export type HelpKey = keyof typeof EN;

const ZH: Record<HelpKey, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Arguments:': '参数：',
  'Commands:': '命令：',
  'Global Options:': '全局选项：',
  choices: '可选值',
  default: '默认',
  help: '显示命令帮助',
  cuohe: '跨境供采撮合：为供应商与采购商配对打分排序，并安排一对一洽谈。',
  'cuohe --version': '显示版本号',
  'cuohe locale': '英文帮助：cuohe --help --locale en，或 cuohe <命令> --help --locale en。',
  match: '为每个采购商排出最合适的供应商',
  'match --suppliers': '参展商 / 供应商文件（.csv、.json 或 .xlsx）',
  'match --buyers': '采购商 / 采购需求文件（.csv、.json 或 .xlsx）',
  'match --top': '每个采购商的匹配数',
  'match --min-score': '只保留得分不低于此值的匹配（0–1）',
  'match --weights': '各评分项的权重，如 industry=0.5,region=0.2，或 cuohe calibrate 生成的 weights.json',
  'match --as-of': ZH_SHARED.asOf,
  'match --locale': '匹配理由与所报告问题的语言',
  'match --encoding': ZH_SHARED.encodingNamed,
  'match --columns': ZH_SHARED.columns,
  'match --ignore-columns': ZH_SHARED.ignoreColumns,
  'match --skip-invalid': '跳过无效行，用有效行继续',
  'match --rejects': '把无效行及其问题写入此文件（CSV）',
  'match --out': '写出匹配结果（.csv、.json 或 .xlsx）',
  'match --format': 'csv、json 或 xlsx（默认：取 --out 的扩展名）',
  'match --sheet': ZH_SHARED.sheet,
  'match --suppliers-sheet': '--suppliers 的 .xlsx 文件所用工作表（优先于 --sheet）',
  'match --buyers-sheet': '--buyers 的 .xlsx 文件所用工作表（优先于 --sheet）',
  'match --bom': 'CSV 输出（匹配结果与无效行）以 UTF-8 BOM 开头（供 Excel 打开）',
  schedule: '把匹配结果排成一对一洽谈日程和个人日程表',
  'schedule --matches': '匹配结果 .csv 或 .xlsx（来自 cuohe match）：buyerId、supplierId、mutual 或 score',
  'schedule --slots': '时段 CSV，含 start、end 两列（带时区偏移的 ISO 8601）',
  'schedule --date': '活动日期，用于生成时段',
  'schedule --timezone': '会场时区（IANA），用于生成时段',
  'schedule --start': '第一个时段的开始时间',
  'schedule --slot-minutes': '每场洽谈的分钟数',
  'schedule --count': '时段数',
  'schedule --tables': '可同时进行的洽谈数（桌数）',
  'schedule --max-meetings': '每个参会方默认的洽谈上限',
  'schedule --min-per-supplier': '公平下限：每个供应商至少应得的洽谈数',
  'schedule --participants':
    'CSV 或 .xlsx，含 id、side、maxMeetings、available（start/end;start/end）、name、email、timeZone',
  'schedule --encoding': ZH_SHARED.encoding,
  'schedule --out': '在此写出 schedule.csv 与 agendas/*.csv、*.ics（名为 agendas 的文件夹直接存放日程文件）',
  'schedule --format': 'csv，或 xlsx（写出 schedule.xlsx 与 agendas/*.xlsx）',
  'schedule --sheet': ZH_SHARED.sheet,
  'schedule --bom': ZH_SHARED.bom,
  'schedule --locale': '摘要与日历条目（.ics）的语言',
  'schedule --previous': '修补此前的 schedule.csv：能保留的洽谈保持时段与桌号；写出 changes.csv',
  'schedule --organizer':
    '日历组织者：为有电子邮件的参会方生成邀请（METHOD:REQUEST）的 .ics 文件；' +
    '与 --previous 同用时，被取消的洽谈生成 .cancel.ics 文件（METHOD:CANCEL）',
  validate: '逐行报告资料文件中的每个问题',
  'validate <file>': '供应商或采购商文件（.csv、.json 或 .xlsx）',
  'validate --kind': '默认：有 "wants" 列（经 --columns 映射后）时为采购商',
  'validate --sheet': ZH_SHARED.sheet,
  'validate --encoding': ZH_SHARED.encoding,
  'validate --columns': ZH_SHARED.columns,
  'validate --ignore-columns': ZH_SHARED.ignoreColumns,
  'validate --locale': '所报告问题的语言',
  calibrate: '按展会后的实际结果（outcomes）拟合各评分项权重，并给出交叉验证的前后对比',
  'calibrate --suppliers': '参展商 / 供应商文件（.csv 或 .json）',
  'calibrate --buyers': '采购商文件（.csv 或 .json）',
  'calibrate --outcomes':
    '结果文件（.csv 或 .json）：buyerId、supplierId、' +
    'outcome（不小于 0 的评分，或 declined、no-show、met、follow-up、sample、deal）',
  'calibrate --folds': '交叉验证的折数（按采购商划分）',
  'calibrate --seed': '划分各折的随机种子',
  'calibrate --k': '评估指标所看的排名长度',
  'calibrate --weights': '起始并用于对比的权重（默认：默认权重），写法同 match',
  'calibrate --as-of': ZH_SHARED.asOf,
  'calibrate --locale': '结果表与提示信息的语言',
  'calibrate --encoding': ZH_SHARED.encodingNamed,
  'calibrate --out': '拟合权重的输出文件（JSON）',
  report: '生成当天的单文件 HTML 报告：数据概览、日程网格、热力图、得分、无洽谈者名单、可打印的个人日程',
  'report --matches': '匹配结果 CSV（来自 cuohe match）',
  'report --schedule': '日程 CSV（来自 cuohe schedule）',
  'report --suppliers': '参展商 / 供应商文件（.csv 或 .json）：国家、行业、时区',
  'report --buyers': '采购商文件（.csv 或 .json）：国家、行业、时区',
  'report --tables': '当天的桌数（默认：用到的最大桌号）',
  'report --locale': '报告的语言',
  'report --title': '报告标题',
  'report --timezone': '个人日程中注明的会场时区（IANA）',
  'report --encoding': ZH_SHARED.encoding,
  'report --columns': '资料文件列标题到字段名的 JSON 映射文件',
  'report --out': '要写出的 HTML 文件',
};

/** The help tables, by language. */
export const HELP_TEXT: Record<'en' | 'zh', Record<HelpKey, string>> = { en: EN, zh: ZH };
