import type { SqlExportMessages } from "./en";

/** Russian SQL export dialog. */
export function ru(): SqlExportMessages {
  return {
    layoutLog: "Журнал записей (самый дальний этап)",
    layoutHistory: "История этапов (id записи, этап)",
    layoutMatrix: "Даты этапов (по столбцу на этап)",
    dialectBigQuery: "BigQuery (подключённые таблицы)",
    query: "Запрос",
    copy: "Копировать",
    close: "Закрыть",
    stageColumn: "Столбец этапа",
    statusColumn: "Столбец статуса (необязательно)",
    openRecords: "Открытые записи",
    openInclude: "Считать (пока) не перешедшими дальше",
    openExclude: "Не учитывать в конверсии их этапа",
    openNeedsStatus:
      "Укажите столбец статуса (открыта, выиграна, проиграна), чтобы не учитывать открытые записи.",
    recordIdColumn: "Столбец id записи",
    dateColumn: (stage) => `Столбец даты: ${stage}`,
    fixStageTable: "Сначала исправьте таблицу этапов воронки.",
    checkField: "Проверьте выделенное поле.",
    copiedPaste: "Скопировано. Вставьте запрос в консоль BigQuery или в свой SQL-редактор.",
    copied: "Скопировано.",
    pressCopy: "Нажмите Ctrl+C (⌘C), чтобы скопировать выделенный запрос.",
    intro:
      "Запрос считает в вашем хранилище те же цифры, что и STAGE_CONVERSION: по строке на этап — сколько записей до него дошло и конверсия на следующий этап.",
    funnel: "Воронка",
    layout: "Формат данных",
    dialect: "Диалект SQL",
    table: "Таблица",
    columns: "Столбцы",
    noFunnel: "В этой таблице ещё нет воронки: создайте её в редакторе этапов.",
    loading: "Загрузка…",
    couldNotLoad: (error) => `Не удалось прочитать этапы воронки: ${error}`,
    tableHelp:
      "Укажите таблицу как проект.набор.таблица (BigQuery) или схема.таблица: буквы, цифры, _ и -.",
    columnHelp: "Укажите имя столбца (буквы, цифры, _ и -), например deal_stage.",
    nameEmpty: "Имя не указано.",
    nameEmptyPart: (name) => `В «${name}» есть пустая часть (две точки подряд или точка с краю).`,
    nameTooManyParts: (name) => `В «${name}» больше трёх частей.`,
    nameCharacter: (name, character) =>
      `В «${name}» есть «${character}», а в имени этот символ недопустим.`,
    nameSpaces: (name) =>
      `«${name}» начинается или заканчивается пробелом либо содержит два пробела подряд.`,
    nameTooLong: (name) => `«${name}» — слишком длинное имя.`,
    namePostgresLength: (name) =>
      `«${name}» длиннее 63 байт, допустимых в PostgreSQL (имя будет обрезано): укажите настоящее имя таблицы.`,
    stageUnwritable: (item) =>
      `В этапе ${item} есть символ, который нельзя передать в тексте SQL: перепишите название в редакторе этапов.`,
    stageRepeats: (item, name, earlier) =>
      `Этап ${item} «${name}» повторяет этап ${earlier} (регистр и пробелы не учитываются): переименуйте один из них в редакторе этапов.`,
  };
}
