/**
 * The terminology of every language (SPEC §11): one term per concept, as a native B2B marketer or
 * RevOps analyst of that language writes it. Every catalogue, the translated docs' words and any
 * new text follow it; `test/unit/glossary.test.ts` checks each catalogue (and the docs' words)
 * against the variants listed under `avoid`, so a drift back fails with the reason beside it.
 *
 * Trade abbreviations written as in English in every language (MQL, SQL, CAC, …) are listed once,
 * in `TRADE_TERMS`; the "no English" test accepts them and nothing else.
 *
 * Not bundled: only tests and docs read this file.
 */
import type { Language } from "./languages";

export type Translated = Exclude<Language, "en">;

/** A variant a language must not use, and why (the reason is what a failing test prints). */
export interface Avoid {
  readonly pattern: RegExp;
  readonly why: string;
}

export interface GlossaryEntry {
  /** The English term (the concept). */
  readonly en: string;
  /** The one term each language uses for it (base form; inflected as the grammar needs). */
  readonly terms: Readonly<Record<Translated, string>>;
}

/**
 * Abbreviations and product names the trade writes untranslated in every language. A text made
 * only of these (and punctuation, digits, spaces) is not "English left behind".
 */
export const TRADE_TERMS = [
  "MQL",
  "SQL",
  "SAL",
  "SDR",
  "AE",
  "ICP",
  "CAC",
  "LTV",
  "ARPA",
  "SLA",
  "CRM",
  "SEO",
  "EMEA",
  "Inbound",
  "Outbound",
  "Bowtie",
  "Demand Waterfall",
  "Customer Success",
  "Funnel Math",
  "Google",
  "HubSpot",
  "BigQuery",
  "PostgreSQL",
  "DuckDB",
  "Ctrl",
  "ISO",
  "HubSpot",
  "Pipedrive",
  "Salesforce",
  "Excel",
  "Funnel_Map",
  "REQUIRED_LEADS",
] as const;

/** English words Swedish and Polish marketers use as they are (the "no English" test allows them). */
export const BORROWED_WORDS: Readonly<Partial<Record<Translated, readonly string[]>>> = {
  sv: ["Lead", "Leads", "Plan", "Budget", "pipeline", "churn", "onboarding"],
  pl: ["Lead", "Marketing", "Plan", "pipeline", "onboarding"],
};

export const GLOSSARY: readonly GlossaryEntry[] = [
  { en: "lead", terms: { sv: "lead", ru: "лид", pl: "lead", "zh-CN": "线索" } },
  {
    en: "prospect",
    terms: {
      sv: "prospekt",
      ru: "потенциальный клиент",
      pl: "potencjalny klient",
      "zh-CN": "目标联系人",
    },
  },
  {
    en: "MQL / SQL",
    terms: { sv: "MQL / SQL", ru: "MQL / SQL", pl: "MQL / SQL", "zh-CN": "MQL / SQL" },
  },
  {
    en: "opportunity",
    terms: { sv: "affärsmöjlighet", ru: "сделка", pl: "szansa sprzedaży", "zh-CN": "商机" },
  },
  { en: "customer", terms: { sv: "kund", ru: "клиент", pl: "klient", "zh-CN": "客户" } },
  {
    en: "won deal",
    terms: {
      sv: "vunnen affär",
      ru: "выигранная сделка",
      pl: "wygrana transakcja",
      "zh-CN": "赢单",
    },
  },
  {
    en: "won stage (where the deal is won)",
    terms: { sv: "vunnet steg", ru: "«Сделка выиграна»", pl: "etap wygranej", "zh-CN": "赢单阶段" },
  },
  {
    en: "won deals a shortfall costs",
    terms: {
      sv: "uteblivna vunna affärer",
      ru: "упущенные выигранные сделки",
      pl: "utracone wygrane transakcje",
      "zh-CN": "损失的赢单数",
    },
  },
  {
    en: "lost deal",
    terms: {
      sv: "förlorad affär",
      ru: "проигранная сделка",
      pl: "przegrana transakcja",
      "zh-CN": "输单",
    },
  },
  { en: "stage", terms: { sv: "steg", ru: "этап", pl: "etap (na etapie)", "zh-CN": "阶段" } },
  {
    en: "days in stage",
    terms: {
      sv: "dagar i steget",
      ru: "дней на этапе",
      pl: "dni na etapie",
      "zh-CN": "阶段停留天数",
    },
  },
  {
    en: "conversion to next (stage)",
    terms: {
      sv: "konvertering till nästa steg",
      ru: "конверсия на следующий этап",
      pl: "konwersja do następnego etapu",
      "zh-CN": "下一阶段转化率",
    },
  },
  {
    en: "stage table",
    terms: { sv: "stegtabell", ru: "таблица этапов", pl: "tabela etapów", "zh-CN": "阶段表" },
  },
  { en: "funnel", terms: { sv: "tratt", ru: "воронка", pl: "lejek", "zh-CN": "漏斗" } },
  {
    en: "spreadsheet",
    terms: { sv: "kalkylark", ru: "таблица", pl: "arkusz kalkulacyjny", "zh-CN": "电子表格" },
  },
  { en: "sheet (tab)", terms: { sv: "blad", ru: "лист", pl: "arkusz", "zh-CN": "工作表" } },
  {
    en: "customer acquisition",
    terms: {
      sv: "kundförvärv",
      ru: "привлечение клиентов",
      pl: "pozyskanie klientów",
      "zh-CN": "获客",
    },
  },
  {
    en: "customer acquisition cost",
    terms: {
      sv: "kundanskaffningskostnad (CAC)",
      ru: "стоимость привлечения клиента (CAC)",
      pl: "koszt pozyskania klienta (CAC)",
      "zh-CN": "获客成本（CAC）",
    },
  },
  {
    en: "pipeline",
    terms: { sv: "pipeline", ru: "пайплайн", pl: "pipeline", "zh-CN": "商机管道" },
  },
  { en: "coverage", terms: { sv: "täckning", ru: "покрытие", pl: "pokrycie", "zh-CN": "覆盖率" } },
  {
    en: "quota",
    terms: { sv: "kvot", ru: "план продаж", pl: "kwota sprzedażowa", "zh-CN": "配额" },
  },
  {
    en: "ramp",
    terms: {
      sv: "upprampning",
      ru: "выход на полную продуктивность",
      pl: "okres wdrożenia",
      "zh-CN": "爬坡",
    },
  },
  {
    en: "gap to plan",
    terms: {
      sv: "avvikelse mot plan",
      ru: "отклонение от плана",
      pl: "odchylenie od planu",
      "zh-CN": "与计划的差距",
    },
  },
  {
    en: "you (addressing the user)",
    terms: { sv: "du", ru: "вы", pl: "imperative / impersonal (no gendered past)", "zh-CN": "您" },
  },
];

/** Not a letter on either side (JavaScript's \b only knows ASCII letters); "MQL:er" is a suffix. */
const word = (alternatives: string) => `(?<![\\p{L}:])(?:${alternatives})(?!\\p{L})`;

/** Variants each language must not use. */
export const AVOID: Readonly<Record<Translated, readonly Avoid[]>> = {
  sv: [
    {
      pattern: /(?<![Kk]und)[Ff]örvärv/u,
      why: "förvärv alone is a company acquisition: write kundförvärv (its cost: kundanskaffningskostnad)",
    },
    {
      pattern: /[Ff]örlorade affärer/u,
      why: "förlorade affärer are lost deals; won deals a shortfall costs are uteblivna vunna affärer",
    },
    {
      pattern: new RegExp(word("ni|er|ert|era|eder"), "iu"),
      why: "the user is addressed as du (dig, din, ditt, dina), never ni/er",
    },
    {
      pattern: /Dagar i steget kan inte vara negativt/u,
      why: "plural dagar takes negativa; write Antalet dagar … negativt",
    },
    {
      pattern: /till nästa(?! steg)/u,
      why: "say till nästa steg, not a hanging till nästa",
    },
  ],
  ru: [
    { pattern: /[Пп]роспект/u, why: "проспект is a brochure: write потенциальный клиент" },
    {
      pattern: /[Вв]ыигрыш/u,
      why: "the won stage is «Сделка выиграна» (not этап выигрыша / выигрышный этап)",
    },
    {
      pattern: /(?:в|на) следующий(?! этап)/u,
      why: "no hanging «в следующий»: write на следующий этап",
    },
    {
      pattern: /в следующий этап/u,
      why: "one preposition for the next stage: на следующий этап",
    },
    {
      pattern: /[Оо]тставание от плана/u,
      why: "a gap to plan can be ahead too: Отклонение от плана",
    },
  ],
  pl: [
    { pattern: /[Pp]rospekt/u, why: "prospekt is a brochure: write potencjalny klient" },
    {
      pattern: /Utracone transakcje/u,
      why: "utracone transakcje are lost deals; won deals a shortfall costs are utracone wygrane transakcje",
    },
    {
      pattern: new RegExp(word("w etapie|w etapach"), "u"),
      why: "one preposition for a stage: na etapie, na etapach",
    },
    {
      pattern: new RegExp(word("\\p{L}+(?:łeś|łaś)"), "u"),
      why: "no gendered second-person past (otworzyłeś): rephrase gender-neutrally",
    },
    {
      pattern: /do następnego(?! etapu)/u,
      why: "say do następnego etapu, not a hanging do następnego",
    },
  ],
  "zh-CN": [
    {
      pattern: /潜在客户/u,
      why: "潜在客户 reads as lead (线索); a prospect is 目标联系人",
    },
    {
      pattern: /成交(?:阶段|数|客户)/u,
      why: "one term for won: 赢单阶段 / 赢单数; a customer is 客户",
    },
    {
      pattern: /(?<!电子|Google )表格/u,
      why: "表格 alone is ambiguous: a spreadsheet is 电子表格, the stage table 阶段表",
    },
  ],
};
