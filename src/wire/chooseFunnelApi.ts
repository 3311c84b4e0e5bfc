/** The server function New plan's choose-funnel dialog calls (src/addon/templates/funnelDialog.ts). */
export interface ChooseFunnelApi {
  /** Builds the template's plan (its menu command's name) on the chosen funnel. */
  newPlanForFunnel(templateCommand: string, funnelKey: string): void;
}
