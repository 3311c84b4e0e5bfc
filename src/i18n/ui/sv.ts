import { sv as menu } from "../menu/sv";
import type { UiMessages } from "./en";
import { languageFormats } from "../format";

/** Swedish UI messages. */
export function sv(): UiMessages {
  const n = (count: number) => languageFormats("sv").number(count);
  const days = (value: number | null) => (value === null ? "—" : n(value));
  return {
    menu: menu(),
    reference: {
      title: "Funktioner i Funnel Math",
      hint: "Skriv en i en cell, t.ex. =REQUIRED_LEADS(, så ser du vad varje argument betyder.",
    },
    sidebarTitle: "Trattens steg",
    plans: {
      createdDefaultFunnel: (name) =>
        `Tratten ”${name}” skapades från mallen Inbound. Redigera den under Funnel Math ▸ Redigera trattens steg.`,
      noNamedRanges: (name) =>
        `Tabellen ”${name}” har inga namngivna områden än. Öppna Funnel Math ▸ Redigera trattens steg, spara tratten en gång och skapa sedan planen igen.`,
      chooseFunnelTitle: "Vilken tratt?",
      createPlan: "Skapa plan",
      chooseFunnelFor: (plan) => `${plan}: vilken tratt?`,
      newPlanFor: (plan) => `Ny plan: ${plan}`,
      badFigure: (field) => `Planens siffror går inte att använda (${field}): öppna Ny plan igen.`,
      tooManyStages: (name, count, room) =>
        `”${name}” har ${n(count)} steg fram till det vunna steget; planerna har plats för ${n(room)}.`,
      cancel: "Avbryt",
      notAPlan:
        "Uppdatera planen bygger om ett planblad från dess tratt. Öppna ett planblad (skapat med Ny plan) och försök igen.",
      refreshed: (funnel) => `Planen är ombyggd från tratten ”${funnel}”. Dina indata är kvar.`,
      viewFunnelGone: (gone, used) =>
        `Bladet som visas skapades från tratten ”${gone}”, som inte längre finns i kalkylarket: ”${used}” används i stället.`,
      viewFunnelGoneChoose: (gone) =>
        `Bladet som visas skapades från tratten ”${gone}”, som inte längre finns i kalkylarket: välj en annan tratt.`,
      funnelMissing: (funnel) =>
        `Planen använder tratten ”${funnel}”, som inte längre finns i kalkylarket.`,
      exportSqlTitle: "Tratten som SQL",
      exportSqlHint:
        "Kopiera SQL-koden till ditt datalager: den räknar fram samma tratt ur dina CRM-tabeller.",
      useMeasuredDays: "Använd de här dagarna i tratten",
      measuredDaysAsk: (funnel) =>
        `Använda de uppmätta dagarna per steg i tratten ”${funnel}”? Före → efter:`,
      measuredDaysSame: (funnel) =>
        `Tratten ”${funnel}” har redan de uppmätta dagarna: inget att ändra.`,
      measuredDaysSaved: (funnel) =>
        `De uppmätta dagarna per steg är sparade i tratten ”${funnel}”.`,
      notCohortsSheet:
        "Öppna ett kohortblad (Ny plan ▸ Kohorter och tid per steg), klistra in dina stegdatum och försök igen.",
      noMeasuredDays:
        "Inget steg har någon uppmätt median än: exporten behöver poster med datum i två intilliggande steg.",
      measuredDayChange: (stage, before, after) =>
        `${stage}: ${days(before)} → ${days(after)} ${after === 1 ? "dag" : "dagar"}`,
      measuredDaysKept: (stages) => `Oförändrade (ingen mätning): ${stages}`,
      measuredDaysFailed: (reason) => `Dagarna sparades inte: ${reason}`,
      olderPlan:
        "Planen gjordes med en tidigare version av Funnel Math, så Funnel Math hittar inte dess block: skapa en ny plan (Ny plan ▸ …) och för över dina indata.",
      rowsInsideBlocks: (rows) =>
        `Rad ${rows} har infogats i (eller tagits bort från) planens tabeller, så Uppdatera plan kan inte avgöra vilket steg varje rad hör till. Ta bort de infogade raderna (eller ångra borttagningen) – egna rader hör hemma ovanför, under eller mellan tabellerna – och uppdatera planen igen.`,
      markersLost:
        "Planens dolda radetiketter är borta (har en dold kolumn tagits bort?), så dess block går inte att hitta. Ångra ändringen eller skapa en ny plan.",
      columnsMoved:
        "Kolumner har infogats eller tagits bort inne i planen, så Uppdatera plan skulle skriva blocken på fel ställe. Ångra det (lägg egna kolumner till höger om planen) och uppdatera planen igen.",
      occupied: (cells) =>
        `Uppdateringen avbröts: dina celler ${cells} ligger inne i planens tabeller, där resultaten fylls ut. Flytta dem utanför tabellerna och uppdatera planen igen. Inget har ändrats.`,
      tooManyRemoved: (plan, room) =>
        `Den här sparningen tar bort fler steg med inmatade värden än tabellen ”Borttagna steg” i ”${plan}” rymmer (plats: ${room}). Rensa värden du inte längre behöver i ”${plan}”, eller ta bort stegen i flera sparningar, och försök igen.`,
      removedTableFull: (plan) =>
        `Tabellen ”Borttagna steg” i ”${plan}” är full: rensa rader du inte längre behöver och försök igen.`,
      refreshFailed: "Planen uppdaterades inte: Kalkylark avbröt.",
      newPlanFailed: "Planen skapades inte: Kalkylark avbröt.",
      exportMisaligned:
        "Exportens kolumner följer inte längre trattens steg (tratten har ändrats sedan bladet uppdaterades). Kör Funnel Math ▸ Uppdatera plan på bladet, kontrollera de uppmätta dagarna och försök igen.",
    },
    store: {
      noSuchFunnel: (key) => `Tratten ”${key}” finns inte längre i kalkylarket.`,
      invalid: "Några steg behöver rättas innan de kan sparas.",
      busy: "Någon annan sparar i kalkylarket just nu. Försök igen om en stund.",
      sheetGone: (key) => `Trattens blad är borta: tratten ”${key}” finns inte längre.`,
      conflict: (sheet) =>
        `Tabellen ”${sheet}” har ändrats i bladet sedan du öppnade den. Läs in den igen för att se den nya versionen (dina osparade ändringar försvinner).`,
      nameRequired: "Ge den nya tratten ett namn, t.ex. EMEA.",
      renameRequired: "Ge tratten ett namn.",
      newStagesInvalid: "Den nya trattens steg behöver rättas: välj en mall och försök igen.",
      sheetExists: (name) => `Det finns redan ett blad som heter ”${name}”: välj ett annat namn.`,
      nameNotText: "Trattens namn måste vara text, t.ex. EMEA.",
      nameTooLong: (max, length) =>
        `En tratts namn är också namnet på dess blad, och ett bladnamn får ha högst ${max} tecken: korta det (det har ${length}).`,
      badRequest: (detail) =>
        `Stegredigeraren skickade något som tillägget inte kan läsa (${detail}). Öppna stegredigeraren på nytt och försök igen.`,
      requestProblem: {
        missing: "saknas",
        wrongType: "av fel typ",
        empty: "tomt",
      },
      fingerprintMissing:
        "Sparningen anger inte vilken version av tabellen den utgick från, så ändringar som gjorts i bladet under tiden kunde gå förlorade: läs in tratten igen och spara på nytt.",
      lastSheet:
        "Ett kalkylark behöver minst ett blad: lägg till ett annat blad innan du tar bort det här.",
      sheetTooNarrow: (sheet, columns, needed) =>
        `Bladet ”${sheet}” har bara ${columns} kolumner men stegtabellen behöver ${needed}: lägg till kolumner i bladet och spara igen.`,
      columnInTheWay: (header, cell) =>
        `Tabellen behöver kolumnen ”${header}”, men cell ${cell} bredvid tabellen innehåller något: flytta det och spara igen.`,
      mapInTheWay: (cell) =>
        `CRM-stegkartan bredvid tabellen behöver cell ${cell}, som innehåller något: flytta det och spara igen.`,
      cellTooLong: (row, column, length, max) =>
        `Rad ${row}, ${column}: ${length} tecken, men en cell rymmer högst ${max}. Korta texten och spara igen.`,
      headerMissing: (sheet, row) =>
        `Rubrikraden i tabellen ”${sheet}” (Steg, Ansvarig …) ska stå på rad ${row}, direkt ovanför det första steget, men den finns inte där: sätt tillbaka den och läs in igen.`,
      headerApart: (sheet, headerRow, firstRow) =>
        `I bladet ”${sheet}” har rader lagts till mellan tabellens rubrikrad (rad ${headerRow}) och dess första steg (rad ${firstRow}): ta bort dem så att rubriken står direkt ovanför stegen och läs sedan in igen.`,
      saveFailed: (step) => `Stegen kunde inte sparas: det gick fel när ${step}.`,
      createFailed: (name, step) =>
        `Tratten ”${name}” kunde inte skapas: det gick fel när ${step}.`,
      renameFailed: (name, step) =>
        `Tratten ”${name}” kunde inte byta namn: det gick fel när ${step}.`,
      deleteFailed: (name, step) =>
        `Tratten ”${name}” kunde inte tas bort: det gick fel när ${step}.`,
      restored: "Allt är som det var innan, inget gick förlorat. Försök igen.",
      notRestored: "En del kunde inte återställas: kontrollera bladet och läs in igen.",
      steps: {
        reading: "tabellen lästes",
        makingRoom: "plats gjordes under tabellen",
        writingStages: "stegen skrevs",
        formattingRates: "konverteringsgraderna formaterades",
        clearingOldRows: "de gamla raderna under tabellen rensades",
        markingWonStage: "det vunna steget visades som kryssrutor",
        namingRanges: "trattens namngivna områden pekades om till tabellen",
        keepingStageIds: "stegens id:n sparades",
        writingMap: "CRM-stegkartan skrevs",
        updatingPlans: "planernas indata flyttades med sina steg",
        addingSheet: "trattens blad lades till",
        renamingSheet: "trattens blad bytte namn",
        renamingPlans: "trattens namn ändrades i dess planer",
        removingRanges: "trattens namngivna områden togs bort",
        deletingSheet: "trattens blad togs bort",
      },
    },
    validation: {
      tooManyStages: (max) =>
        `En tratt kan ha högst ${max} steg: slå ihop eller ta bort några innan du sparar.`,
      tooFewStages: "En tratt behöver minst två steg: där posterna kommer in och där de hamnar.",
      nameRequired: "Ge steget ett namn.",
      duplicateName: (first, name) =>
        `Steg ${first} heter redan ”${name}” – varje steg behöver ett eget namn.`,
      lastStageNoRate: "Sista steget är där tratten slutar: lämna dess konvertering tom.",
      rateRequired: "Ange andelen som går vidare till nästa steg, t.ex. 30\u00a0%.",
      rateOutOfRange: (fraction) =>
        `${languageFormats("sv").percent(fraction)} går inte: ange en konvertering över 0\u00a0% och högst 100\u00a0%.`,
      lastStageNoDays: "Sista steget har inga dagar i steget: lämna fältet tomt.",
      wonStageNoRate: "Det vunna steget är där kundförvärvet slutar: lämna dess konvertering tom.",
      wonStageNoDays: "Det vunna steget har inga dagar i steget: lämna fältet tomt.",
      negativeDays: "Antalet dagar i steget kan inte vara negativt.",
      notAPercentCell: (shown) =>
        `”${shown}” är ingen procentsats: ange en konvertering som 30\u00a0%.`,
      notDays: (shown) => `”${shown}” är inget antal dagar: ange t.ex. 14.`,
      notAPercentTyped: (typed) => `”${typed}” är ingen procentsats: ange t.ex. 30.`,
      ambiguousNumber: (shown, grouped, decimal) =>
        `”${shown}” kan vara ${grouped} (komma som tusentalsavgränsare) eller ${decimal} (decimalkomma): skriv ${grouped} eller ${decimal}.`,
      oneWonStage: (row) =>
        `Bara ett steg kan vara det vunna, och rad ${row} är redan ikryssad: kryssa ur en av dem.`,
      endNamesPlace: (row) =>
        `Rad ${row} har namn i CRM men inget steg: namn som avslutar en post (förlorad, diskvalificerad) hör hemma på en rad under det sista steget.`,
      crmNameSeparator: (name) =>
        `”${name}”: ett namn i CRM kan inte innehålla ”;” eller radbrytning, som skiljer namnen åt i tabellen.`,
      crmNameTooLong: (max) => `Ett namn i CRM får ha högst ${max} tecken.`,
      crmNameTaken: (name, stage, stageName) =>
        `”${name}” hör redan till steg ${stage} (${stageName}): ett CRM-namn kan bara peka på ett steg.`,
      endNameTaken: (name, stage, stageName) =>
        `”${name}” är ett namn på steg ${stage} (${stageName}): ett namn som avslutar en post kan inte också vara ett steg.`,
    },
  };
}
