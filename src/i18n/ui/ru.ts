import { ru as menu } from "../menu/ru";
import type { UiMessages } from "./en";
import { languageFormats } from "../format";

/** Russian UI messages. */
export function ru(): UiMessages {
  const n = (count: number) => languageFormats("ru").number(count);
  const days = (value: number | null) => (value === null ? "—" : n(value));
  return {
    menu: menu(),
    reference: {
      title: "Функции Funnel Math",
      hint: "Введите функцию в ячейку, например =REQUIRED_LEADS(, и увидите подсказку по каждому аргументу.",
    },
    sidebarTitle: "Этапы воронки",
    plans: {
      createdDefaultFunnel: (name) =>
        `Создана таблица этапов «${name}» по шаблону Inbound. Изменить её можно в Funnel Math ▸ Редактор этапов.`,
      noNamedRanges: (name) =>
        `У таблицы «${name}» ещё нет именованных диапазонов. Откройте Funnel Math ▸ Редактор этапов, сохраните воронку и создайте план заново.`,
      chooseFunnelTitle: "Какая воронка?",
      createPlan: "Создать план",
      chooseFunnelFor: (plan) => `${plan}: какая воронка?`,
      tooManyStages: (name, count, room) =>
        `В воронке «${name}» этапов до этапа «Сделка выиграна»: ${n(count)}; в плане помещается не больше ${n(room)}.`,
      cancel: "Отмена",
      notAPlan:
        "«Обновить план» перестраивает лист плана по его воронке. Откройте лист плана (созданный через «Новый план») и повторите.",
      refreshed: (funnel) =>
        `План перестроен по воронке «${funnel}». Введённые вами данные сохранены.`,
      funnelMissing: (funnel) =>
        `План использует воронку «${funnel}», которой больше нет в этой таблице.`,
      exportSqlTitle: "Воронка в SQL",
      exportSqlHint:
        "Скопируйте этот SQL в своё хранилище данных: он считает ту же воронку по таблицам CRM.",
      useMeasuredDays: "Перенести эти дни в воронку",
      measuredDaysSaved: (funnel) => `Измеренные дни на этапах сохранены в воронку «${funnel}».`,
      notCohortsSheet:
        "Откройте лист когорт (Новый план ▸ Когорты и время на этапах), вставьте даты этапов и повторите.",
      noMeasuredDays:
        "Ни для одного этапа пока нет медианы: в выгрузке нужны записи с датами двух соседних этапов.",
      measuredDayChange: (stage, before, after) => `${stage}: ${days(before)} → ${days(after)} дн.`,
      measuredDaysKept: (stages) => `Без изменений (нет замеров): ${stages}`,
      measuredDaysFailed: (reason) => `Дни не сохранены: ${reason}`,
    },
    store: {
      noSuchFunnel: (key) => `Воронки «${key}» в этой таблице больше нет.`,
      invalid: "Перед сохранением нужно исправить некоторые этапы.",
      busy: "Кто-то другой сейчас сохраняет эту таблицу. Повторите через минуту.",
      sheetGone: (key) => `Лист воронки удалён: воронки «${key}» больше нет.`,
      conflict: (sheet) =>
        `Таблицу «${sheet}» изменили на листе после того, как вы её открыли. Загрузите её заново, чтобы увидеть новую версию (несохранённые правки пропадут).`,
      nameRequired: "Дайте новой воронке название, например EMEA.",
      renameRequired: "Укажите название воронки.",
      newStagesInvalid: "Этапы новой воронки нужно исправить: выберите шаблон и повторите.",
      sheetExists: (name) => `Лист «${name}» уже существует: выберите другое название.`,
    },
    validation: {
      tooFewStages:
        "В воронке должно быть минимум два этапа: где записи входят и где заканчиваются.",
      nameRequired: "Дайте этапу название.",
      duplicateName: (first, name) =>
        `Этап ${first} уже называется «${name}» — у каждого этапа должно быть своё название.`,
      lastStageNoRate: "Последним этапом воронка заканчивается: оставьте его конверсию пустой.",
      rateRequired: "Укажите долю, которая переходит на следующий этап, например 30\u00a0%.",
      rateOutOfRange: (fraction) =>
        `${languageFormats("ru").percent(fraction)} — так не бывает: укажите конверсию больше 0\u00a0% и не выше 100\u00a0%.`,
      lastStageNoDays: "У последнего этапа нет срока на этапе: оставьте поле пустым.",
      wonStageNoRate:
        "На этапе «Сделка выиграна» привлечение заканчивается: оставьте конверсию пустой.",
      wonStageNoDays: "У этапа «Сделка выиграна» нет дней на этапе: оставьте поле пустым.",
      negativeDays: "Дней на этапе не может быть меньше нуля.",
      notAPercentCell: (shown) => `«${shown}» — не процент: укажите конверсию, например 30\u00a0%.`,
      notDays: (shown) => `«${shown}» — не число дней: укажите, например, 14.`,
      notAPercentTyped: (typed) => `«${typed}» — не процент: укажите, например, 30.`,
      crmNameTaken: (name, stage, stageName) =>
        `«${name}» уже относится к этапу ${stage} («${stageName}»): название из CRM может указывать только на один этап.`,
      endNameTaken: (name, stage, stageName) =>
        `«${name}» — название этапа ${stage} («${stageName}»): название, завершающее запись, не может одновременно быть этапом.`,
    },
  };
}
