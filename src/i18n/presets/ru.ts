import type { InboundPresetMessages, PresetMessages } from "./en";

/** Russian presets. */
export function inbound(): InboundPresetMessages {
  return {
    owners: {
      marketing: "Маркетинг",
      sdr: "SDR",
      sales: "Продажи",
      customerSuccess: "Customer Success",
    },
    inbound: {
      name: "Inbound (пять этапов)",
      description: "Визит → Лид → MQL → SQL → Клиент. Примерные конверсии.",
      stages: { visit: "Визит", lead: "Лид", mql: "MQL", sql: "SQL", customer: "Клиент" },
    },
  };
}

export function ru(): PresetMessages {
  return {
    ...inbound(),
    lifecycle: {
      name: "Жизненный цикл",
      description:
        "От потенциального клиента до клиента, с ответственными и критериями входа и выхода. Примерные конверсии.",
      stages: {
        prospect: {
          name: "Потенциальный клиент",
          entry: "Известный контакт в целевой компании",
          exit: "Дал согласие на коммуникацию",
        },
        subscriber: {
          name: "Подписчик",
          entry: "Дал согласие на коммуникацию",
          exit: "Соответствует ICP, определена персона",
        },
        lead: {
          name: "Лид",
          entry: "Соответствует ICP, определена персона",
          exit: "Лид-скоринг выше порога, запросил разговор",
        },
        mql: {
          name: "MQL",
          entry: "Лид-скоринг выше порога, запросил разговор",
          exit: "SDR подтвердил интерес и назначил встречу с менеджером по продажам (AE)",
        },
        sql: {
          name: "SQL",
          entry: "Назначена встреча с менеджером по продажам (AE)",
          exit: "AE квалифицировал: есть сумма и дата закрытия",
        },
        opportunity: {
          name: "Сделка",
          entry: "Квалифицирована AE: есть сумма и дата закрытия",
          exit: "Подписан договор",
        },
        customer: { name: "Клиент", entry: "Подписан договор", exit: "" },
      },
    },
    waterfall: {
      name: "Demand Waterfall (водопад спроса)",
      description: "Запрос → MQL → SAL → SQL → Выиграна. Примерные конверсии.",
      stages: { inquiry: "Запрос", mql: "MQL", sal: "SAL", sql: "SQL", won: "Выиграна" },
    },
    bowtie: {
      name: "Bowtie («бабочка»)",
      description:
        "Привлечение и удержание: от осведомлённости до расширения. Примерные конверсии.",
      stages: {
        awareness: "Осведомлённость",
        education: "Изучение",
        selection: "Выбор",
        commit: "Решение",
        onboard: "Онбординг",
        impact: "Результат",
        expansion: "Расширение",
      },
    },
  };
}
