/** HtmlService: serves the built HTML files of dist/ as createHtmlOutputFromFile does. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Accepts } from "./typing";

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

/** The build output the add-on's HTML files are served from. */
export const DIST = join(__dirname, "..", "dist");

export class FakeHtmlOutput
  implements
    Pick<HtmlOutput, "getTitle" | "getWidth" | "getHeight" | "getContent">,
    Accepts<HtmlOutput, "setTitle" | "setWidth" | "setHeight">
{
  private title = "";
  private width = 300;
  constructor(private readonly content: string) {}
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  private height = 400;
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  getContent(): string {
    return this.content;
  }
}

export function fakeHtmlService(distDir = DIST) {
  return {
    /** The file names read, in order (a test's witness of what a call loaded). */
    reads: [] as string[],
    createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
      this.reads.push(filename);
      return new FakeHtmlOutput(readFileSync(join(distDir, `${filename}.html`), "utf8"));
    },
    createHtmlOutput(html = ""): FakeHtmlOutput {
      return new FakeHtmlOutput(html);
    },
  };
}
