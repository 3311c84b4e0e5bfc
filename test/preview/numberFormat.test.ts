import {
  formatCellValue,
  formatDate,
  formatGeneral,
  formatNumber,
  splitSections,
} from "../../preview/numberFormat";

describe("the preview's number formatter", () => {
  it.each([
    [1234567.4, "#,##0", "1,234,567"],
    [0, "#,##0", "0"],
    [1391.666, "#,##0.0", "1,391.7"],
    [0.3, "0%", "30%"],
    [0.02, "0.0%", "2.0%"],
    [0.00134, "0.0%", "0.1%"],
    [100000, "[$€]#,##0", "€100,000"],
    [-2500, "[$€]#,##0", "-€2,500"],
    [100000, "[$$]#,##0", "$100,000"],
    [1500, "[$£-809]#,##0.00", "£1,500.00"],
    [0.123, "+0.0%;-0.0%;0.0%", "+12.3%"],
    [-0.05, "+0.0%;-0.0%;0.0%", "-5.0%"],
    [0, "+0.0%;-0.0%;0.0%", "0.0%"],
    [3.456, '0.0"×"', "3.5×"],
    [12, '0" months"', "12 months"],
    [1234, "#,##0.0#", "1,234.0"],
    [1234.5678, "#,##0.0#", "1,234.57"],
    [-0.0001, "0.0", "0.0"],
    [1500000, "#,##0,", "1,500"],
    [0.5, "General", "0.5"],
    [1 / 3, "", "0.3333333333"],
  ])("%p under %p shows %p", (value, pattern, shown) => {
    expect(formatNumber(value, pattern)).toBe(shown);
  });

  it("formats dates from serial numbers and from Date values", () => {
    // 45658 is 2025-01-01 as a spreadsheet serial number.
    expect(formatNumber(45658, "mmm yyyy")).toBe("Jan 2025");
    expect(formatNumber(45658.75, "yyyy-mm-dd")).toBe("2025-01-01");
    expect(formatDate(new Date(Date.UTC(2026, 10, 9)), "d mmmm yy")).toBe("9 November 26");
    expect(formatCellValue(new Date(Date.UTC(2026, 2, 1)), "mmm yyyy")).toBe("Mar 2026");
    expect(formatCellValue(new Date(Date.UTC(2026, 2, 1)))).toBe("2026-03-01");
  });

  // The locale draws the separators and month names (Sheets API guide "Date and number formats":
  // "the actual rendering of the format depends on the spreadsheet's locale").
  it.each([
    [1234567.5, "#,##0.0", "sv_SE", "1\u00a0234\u00a0567,5"],
    [100000, "#,##0 [$kr]", "sv_SE", "100\u00a0000 kr"],
    [100000, "#,##0 [$zł]", "pl_PL", "100\u00a0000 zł"],
    [100000, "#,##0 [$₽]", "ru_RU", "100\u00a0000 ₽"],
    [100000, "[$¥]#,##0", "zh_CN", "¥100,000"],
    [1234.5, "#,##0.00", "de_DE", "1.234,50"],
    [0.125, "0.0%", "sv_SE", "12,5%"],
    [1.5, "General", "sv_SE", "1,5"],
    [46508, "mmm yyyy", "sv_SE", "maj 2027"],
    [46508, "mmm yyyy", "zh_CN", "5月 2027"],
    [46508, 'yyyy"年"m"月"', "zh_CN", "2027年5月"],
    [46508, "mmmm yyyy", "ru_RU", "май 2027"],
    [46522, "d mmmm yyyy", "ru_RU", "15 мая 2027"],
    [46508, "mmm yyyy", "pl_PL", "maj 2027"],
    [46508, "mmm yyyy", "en_IE", "May 2027"],
    [46508.5, "yyyy-mm-dd hh:mm", "sv_SE", "2027-05-01 12:00"],
  ])("%p under %p in %s shows %p", (value, pattern, locale, shown) => {
    expect(formatNumber(value, pattern, locale)).toBe(shown);
  });

  it("shows a Date as the day it is in the spreadsheet's time zone", () => {
    // Midnight 1 March in Stockholm is still 28 February in UTC.
    const midnight = new Date(Date.UTC(2026, 1, 28, 23));
    expect(formatCellValue(midnight, "yyyy-mm-dd", "sv_SE", "Europe/Stockholm")).toBe("2026-03-01");
  });

  it("splits sections only outside quotes and brackets", () => {
    expect(splitSections('0" a;b";[$;]0;0')).toEqual(['0" a;b"', "[$;]0", "0"]);
  });

  it("shows General numbers like Sheets and other values as text", () => {
    expect(formatGeneral(16700)).toBe("16700");
    expect(formatGeneral(0.1 + 0.2)).toBe("0.3");
    expect(formatCellValue(true)).toBe("TRUE");
    expect(formatCellValue("<b>not html</b>", "0%")).toBe("<b>not html</b>");
  });
});
