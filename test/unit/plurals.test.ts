/**
 * Every counted message of the pages (sidebar, choose-funnel dialog) in Russian and Polish, for
 * counts that take each plural form (CLDR: 1, 21 one; 2, 22 few; 5, 11, 12, 25 many), checked
 * against the sentences a native speaker writes.
 */
import { chooseFunnelMessages } from "../../src/i18n/chooseFunnel";
import { sidebarMessages } from "../../src/i18n/sidebar";

const COUNTS = [1, 2, 5, 11, 12, 21, 22, 25] as const;

function rendered(render: (n: number) => string): Record<number, string> {
  return Object.fromEntries(COUNTS.map((n) => [n, render(n)]));
}

describe("Russian", () => {
  const t = sidebarMessages("ru");
  const d = chooseFunnelMessages("ru");

  it("problems in the table", () => {
    const tail = "Исправьте их ниже и сохраните:";
    expect(rendered(t.tableProblems)).toEqual({
      1: "В таблице на листе есть ошибка. Исправьте её ниже и сохраните:",
      2: `В таблице на листе 2 ошибки. ${tail}`,
      5: `В таблице на листе 5 ошибок. ${tail}`,
      11: `В таблице на листе 11 ошибок. ${tail}`,
      12: `В таблице на листе 12 ошибок. ${tail}`,
      21: `В таблице на листе 21 ошибка. ${tail}`,
      22: `В таблице на листе 22 ошибки. ${tail}`,
      25: `В таблице на листе 25 ошибок. ${tail}`,
    });
  });

  it("fields to fix before saving", () => {
    const r = rendered(t.notSavedFixFields);
    expect(r[1]).toBe("Не сохранено: сначала исправьте выделенное поле.");
    for (const n of COUNTS.slice(1))
      expect(r[n]).toBe(`Не сохранено: сначала исправьте выделенные поля (${n}).`);
  });

  it("plan sheets that a deleted funnel breaks", () => {
    const r = rendered((n) => t.deleteConfirmPlans("EMEA", n, "A, B"));
    const head = "Удалить воронку «EMEA»? Её лист и именованные диапазоны будут удалены, а";
    expect(r[1]).toBe(`${head} на листе плана A, B появятся ошибки.`);
    expect(r[2]).toBe(`${head} на 2 листах планов появятся ошибки: A, B.`);
    expect(r[5]).toBe(`${head} на 5 листах планов появятся ошибки: A, B.`);
    expect(r[11]).toBe(`${head} на 11 листах планов появятся ошибки: A, B.`);
    expect(r[12]).toBe(`${head} на 12 листах планов появятся ошибки: A, B.`);
    expect(r[21]).toBe(`${head} на 21 листе планов появятся ошибки: A, B.`);
    expect(r[22]).toBe(`${head} на 22 листах планов появятся ошибки: A, B.`);
    expect(r[25]).toBe(`${head} на 25 листах планов появятся ошибки: A, B.`);
  });

  it("a funnel's stages in the choose-funnel dialog", () => {
    expect(rendered(d.funnelStages)).toEqual({
      1: "1 этап",
      2: "2 этапа",
      5: "5 этапов",
      11: "11 этапов",
      12: "12 этапов",
      21: "21 этап",
      22: "22 этапа",
      25: "25 этапов",
    });
  });
});

describe("Polish", () => {
  const t = sidebarMessages("pl");
  const d = chooseFunnelMessages("pl");

  it("problems in the table", () => {
    const tail = "Popraw je poniżej i zapisz:";
    expect(rendered(t.tableProblems)).toEqual({
      1: "Tabela w arkuszu ma błąd. Popraw go poniżej i zapisz:",
      2: `Tabela w arkuszu ma 2 błędy. ${tail}`,
      5: `Tabela w arkuszu ma 5 błędów. ${tail}`,
      11: `Tabela w arkuszu ma 11 błędów. ${tail}`,
      12: `Tabela w arkuszu ma 12 błędów. ${tail}`,
      21: `Tabela w arkuszu ma 21 błędów. ${tail}`,
      22: `Tabela w arkuszu ma 22 błędy. ${tail}`,
      25: `Tabela w arkuszu ma 25 błędów. ${tail}`,
    });
  });

  it("fields to fix before saving", () => {
    const r = rendered(t.notSavedFixFields);
    expect(r[1]).toBe("Nie zapisano: najpierw popraw wyróżnione pole.");
    for (const n of COUNTS.slice(1))
      expect(r[n]).toBe(`Nie zapisano: najpierw popraw wyróżnione pola (${n}).`);
  });

  it("plan sheets that a deleted funnel breaks: the verb agrees with the count", () => {
    const r = rendered((n) => t.deleteConfirmPlans("EMEA", n, "A, B"));
    const head = "Usunąć lejek „EMEA”? Jego arkusz i zakresy nazwane zostaną usunięte, a";
    expect(r[1]).toBe(`${head} arkusz planu A, B pokaże błędy.`);
    expect(r[2]).toBe(`${head} 2 arkusze planów pokażą błędy: A, B.`);
    expect(r[5]).toBe(`${head} 5 arkuszy planów pokaże błędy: A, B.`);
    expect(r[11]).toBe(`${head} 11 arkuszy planów pokaże błędy: A, B.`);
    expect(r[12]).toBe(`${head} 12 arkuszy planów pokaże błędy: A, B.`);
    expect(r[21]).toBe(`${head} 21 arkuszy planów pokaże błędy: A, B.`);
    expect(r[22]).toBe(`${head} 22 arkusze planów pokażą błędy: A, B.`);
    expect(r[25]).toBe(`${head} 25 arkuszy planów pokaże błędy: A, B.`);
  });

  it("a funnel's stages in the choose-funnel dialog", () => {
    expect(rendered(d.funnelStages)).toEqual({
      1: "1 etap",
      2: "2 etapy",
      5: "5 etapów",
      11: "11 etapów",
      12: "12 etapów",
      21: "21 etapów",
      22: "22 etapy",
      25: "25 etapów",
    });
  });
});
