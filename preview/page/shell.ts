/** The page's static HTML: the frame every dynamic part is drawn into (no user or cell text). */
export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Funnel Math</title>
<link rel="stylesheet" href="/page.css">
</head>
<body>
<header class="topbar">
  <div class="logo" aria-hidden="true"><span></span></div>
  <div class="doc">
    <div class="doc-title"><span id="doc-name"></span> <span class="doc-hint" id="doc-hint"></span></div>
    <nav class="menubar" id="menubar" data-label="menuBarLabel"></nav>
  </div>
  <div class="locales">
    <label><span id="user-locale-label"></span> <select id="user-locale"></select></label>
    <label><span id="spreadsheet-locale-label"></span> <select id="spreadsheet-locale"></select></label>
  </div>
</header>
<div class="toolbar" role="toolbar" data-label="toolbarLabel">
  <button class="tool" id="undo" type="button" disabled>↶</button>
  <button class="tool" id="redo" type="button" disabled>↷</button>
  <span class="tool-separator" aria-hidden="true"></span>
  <button class="tool text-tool" id="import-csv" type="button"></button>
  <input id="csv-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" hidden>
</div>
<div class="formula-bar">
  <div class="name-box" id="name-box" data-label="selectedCellLabel">A1</div>
  <div class="fx" aria-hidden="true">fx</div>
  <input class="formula-input" id="formula-input" data-label="formulaBarLabel" autocomplete="off" spellcheck="false">
  <div class="cell-error" id="cell-error" role="status" hidden></div>
</div>
<div class="notices" id="notices" role="status" hidden></div>
<main class="workspace">
  <section class="sheet-area">
    <div class="grid-scroll" id="grid" tabindex="0" data-label="sheetGridLabel"></div>
    <nav class="tabs" id="tabs" role="tablist" data-label="sheetTabsLabel"></nav>
  </section>
  <aside class="sidebar" id="sidebar" hidden data-label="sidebarLabel">
    <header class="sidebar-header">
      <span class="sidebar-title" id="sidebar-title"></span>
      <button class="icon-button" id="sidebar-close" type="button" data-label="closeSidebarLabel">✕</button>
    </header>
    <iframe class="sidebar-frame" id="sidebar-frame" data-title="sidebarLabel"></iframe>
  </aside>
</main>
<div class="modal-root" id="modal-root"></div>
<div class="toast" id="toast" role="status" hidden></div>
<script src="/page.js"></script>
</body>
</html>
`;
