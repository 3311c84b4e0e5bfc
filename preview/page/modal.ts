/** ui.alert as Sheets shows it: a modal with a title, the message and an OK button; one at a time. */
import type { AlertView } from "../viewTypes";
import { el } from "./dom";
import { pageText } from "./pageText";

const queue: AlertView[] = [];

function showNext(root: HTMLElement): void {
  const alert = queue[0];
  if (!alert || root.childElementCount > 0) return;
  const ok = el("button", { className: "primary", text: "OK", attrs: { type: "button" } });
  const dialog = el(
    "div",
    {
      className: "modal",
      attrs: {
        role: "dialog",
        "aria-modal": "true",
        "aria-label": alert.title || pageText().messageLabel,
      },
    },
    [
      el("h2", { className: "modal-title", text: alert.title || "Funnel Math" }),
      el("div", { className: "modal-prompt", text: alert.prompt }),
      el("div", { className: "modal-actions" }, [ok]),
    ],
  );
  const backdrop = el("div", { className: "modal-backdrop" }, [dialog]);
  const dismiss = () => {
    backdrop.remove();
    queue.shift();
    showNext(root);
  };
  ok.addEventListener("click", dismiss);
  dialog.addEventListener("keydown", (e) => {
    if (e.key === "Escape" || e.key === "Enter") {
      e.preventDefault();
      dismiss();
    }
  });
  root.appendChild(backdrop);
  ok.focus();
}

export function showAlerts(root: HTMLElement, alerts: AlertView[]): void {
  queue.push(...alerts);
  showNext(root);
}
