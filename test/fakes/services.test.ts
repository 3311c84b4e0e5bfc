import { FakeLock } from "../../fakes/lock";
import { fakeHtmlService } from "../../fakes/html";
import { FakeUi } from "../../fakes/ui";
import { at } from "../harness/at";

describe("lock, HTML and UI fakes", () => {
  it("a lock held elsewhere is not acquired; waitLock throws Apps Script's message", () => {
    const lock = new FakeLock();
    expect(lock.tryLock(10)).toBe(true);
    lock.releaseLock();
    lock.heldElsewhere = true;
    expect(lock.tryLock(10)).toBe(false);
    expect(() => lock.waitLock(10)).toThrow(/Lock timeout/);
    expect(lock.acquisitions).toBe(1);
  });

  it("createHtmlOutputFromFile reads <name>.html from the given folder", () => {
    const html = fakeHtmlService(__dirname + "/../../docs");
    expect(() => html.createHtmlOutputFromFile("no-such-file")).toThrow();
    expect(html.createHtmlOutput("<b>x</b>").setTitle("T").getTitle()).toBe("T");
  });

  it("add-ons must build their menu with createAddonMenu", () => {
    const ui = new FakeUi();
    expect(() => ui.createMenu("X").addToUi()).toThrow(/createAddonMenu/);
    ui.createAddonMenu().addItem("Open", "open").addToUi();
    expect(at(ui.menus, 0).items).toEqual([{ label: "Open", functionName: "open" }]);
  });

  it("Ui.alert(prompt, buttons) asks with those buttons; a prompt is never read as buttons", () => {
    const ui = new FakeUi();
    ui.answers.push(ui.Button.YES);
    expect(ui.alert("Save the medians?", ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(ui.alert("OK", undefined)).toBe(ui.Button.OK);
    expect(ui.alerts).toEqual([
      { title: "", prompt: "Save the medians?" },
      { title: "", prompt: "OK" },
    ]);
  });
});
