// The words of docs/functions.md in each language (SPEC §11). Function names, argument names,
// descriptions and error messages stay English (Sheets cannot localise custom functions); the
// overview and headings are translated, and the examples are written in the syntax a spreadsheet
// of that locale uses: "semicolon" (decimal comma) or "comma" (decimal point).

/** The words of one language's function reference. */
export interface DocWords {
  file: string;
  /** The language's own name, for the links between the translations. */
  name: string;
  /** How formulas are typed in the language's usual locale. */
  syntax: "comma" | "semicolon";
  title: string;
  overview: string[];
  columns: [string, string, string, string];
  required: string;
  optional: (value: string) => string;
  returns: string;
  examples: string;
  errors: string;
}

/** The languages of the reference, as SPEC §11 lists them. */
export type DocLanguage = "en" | "sv" | "ru" | "pl" | "zh-CN";

/** File name, link text and words per language; English first. */
export const DOC_LANGUAGES: Record<DocLanguage, DocWords> = {
  en: {
    file: "functions.md",
    name: "English",
    syntax: "comma",
    title: "# Funnel Math function reference",
    overview: [
      "Every function takes single values or ranges as Google Sheets passes them. Rates are fractions",
      "(30% = 0.3). Numbers typed as text are read as CRM exports write them: `30%` or `30 %`, a decimal",
      "comma (`12,5%`), thousands grouped by spaces, commas or dots (`100 000`, `1,234.5`, `1.234,5`), a",
      "leading `+` or `−`, exponents (`1e5`); `1,000` alone is refused, since it could mean 1000 or 1.",
      "Trailing empty cells of a stage list are ignored. Ranges of element-wise functions (CAC, LTV,",
      "CAC_PAYBACK, PIPELINE_VELOCITY) and REQUIRED_LEADS' scenario lists keep their shape: an empty",
      "cell gives an empty result in its place, and only a single value is combined with a range.",
      "Optional arguments may be left out, skipped or left blank. Bad input shows `#ERROR!` with",
      "`FUNCTION: argument: what is wrong and how to fix it`.",
      "",
      "CRM exports work as exported (see [crm-data.md](crm-data.md)): `stage_order` may be a stage map",
      "(CRM name, funnel stage — the stage table's `Funnel_Map`), a header row is skipped, and",
      "STAGE_CONVERSION, STAGE_DAYS and COHORT_CONVERSION read a record log (with an optional status",
      "column), a stage history (record id, stage, date) or a stage-date matrix whose columns are named",
      'as the CRM names them. STAGE_CONVERSION\'s `open_records` "exclude" leaves deals still open out',
      "of the rate of the stage they sit at. Dates may be a CRM's date-times (`2026-03-15 14:22`,",
      "`2026-03-15T14:22:05Z`, `3/15/2026 2:22 PM`, `15.03.2026`).",
    ],
    columns: ["argument", "type", "required", "description"],
    required: "required",
    optional: (value: string) => `optional, default ${value}`,
    returns: "**Returns:**",
    examples: "**Examples**",
    errors: "**Errors** (examples of the messages shown under `#ERROR!`)",
  },
  sv: {
    file: "functions.sv.md",
    name: "Svenska",
    syntax: "semicolon",
    title: "# Funnel Math – funktionsreferens",
    overview: [
      "Varje funktion tar enskilda värden eller områden så som Google Kalkylark skickar dem.",
      "Konverteringar anges som andelar (30 % = 0,3); text som är ett rent tal eller en procentsats",
      "godtas; tomma celler sist i en lista ignoreras; valfria argument kan utelämnas, hoppas över",
      "eller lämnas tomma. Felaktiga indata visar `#ERROR!` med ett meddelande på engelska:",
      "`FUNCTION: argument: what is wrong and how to fix it`.",
      "",
      "Funktionsnamn, argumentnamn, beskrivningar och felmeddelanden är på engelska, så som Kalkylark",
      "visar dem. Exemplen är skrivna som i ett kalkylark med svenska inställningar: semikolon mellan",
      "argument, decimalkomma och omvänt snedstreck mellan kolumnerna i en matris (`{1\\ 2}`), till",
      "exempel `=REQUIRED_LEADS(100000; 10000; {0,1; 0,3; 0,5})`.",
      "",
      "CRM-exporter fungerar som de exporteras (se [crm-data.md](crm-data.md)): `stage_order` kan vara",
      "en stegmappning (CRM-namn, trattsteg – stegtabellens `Funnel_Map`), en rubrikrad hoppas över,",
      "och STAGE_CONVERSION, STAGE_DAYS och COHORT_CONVERSION läser en postlogg (med valfri",
      "statuskolumn), en steghistorik (post-id, steg, datum) eller en stegdatummatris vars kolumner",
      'heter som i CRM-systemet. Med `open_records` "exclude" räknar STAGE_CONVERSION inte in affärer',
      "som fortfarande är öppna i konverteringen för det steg de står i. Datum får vara CRM-systemets",
      "datum och tider (`2026-03-15 14:22`, `2026-03-15T14:22:05Z`, `3/15/2026 2:22 PM`, `15.03.2026`).",
    ],
    columns: ["argument", "typ", "obligatoriskt", "beskrivning"],
    required: "obligatoriskt",
    optional: (value: string) => `valfritt, standard ${value}`,
    returns: "**Returnerar:**",
    examples: "**Exempel**",
    errors: "**Fel** (exempel på meddelanden som visas under `#ERROR!`)",
  },
  ru: {
    file: "functions.ru.md",
    name: "Русский",
    syntax: "semicolon",
    title: "# Справочник функций Funnel Math",
    overview: [
      "Каждая функция принимает отдельные значения или диапазоны — так, как их передают Google Таблицы.",
      "Конверсии задаются долями (30 % = 0,3); текст, содержащий просто число или процент, тоже",
      "принимается; пустые ячейки в конце списка не учитываются; необязательные аргументы можно не",
      "указывать, пропускать или оставлять пустыми. При неверных данных появляется `#ERROR!` с",
      "сообщением на английском: `FUNCTION: argument: what is wrong and how to fix it`.",
      "",
      "Названия функций и аргументов, описания и сообщения об ошибках — на английском, как их",
      "показывают Таблицы. Примеры записаны так, как формулы вводятся в таблице с российскими",
      "настройками: точка с запятой между аргументами, десятичная запятая и обратная косая черта между",
      "столбцами массива (`{1\\ 2}`), например `=REQUIRED_LEADS(100000; 10000; {0,1; 0,3; 0,5})`.",
      "",
      "Выгрузки из CRM читаются как есть (см. [crm-data.md](crm-data.md)): `stage_order` может быть",
      "картой этапов (название в CRM, этап воронки — диапазон `Funnel_Map` таблицы этапов), строка",
      "заголовков пропускается, а STAGE_CONVERSION, STAGE_DAYS и COHORT_CONVERSION читают журнал записей",
      "(с необязательным столбцом статуса), историю этапов (ID записи, этап, дата) или матрицу дат",
      'этапов, столбцы которой названы так же, как в CRM. При `open_records` = "exclude" функция',
      "STAGE_CONVERSION не учитывает ещё открытые сделки в конверсии того этапа, на котором они",
      "находятся. Даты могут быть в формате CRM (`2026-03-15 14:22`, `2026-03-15T14:22:05Z`,",
      "`3/15/2026 2:22 PM`, `15.03.2026`).",
    ],
    columns: ["аргумент", "тип", "обязательный", "описание"],
    required: "обязательный",
    optional: (value: string) => `необязательный, по умолчанию ${value}`,
    returns: "**Возвращает:**",
    examples: "**Примеры**",
    errors: "**Ошибки** (примеры сообщений под `#ERROR!`)",
  },
  pl: {
    file: "functions.pl.md",
    name: "Polski",
    syntax: "semicolon",
    title: "# Funnel Math – opis funkcji",
    overview: [
      "Każda funkcja przyjmuje pojedyncze wartości lub zakresy tak, jak przekazują je Arkusze Google.",
      "Konwersje podaje się jako ułamki (30% = 0,3); tekst będący samą liczbą lub procentem też jest",
      "akceptowany; puste komórki na końcu listy są pomijane; argumenty opcjonalne można pominąć,",
      "przeskoczyć lub zostawić puste. Błędne dane dają `#ERROR!` z komunikatem po angielsku:",
      "`FUNCTION: argument: what is wrong and how to fix it`.",
      "",
      "Nazwy funkcji i argumentów, opisy i komunikaty o błędach są po angielsku, tak jak pokazują je",
      "Arkusze. Przykłady zapisano tak, jak wpisuje się formuły w arkuszu z polskimi ustawieniami:",
      "średnik między argumentami, przecinek dziesiętny i ukośnik wsteczny między kolumnami tablicy",
      "(`{1\\ 2}`), np. `=REQUIRED_LEADS(100000; 10000; {0,1; 0,3; 0,5})`.",
      "",
      "Eksporty z CRM działają bez przeróbek (zob. [crm-data.md](crm-data.md)): `stage_order` może być",
      "mapą etapów (nazwa w CRM, etap lejka – zakres `Funnel_Map` tabeli etapów), wiersz nagłówka jest",
      "pomijany, a STAGE_CONVERSION, STAGE_DAYS i COHORT_CONVERSION czytają dziennik rekordów",
      "(z opcjonalną kolumną statusu), historię etapów (ID rekordu, etap, data) lub macierz dat etapów",
      'z kolumnami nazwanymi tak jak w CRM. Przy `open_records` = "exclude" funkcja STAGE_CONVERSION',
      "pomija wciąż otwarte szanse sprzedaży w konwersji etapu, na którym się znajdują. Daty mogą mieć",
      "format z CRM (`2026-03-15 14:22`, `2026-03-15T14:22:05Z`, `3/15/2026 2:22 PM`, `15.03.2026`).",
    ],
    columns: ["argument", "typ", "wymagany", "opis"],
    required: "wymagany",
    optional: (value: string) => `opcjonalny, domyślnie ${value}`,
    returns: "**Zwraca:**",
    examples: "**Przykłady**",
    errors: "**Błędy** (przykłady komunikatów pod `#ERROR!`)",
  },
  "zh-CN": {
    file: "functions.zh-CN.md",
    name: "简体中文",
    syntax: "comma",
    title: "# Funnel Math 函数参考",
    overview: [
      "每个函数都接受 Google 表格传入的单个值或区域。转化率以小数表示（30% = 0.3）；纯数字或百分比形式的",
      "文本也可接受；列表末尾的空单元格会被忽略；可选参数可以省略、跳过或留空。输入有误时显示 `#ERROR!`，",
      "并附英文消息：`FUNCTION: argument: what is wrong and how to fix it`。",
      "",
      "函数名、参数名、说明和错误消息均为英文，与表格中显示的一致。中国大陆区域设置使用小数点和逗号分隔参数，",
      "因此示例的写法与英文版相同，例如 `=REQUIRED_LEADS(100000, 10000, {0.1; 0.3; 0.5})`。",
      "",
      "CRM 导出的数据可直接使用（见 [crm-data.md](crm-data.md)）：`stage_order` 可以是阶段映射表（CRM 中的",
      "名称、漏斗阶段，即阶段表的 `Funnel_Map`）；标题行会被跳过；STAGE_CONVERSION、STAGE_DAYS 和",
      "COHORT_CONVERSION 可读取记录日志（可附状态列）、阶段历史（记录 ID、阶段、日期）或按 CRM 阶段名",
      '命名各列的阶段日期矩阵。将 STAGE_CONVERSION 的 `open_records` 设为 "exclude" 时，仍未关闭的商机',
      "不计入其所在阶段的转化率。日期可以是 CRM 导出的日期时间（`2026-03-15 14:22`、",
      "`2026-03-15T14:22:05Z`、`3/15/2026 2:22 PM`、`15.03.2026`）。",
    ],
    columns: ["参数", "类型", "是否必填", "说明"],
    required: "必填",
    optional: (value: string) => `可选，默认 ${value}`,
    returns: "**返回：**",
    examples: "**示例**",
    errors: "**错误**（`#ERROR!` 下显示的消息示例）",
  },
};

/** One line linking every language's reference, the same in each. */
export function languageLinks(): string {
  return Object.values(DOC_LANGUAGES)
    .map(({ file, name }) => `[${name}](${file})`)
    .join(" · ");
}

/** Every language of DOC_LANGUAGES, English first. */
export const DOC_LANGUAGE_CODES = Object.keys(DOC_LANGUAGES) as DocLanguage[];
