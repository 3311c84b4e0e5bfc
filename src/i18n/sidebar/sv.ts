import type { SidebarMessages } from "./en";
import { languageFormats } from "../format";

/** Swedish sidebar. */
export function sv(): SidebarMessages {
  const n = (count: number) => languageFormats("sv").number(count);
  return {
    listSeparator: ", ",
    funnel: "Tratt",
    newFunnel: "Ny tratt",
    createFunnel: "Skapa tratt",
    cancel: "Avbryt",
    createHint: "Lägger till ett blad med stegtabellen och dess namngivna områden.",
    defaultFunnelName: "Tratt",
    funnelName: "Trattens namn",
    startFrom: "Utgå från",
    emptyTitle: "Ingen tratt än",
    emptyText:
      "En tratt är en tabell med steg – Lead, MQL, SQL, Kund … – med ansvariga och konverteringar. Formler som REQUIRED_LEADS läser den.",
    reload: "Läs in igen",
    preset: "Mall",
    choosePreset: "Välj en mall …",
    apply: "Använd",
    presetHint: "Ersätter stegen nedan med exempelvärden. Bladet ändras först när du sparar.",
    stages: "Steg",
    topFirst: " · toppen av tratten först",
    addStage: "+ Lägg till steg",
    save: "Spara",
    saving: "Sparar …",
    loading: "Läser in …",
    unsaved: "Osparade ändringar.",
    choosePresetFirst: "Välj en mall först.",
    presetApplied: (preset) =>
      `”${preset}” används – inte sparat än. Konverteringarna är exempel: byt till dina egna.`,
    tableProblems: (count) =>
      count === 1
        ? "Tabellen i bladet har ett fel. Rätta det nedan och spara:"
        : `Tabellen i bladet har ${n(count)} fel. Rätta dem nedan och spara:`,
    rowProblem: (row, message) => `Rad ${row}: ${message}`,
    couldNotLoad: (error) => `Det gick inte att läsa in tratten: ${error}`,
    reloaded: "Inläst igen från bladet.",
    notSavedFixFields: (count) =>
      count === 1
        ? "Inte sparat: rätta först det markerade fältet."
        : `Inte sparat: rätta först de ${n(count)} markerade fälten.`,
    saved: (sheet, time) => `Sparat i bladet ”${sheet}” kl. ${time}.`,
    savedChangedSince: (sheet, time) =>
      `Sparat i bladet ”${sheet}” kl. ${time}. Det du skrivit sedan dess finns kvar men är inte sparat än.`,
    notSaved: "Inte sparat.",
    couldNotSave: (error) => `Det gick inte att spara: ${error}`,
    created: (sheet) => `Bladet ”${sheet}” är skapat.`,
    couldNotCreate: (error) => `Det gick inte att skapa tratten: ${error}`,
    rename: "Byt namn",
    renameTitle: "Byt namn på tratten",
    newName: "Nytt namn",
    renamed: (from, to) => `”${from}” heter nu ”${to}”.`,
    renameHint:
      "Byter namn på bladet. Formlerna fungerar som förut: de namngivna områdena behåller sina namn.",
    couldNotRename: (error) => `Kunde inte byta namn: ${error}`,
    deleteFunnel: "Ta bort tratten",
    deleteConfirm: (funnel) =>
      `Ta bort tratten ”${funnel}”? Dess blad och namngivna områden tas bort.`,
    deleteConfirmPlans: (funnel, count, plans) =>
      count === 1
        ? `Ta bort tratten ”${funnel}”? Dess blad och namngivna områden tas bort, och planbladet ${plans} kommer att visa fel.`
        : `Ta bort tratten ”${funnel}”? Dess blad och namngivna områden tas bort, och ${n(count)} planblad kommer att visa fel: ${plans}.`,
    deleteConfirmButton: "Ta bort",
    deleted: (funnel) => `Tratten ”${funnel}” är borttagen.`,
    couldNotDelete: (error) => `Kunde inte ta bort tratten: ${error}`,
    unsavedPrompt: "Du har osparade ändringar i tratten. Vill du slänga dem?",
    discard: "Släng ändringarna",
    keepEditing: "Fortsätt redigera",
    endOfFunnel: "trattens slut",
    toNext: (percent) => `${percent} till nästa steg`,
    unnamedStage: "Namnlöst steg",
    moveUp: (stage) => `Flytta upp ${stage}`,
    moveDown: (stage) => `Flytta ned ${stage}`,
    deleteStage: (stage) => `Ta bort ${stage}`,
    up: "↑ Upp",
    down: "↓ Ned",
    delete: "Ta bort",
    needsFixing: "behöver rättas",
    needsFixingTitle: "Steget behöver rättas",
    stageName: "Stegets namn",
    stageNamePlaceholder: "t.ex. MQL",
    owner: "Ansvarig",
    noOwner: "—",
    otherOwner: "Annan …",
    otherOwnerLabel: "Annan ansvarig",
    otherOwnerPlaceholder: "Team eller person",
    conversionToNext: "Konvertering till nästa steg (%)",
    daysInStage: "Dagar i steget",
    entryCriteria: "Ingångskriterier",
    exitCriteria: "Utgångskriterier",
    wonStage: "Vunnet steg",
    wonStageHint:
      "Här är affären vunnen. Senare steg är efter köpet: onboarding, användning, merförsäljning.",
    understoodAs: (percent) => `tolkat som ${percent}`,
    nameTooLong: (max, length) =>
      `Trattens namn är också bladets namn, och ett bladnamn får ha högst ${max} tecken: korta det (det har ${length}).`,
    crmSection: "Namn i ditt CRM",
    crmNames: "Namn i CRM",
    crmNamesHint: "Ett per rad, så som exporten från ditt CRM skriver dem.",
    crmNamesPlaceholder: "Möte bokat",
    endNames: "Namn som avslutar en post",
    endNamesHint:
      "Förlorad, diskvalificerad, uppsagd: ett per rad, så som ditt CRM skriver dem. De räknas inte till något steg.",
    endNamesPlaceholder: "Förlorad affär",
  };
}
