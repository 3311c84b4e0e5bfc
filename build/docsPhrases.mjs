// The short phrases of docs/functions.md's argument tables in each language (SPEC §11): the
// "type" column and the words of a default ("none", "no ramp"). Option words ("median",
// "bigquery") are typed into formulas and stay as they are; so do numbers and arrays.
// test/docs/functionsDocLocales.test.ts fails when the reference gains a phrase missing here.

/** English phrase → [sv, ru, pl, zh-CN]. */
const PHRASES = {
  number: ["tal", "число", "liczba", "数字"],
  text: ["text", "текст", "tekst", "文本"],
  "number of days": ["antal dagar", "число дней", "liczba dni", "天数"],
  "number, or a range of numbers": [
    "tal eller ett område med tal",
    "число или диапазон чисел",
    "liczba lub zakres liczb",
    "数字或数字区域",
  ],
  "number, or a row or column of numbers": [
    "tal eller en rad eller kolumn med tal",
    "число или строка либо столбец чисел",
    "liczba albo wiersz lub kolumna liczb",
    "数字，或一行/一列数字",
  ],
  "block of dates (one row per record, one column per stage), or a stage history": [
    "datumblock (en rad per post, en kolumn per steg) eller en steghistorik",
    "блок дат (строка на запись, столбец на этап) или история этапов",
    "blok dat (wiersz na rekord, kolumna na etap) lub historia etapów",
    "日期区域（每条记录一行、每个阶段一列）或阶段历史",
  ],
  "column of amounts": ["kolumn med belopp", "столбец сумм", "kolumna kwot", "金额列"],
  "column of dates": ["kolumn med datum", "столбец дат", "kolumna dat", "日期列"],
  "column of probabilities (fractions)": [
    "kolumn med sannolikheter (andelar)",
    "столбец вероятностей (доли)",
    "kolumna prawdopodobieństw (ułamki)",
    "概率列（小数）",
  ],
  "column of stage names": [
    "kolumn med stegnamn",
    "столбец названий этапов",
    "kolumna nazw etapów",
    "阶段名称列",
  ],
  "numbers, stage names, a stage history or a block of stage dates": [
    "tal, stegnamn, en steghistorik eller ett block med stegdatum",
    "числа, названия этапов, история этапов или блок дат этапов",
    "liczby, nazwy etapów, historia etapów lub blok dat etapów",
    "数字、阶段名称、阶段历史或阶段日期区域",
  ],
  "row of bookings targets": [
    "rad med mål för orderingång",
    "строка целей по сумме сделок",
    "wiersz celów sprzedaży",
    "一行签约金额目标",
  ],
  "row of hires per period": [
    "rad med nyanställda per period",
    "строка наймов по периодам",
    "wiersz zatrudnień na okres",
    "一行各期新招聘人数",
  ],
  "row of revenue targets": [
    "rad med intäktsmål",
    "строка целей по выручке",
    "wiersz celów przychodu",
    "一行收入目标",
  ],
  "row or column of costs": [
    "rad eller kolumn med kostnader",
    "строка или столбец затрат",
    "wiersz lub kolumna kosztów",
    "一行/一列成本",
  ],
  "row or column of counts": [
    "rad eller kolumn med antal",
    "строка или столбец количеств",
    "wiersz lub kolumna liczebności",
    "一行/一列数量",
  ],
  "row or column of counts (empty for known rates)": [
    "rad eller kolumn med antal (tom för kända konverteringar)",
    "строка или столбец количеств (пусто для известных конверсий)",
    "wiersz lub kolumna liczebności (puste dla znanych konwersji)",
    "一行/一列数量（转化率已知时留空）",
  ],
  "row or column of dates": [
    "rad eller kolumn med datum",
    "строка или столбец дат",
    "wiersz lub kolumna dat",
    "一行/一列日期",
  ],
  "row or column of days": [
    "rad eller kolumn med dagar",
    "строка или столбец дней",
    "wiersz lub kolumna dni",
    "一行/一列天数",
  ],
  "row or column of names, or two columns (column, stage)": [
    "rad eller kolumn med namn, eller två kolumner (kolumn, steg)",
    "строка или столбец названий либо два столбца (столбец, этап)",
    "wiersz lub kolumna nazw albo dwie kolumny (kolumna, etap)",
    "一行/一列名称，或两列（列名、阶段）",
  ],
  "row or column of percentiles (fractions)": [
    "rad eller kolumn med percentiler (andelar)",
    "строка или столбец процентилей (доли)",
    "wiersz lub kolumna percentyli (ułamki)",
    "一行/一列百分位数（小数）",
  ],
  "row or column of ramp factors (fractions)": [
    "rad eller kolumn med upprampningsfaktorer (andelar)",
    "строка или столбец коэффициентов выхода на полную продуктивность (доли)",
    "wiersz lub kolumna współczynników okresu wdrożenia (ułamki)",
    "一行/一列爬坡系数（小数）",
  ],
  "row or column of rates (fractions)": [
    "rad eller kolumn med konverteringar (andelar)",
    "строка или столбец конверсий (доли)",
    "wiersz lub kolumna konwersji (ułamki)",
    "一行/一列转化率（小数）",
  ],
  "row or column of stage names, or a stage map": [
    "rad eller kolumn med stegnamn, eller en stegmappning",
    "строка или столбец названий этапов либо карта этапов",
    "wiersz lub kolumna nazw etapów albo mapa etapów",
    "一行/一列阶段名称，或阶段映射表",
  ],
  "row or column of text": [
    "rad eller kolumn med text",
    "строка или столбец текста",
    "wiersz lub kolumna tekstu",
    "一行/一列文本",
  ],
  "row or column of win rates (fractions)": [
    "rad eller kolumn med vinstandelar (andelar)",
    "строка или столбец долей выигрыша (доли)",
    "wiersz lub kolumna współczynników wygranych (ułamki)",
    "一行/一列赢单率（小数）",
  ],
  range: ["område", "диапазон", "zakres", "区域"],
  "row or column of numbers": [
    "rad eller kolumn med tal",
    "строка или столбец чисел",
    "wiersz lub kolumna liczb",
    "一行/一列数字",
  ],
  // The words of defaults.
  none: ["inget", "нет", "brak", "无"],
  "none (the average plan)": [
    "inget (genomsnittsplanen)",
    "нет (средний план)",
    "brak (plan średni)",
    "无（平均计划）",
  ],
  "no limit": ["ingen gräns", "без ограничения", "bez limitu", "无限制"],
  "no ramp": [
    "ingen upprampning",
    "без выхода на продуктивность",
    "bez okresu wdrożenia",
    "无爬坡期",
  ],
  "rates taken as known": [
    "konverteringarna räknas som kända",
    "конверсии считаются известными",
    "konwersje traktowane jako znane",
    "转化率视为已知",
  ],
};

const INDEX = { sv: 0, ru: 1, pl: 2, "zh-CN": 3 };

/** The phrase in a language, or undefined when it has none (the test lists those). */
export function translatedPhrase(language, english) {
  if (language === "en") return english;
  const index = INDEX[language];
  return index === undefined ? undefined : PHRASES[english]?.[index];
}

/** The phrase in a language; an option word, a number or an array stays as written. */
export function phraseIn(language, english) {
  return translatedPhrase(language, english) ?? english;
}

/** `text: "a" | "b"` in a language: the word for text, the option words as typed. */
export function optionTypeIn(language, words) {
  return `${phraseIn(language, "text")}: ${words}`;
}

/** Whether a default is a phrase to translate (not an option word, a number or an array). */
export function isPhrase(value) {
  return /^[a-z][a-z ()]*$/.test(value) && !/^"/.test(value);
}
