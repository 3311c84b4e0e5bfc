/**
 * A question asked in the sidebar itself (SPEC §5: nothing lost without asking): keyboard usable
 * (the safe answer has the focus, Escape says no), no browser dialog. One question at a time: a
 * new one answers the pending one with no.
 */
import { button, el } from "../pages/dom";

export interface Confirm {
  element: HTMLElement;
  /** Resolves true when the user picks `yes`; `items` are listed under the question. */
  ask(question: string, yes: string, no: string, items?: readonly string[]): Promise<boolean>;
}

export function confirmBox(): Confirm {
  let pending: ((yes: boolean) => void) | undefined;
  const answer = (yes: boolean) => {
    element.hidden = true;
    const resolve = pending;
    pending = undefined;
    resolve?.(yes);
  };
  const text = el("p", { id: "confirm-text" });
  const list = el("ul", {});
  const yesButton = button("", { id: "confirm-yes", class: "primary" }, () => answer(true));
  const noButton = button("", { id: "confirm-no" }, () => answer(false));
  const element = el(
    "section",
    {
      class: "notice confirm",
      hidden: true,
      role: "alertdialog",
      "aria-labelledby": "confirm-text",
    },
    text,
    list,
    el("div", { class: "actions" }, yesButton, noButton),
  );
  element.addEventListener("keydown", (e) => {
    if (e.key === "Escape") answer(false);
  });
  return {
    element,
    ask(question, yes, no, items = []) {
      pending?.(false);
      text.textContent = question;
      list.replaceChildren(...items.map((item) => el("li", { text: item })));
      list.hidden = items.length === 0;
      yesButton.textContent = yes;
      noButton.textContent = no;
      element.hidden = false;
      noButton.focus();
      return new Promise((resolve) => (pending = resolve));
    },
  };
}
