/**
 * The preview's own words (its toolbar, toasts and undo messages), in the user's language like the
 * add-on's menu and sidebar (SPEC §11). The add-on's text comes from its own catalogues; these are
 * the page around it.
 */
export interface PreviewText {
  running: string;
  done: string;
  nothingToUndo: string;
  nothingToRedo: string;
  /** "{action}": the menu item or sidebar that changed the workbook. */
  undoStopped: string;
  undo: string;
  redo: string;
  importCsv: string;
  /** "{file}", "{range}". */
  imported: string;
  emptyFile: string;
  allSheets: string;
  scrollTabsLeft: string;
  scrollTabsRight: string;
  lostConnection: string;
  /** The page's title (the document name, as Sheets shows a spreadsheet's). */
  title: string;
  /** Beside the title: the workbook lives in memory only. */
  docHint: string;
  /** The switch of the user's language (menu, sidebar, dialogs). */
  userLanguage: string;
  /** The switch of the spreadsheet's locale (plans, number and date formats). */
  spreadsheetLocale: string;
  /** Names a screen reader gives the page's parts (aria-label); "{cell}": an A1 address. */
  menuBarLabel: string;
  toolbarLabel: string;
  selectedCellLabel: string;
  formulaBarLabel: string;
  sheetGridLabel: string;
  sheetTabsLabel: string;
  sidebarLabel: string;
  closeSidebarLabel: string;
  closeDialogLabel: string;
  editCellLabel: string;
  chartLabel: string;
  messageLabel: string;
}

const ENGLISH: PreviewText = {
  running: "Running {label}…",
  done: "{label}: done.",
  nothingToUndo: "Nothing to undo.",
  nothingToRedo: "Nothing to redo.",
  undoStopped:
    "“{action}” changed the workbook through the add-on and can’t be undone here. Undo covers the cell edits, pastes and clears made since.",
  undo: "Undo (Ctrl+Z)",
  redo: "Redo (Ctrl+Y)",
  importCsv: "Import CSV…",
  imported: "Imported {file} into {range}.",
  emptyFile: "{file} has no rows to import.",
  allSheets: "All sheets",
  scrollTabsLeft: "Scroll sheet tabs left",
  scrollTabsRight: "Scroll sheet tabs right",
  lostConnection: "Lost the connection to the preview server (is npm start still running?)",
  title: "Funnel Math preview",
  docHint: "in-memory workbook · not saved",
  userLanguage: "Your language",
  spreadsheetLocale: "Spreadsheet locale",
  menuBarLabel: "Menu bar",
  toolbarLabel: "Toolbar",
  selectedCellLabel: "Selected cell",
  formulaBarLabel: "Formula bar",
  sheetGridLabel: "Sheet grid",
  sheetTabsLabel: "Sheets",
  sidebarLabel: "Add-on sidebar",
  closeSidebarLabel: "Close sidebar",
  closeDialogLabel: "Close dialog",
  editCellLabel: "Edit {cell}",
  chartLabel: "Chart",
  messageLabel: "Message",
};

const TEXT: Record<string, PreviewText> = {
  en: ENGLISH,
  sv: {
    running: "Kör {label} …",
    done: "{label}: klart.",
    nothingToUndo: "Det finns inget att ångra.",
    nothingToRedo: "Det finns inget att göra om.",
    undoStopped:
      "”{action}” ändrade arbetsboken via tillägget och kan inte ångras här. Ångra gäller de celländringar, inklistringar och rensningar du gjort efter det.",
    undo: "Ångra (Ctrl+Z)",
    redo: "Gör om (Ctrl+Y)",
    importCsv: "Importera CSV …",
    imported: "{file} importerades till {range}.",
    emptyFile: "{file} har inga rader att importera.",
    allSheets: "Alla blad",
    scrollTabsLeft: "Rulla bladflikarna åt vänster",
    scrollTabsRight: "Rulla bladflikarna åt höger",
    lostConnection: "Anslutningen till förhandsvisningen bröts (körs npm start fortfarande?)",
    title: "Funnel Math – förhandsvisning",
    docHint: "arbetsbok i minnet · sparas inte",
    userLanguage: "Ditt språk",
    spreadsheetLocale: "Kalkylarkets språkinställning",
    menuBarLabel: "Menyrad",
    toolbarLabel: "Verktygsfält",
    selectedCellLabel: "Markerad cell",
    formulaBarLabel: "Formelfält",
    sheetGridLabel: "Bladets rutnät",
    sheetTabsLabel: "Blad",
    sidebarLabel: "Tilläggets sidofält",
    closeSidebarLabel: "Stäng sidofältet",
    closeDialogLabel: "Stäng dialogrutan",
    editCellLabel: "Redigera {cell}",
    chartLabel: "Diagram",
    messageLabel: "Meddelande",
  },
  ru: {
    running: "Выполняется «{label}»…",
    done: "«{label}»: готово.",
    nothingToUndo: "Нечего отменять.",
    nothingToRedo: "Нечего повторять.",
    undoStopped:
      "Команда «{action}» изменила книгу через дополнение, и здесь её не отменить. Отменить можно правки ячеек, вставки и очистки, сделанные после неё.",
    undo: "Отменить (Ctrl+Z)",
    redo: "Повторить (Ctrl+Y)",
    importCsv: "Импорт CSV…",
    imported: "Файл {file} импортирован в {range}.",
    emptyFile: "В файле {file} нет строк для импорта.",
    allSheets: "Все листы",
    scrollTabsLeft: "Прокрутить ярлыки листов влево",
    scrollTabsRight: "Прокрутить ярлыки листов вправо",
    lostConnection: "Связь с сервером предпросмотра потеряна (npm start ещё работает?)",
    title: "Funnel Math — предпросмотр",
    docHint: "книга в памяти · не сохраняется",
    userLanguage: "Ваш язык",
    spreadsheetLocale: "Региональные настройки таблицы",
    menuBarLabel: "Строка меню",
    toolbarLabel: "Панель инструментов",
    selectedCellLabel: "Выбранная ячейка",
    formulaBarLabel: "Строка формул",
    sheetGridLabel: "Сетка листа",
    sheetTabsLabel: "Листы",
    sidebarLabel: "Боковая панель дополнения",
    closeSidebarLabel: "Закрыть боковую панель",
    closeDialogLabel: "Закрыть диалоговое окно",
    editCellLabel: "Изменить {cell}",
    chartLabel: "Диаграмма",
    messageLabel: "Сообщение",
  },
  pl: {
    running: "Trwa: {label}…",
    done: "{label}: gotowe.",
    nothingToUndo: "Nie ma czego cofnąć.",
    nothingToRedo: "Nie ma czego ponowić.",
    undoStopped:
      "Polecenie „{action}” zmieniło skoroszyt przez dodatek i nie da się go tu cofnąć. Cofnąć można edycje komórek, wklejenia i czyszczenia wykonane później.",
    undo: "Cofnij (Ctrl+Z)",
    redo: "Ponów (Ctrl+Y)",
    importCsv: "Importuj CSV…",
    imported: "Plik {file} zaimportowano do {range}.",
    emptyFile: "Plik {file} nie ma wierszy do zaimportowania.",
    allSheets: "Wszystkie arkusze",
    scrollTabsLeft: "Przewiń karty arkuszy w lewo",
    scrollTabsRight: "Przewiń karty arkuszy w prawo",
    lostConnection: "Utracono połączenie z serwerem podglądu (czy npm start nadal działa?)",
    title: "Funnel Math – podgląd",
    docHint: "skoroszyt w pamięci · nie jest zapisywany",
    userLanguage: "Twój język",
    spreadsheetLocale: "Ustawienia regionalne arkusza",
    menuBarLabel: "Pasek menu",
    toolbarLabel: "Pasek narzędzi",
    selectedCellLabel: "Zaznaczona komórka",
    formulaBarLabel: "Pasek formuły",
    sheetGridLabel: "Siatka arkusza",
    sheetTabsLabel: "Arkusze",
    sidebarLabel: "Panel boczny dodatku",
    closeSidebarLabel: "Zamknij panel boczny",
    closeDialogLabel: "Zamknij okno dialogowe",
    editCellLabel: "Edytuj {cell}",
    chartLabel: "Wykres",
    messageLabel: "Komunikat",
  },
  zh: {
    running: "正在运行“{label}”…",
    done: "“{label}”已完成。",
    nothingToUndo: "没有可撤销的操作。",
    nothingToRedo: "没有可重做的操作。",
    undoStopped:
      "“{action}”通过插件更改了工作簿，无法在此撤销。之后进行的单元格编辑、粘贴和清除仍可撤销。",
    undo: "撤销 (Ctrl+Z)",
    redo: "重做 (Ctrl+Y)",
    importCsv: "导入 CSV…",
    imported: "已将 {file} 导入到 {range}。",
    emptyFile: "{file} 中没有可导入的行。",
    allSheets: "所有工作表",
    scrollTabsLeft: "向左滚动工作表标签",
    scrollTabsRight: "向右滚动工作表标签",
    lostConnection: "与预览服务器的连接已断开（npm start 是否仍在运行？）",
    title: "Funnel Math 预览",
    docHint: "内存中的工作簿 · 不会保存",
    userLanguage: "您的语言",
    spreadsheetLocale: "电子表格区域设置",
    menuBarLabel: "菜单栏",
    toolbarLabel: "工具栏",
    selectedCellLabel: "所选单元格",
    formulaBarLabel: "公式栏",
    sheetGridLabel: "工作表网格",
    sheetTabsLabel: "工作表",
    sidebarLabel: "插件侧边栏",
    closeSidebarLabel: "关闭侧边栏",
    closeDialogLabel: "关闭对话框",
    editCellLabel: "编辑 {cell}",
    chartLabel: "图表",
    messageLabel: "消息",
  },
};

/** The preview's words for a user locale ("sv", "zh_CN"); English for any other. */
export function previewText(userLocale: string): PreviewText {
  return TEXT[userLocale.split(/[_-]/)[0]?.toLowerCase() ?? ""] ?? ENGLISH;
}

/** "{name}" placeholders filled in. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => values[name] ?? m);
}
