/** The sidebar HTML as served to the preview's panel: the add-on's own file plus the stand-in. */

/** Inserts `script` as the first thing in <head> (or the document), before the sidebar's code. */
export function injectScript(html: string, script: string): string {
  // "</script" inside the script would end the element early.
  const tag = `<script>${script.replace(/<\/script/gi, "<\\/script")}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head)
    return (
      html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length)
    );
  const doctype = /<!doctype[^>]*>/i.exec(html);
  if (doctype)
    return (
      html.slice(0, doctype.index + doctype[0].length) +
      tag +
      html.slice(doctype.index + doctype[0].length)
    );
  return tag + html;
}

/** Shown in the panel when the add-on has not opened a sidebar (or none is built). */
export const NO_SIDEBAR_HTML = `<!doctype html><html><head><meta charset="utf-8"><style>
body{font:13px Roboto,Arial,sans-serif;color:#5f6368;margin:16px;line-height:1.5}
strong{color:#202124;display:block;margin-bottom:4px}</style></head><body>
<strong>No sidebar</strong>Choose <em>Funnel Math ▸ Stage editor</em> to open the stage editor.
</body></html>`;
