import { pluralRu } from "../plural";
import type { SidebarMessages } from "./en";
import { languageFormats } from "../format";

/** Russian sidebar. */
export function ru(): SidebarMessages {
  const n = (count: number) => languageFormats("ru").number(count);
  return {
    listSeparator: ", ",
    funnel: "Воронка",
    newFunnel: "Новая воронка",
    createFunnel: "Создать воронку",
    cancel: "Отмена",
    createHint: "Добавит лист с таблицей этапов и её именованными диапазонами.",
    defaultFunnelName: "Воронка",
    funnelName: "Название воронки",
    startFrom: "Начать с",
    emptyTitle: "Воронки пока нет",
    emptyText:
      "Воронка — это таблица этапов (Лид, MQL, SQL, Клиент…) с ответственными и конверсиями. Её читают формулы, например REQUIRED_LEADS.",
    reload: "Загрузить заново",
    preset: "Шаблон",
    choosePreset: "Выберите шаблон…",
    apply: "Применить",
    presetHint: "Заменит этапы ниже примерными значениями. Лист изменится только после сохранения.",
    stages: "Этапы",
    topFirst: " · сверху вниз по воронке",
    addStage: "+ Добавить этап",
    save: "Сохранить",
    saving: "Сохранение…",
    loading: "Загрузка…",
    unsaved: "Есть несохранённые изменения.",
    choosePresetFirst: "Сначала выберите шаблон.",
    presetApplied: (preset) =>
      `Шаблон «${preset}» применён, но ещё не сохранён. Конверсии в нём примерные: замените их своими.`,
    tableProblems: (count) =>
      count === 1
        ? "В таблице на листе есть ошибка. Исправьте её ниже и сохраните:"
        : `В таблице на листе ${n(count)} ${pluralRu(count, { one: "ошибка", few: "ошибки", many: "ошибок" })}. Исправьте их ниже и сохраните:`,
    rowProblem: (row, message) => `Строка ${row}: ${message}`,
    couldNotLoad: (error) => `Не удалось загрузить воронку: ${error}`,
    reloaded: "Загружено заново с листа.",
    notSavedFixFields: (count) =>
      count === 1
        ? "Не сохранено: сначала исправьте выделенное поле."
        : `Не сохранено: сначала исправьте выделенные поля (${n(count)}).`,
    saved: (sheet, time) => `Сохранено на лист «${sheet}» в ${time}.`,
    savedChangedSince: (sheet, time) =>
      `Сохранено на лист «${sheet}» в ${time}. Введённое после этого не потеряно, но ещё не сохранено.`,
    notSaved: "Не сохранено.",
    couldNotSave: (error) => `Не удалось сохранить: ${error}`,
    created: (sheet) => `Лист «${sheet}» создан.`,
    couldNotCreate: (error) => `Не удалось создать воронку: ${error}`,
    rename: "Переименовать",
    renameTitle: "Переименовать воронку",
    newName: "Новое название",
    renamed: (from, to) => `Воронка «${from}» переименована в «${to}».`,
    renameHint:
      "Переименовывает лист. Формулы продолжают работать: именованные диапазоны сохраняют свои имена.",
    couldNotRename: (error) => `Не удалось переименовать: ${error}`,
    deleteFunnel: "Удалить воронку",
    deleteConfirm: (funnel) =>
      `Удалить воронку «${funnel}»? Её лист и именованные диапазоны будут удалены.`,
    deleteConfirmPlans: (funnel, count, plans) =>
      count === 1
        ? `Удалить воронку «${funnel}»? Её лист и именованные диапазоны будут удалены, а на листе плана ${plans} появятся ошибки.`
        : `Удалить воронку «${funnel}»? Её лист и именованные диапазоны будут удалены, а на ${n(count)} ${pluralRu(count, { one: "листе", few: "листах", many: "листах" })} планов появятся ошибки: ${plans}.`,
    deleteConfirmButton: "Удалить",
    deleted: (funnel) => `Воронка «${funnel}» удалена.`,
    couldNotDelete: (error) => `Не удалось удалить воронку: ${error}`,
    unsavedPrompt: "В этой воронке есть несохранённые изменения. Отменить их?",
    discard: "Отменить изменения",
    keepEditing: "Продолжить редактирование",
    endOfFunnel: "конец воронки",
    toNext: (percent) => `${percent} на следующий этап`,
    unnamedStage: "Этап без названия",
    moveUp: (stage) => `Переместить «${stage}» выше`,
    moveDown: (stage) => `Переместить «${stage}» ниже`,
    deleteStage: (stage) => `Удалить «${stage}»`,
    up: "↑ Выше",
    down: "↓ Ниже",
    delete: "Удалить",
    needsFixing: "нужно исправить",
    needsFixingTitle: "Этот этап нужно исправить",
    stageName: "Название этапа",
    stageNamePlaceholder: "например, MQL",
    owner: "Ответственный",
    noOwner: "—",
    otherOwner: "Другой…",
    otherOwnerLabel: "Другой ответственный",
    otherOwnerPlaceholder: "Команда или сотрудник",
    conversionToNext: "Конверсия на следующий этап (%)",
    daysInStage: "Дней на этапе",
    entryCriteria: "Критерии входа",
    exitCriteria: "Критерии выхода",
    wonStage: "Сделка выиграна",
    wonStageHint:
      "Здесь сделка выиграна. Следующие этапы — после продажи: онбординг, внедрение, расширение.",
    understoodAs: (percent) => `понято как ${percent}`,
    nameTooLong: (max, length) =>
      `Название воронки — это название её листа, а в названии листа не больше ${max} символов: сократите его (сейчас ${length}).`,
    crmSection: "Названия в вашей CRM",
    crmNames: "Названия в CRM",
    crmNamesHint: "По одному в строке, как их пишет выгрузка из вашей CRM.",
    crmNamesPlaceholder: "Встреча назначена",
    endNames: "Названия, завершающие запись",
    endNamesHint:
      "Проиграна, дисквалифицирована, отток: по одному в строке, как их пишет CRM. Ни к какому этапу не относятся.",
    endNamesPlaceholder: "Сделка проиграна",
  };
}
