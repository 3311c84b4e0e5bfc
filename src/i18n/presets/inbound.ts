/**
 * Only the default funnel's text (Inbound preset and owners), for the server: a plan made in a
 * spreadsheet without a funnel starts from it, and Code.js need not carry the other presets.
 */
import { lazyCatalogue } from "../catalogue";
import { inbound as en, type InboundPresetMessages } from "./en";
import { inbound as pl } from "./pl";
import { inbound as ru } from "./ru";
import { inbound as sv } from "./sv";
import { inbound as zhCN } from "./zhCN";

export type { InboundPresetMessages };

export const inboundPresetMessages = /* @__PURE__ */ lazyCatalogue<InboundPresetMessages>({
  en,
  sv,
  ru,
  pl,
  "zh-CN": zhCN,
});
