import type { SqlExportMessages } from "./en";

/** Russian SQL export dialog. */
export function ru(): SqlExportMessages {
  return {
    layoutLog: "Журнал записей (самый дальний этап)",
    layoutEvents: "События (id записи, этап)",
    layoutMatrix: "Даты этапов (по столбцу на этап)",
    dialectBigQuery: "BigQuery (подключённые таблицы)",
    query: "Запрос",
    copy: "Копировать",
    close: "Закрыть",
    stageColumn: "Столбец этапа",
    recordIdColumn: "Столбец id записи",
    dateColumn: (stage) => `Столбец даты: ${stage}`,
    fixStageTable: "Сначала исправьте таблицу этапов воронки.",
    checkField: "Проверьте выделенное поле.",
    copiedPaste: "Скопировано. Вставьте запрос в консоль BigQuery или в свой SQL-редактор.",
    copied: "Скопировано.",
    pressCopy: "Нажмите Ctrl+C (⌘C), чтобы скопировать выделенный запрос.",
    intro:
      "Запрос считает в вашем хранилище те же цифры, что и STAGE_CONVERSION: по строке на этап — сколько записей до него дошло и конверсия в следующий этап.",
    funnel: "Воронка",
    layout: "Формат данных",
    dialect: "Диалект SQL",
    table: "Таблица",
    columns: "Столбцы",
    noFunnel: "В этой таблице ещё нет воронки: создайте её в редакторе этапов.",
  };
}
