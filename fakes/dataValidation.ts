/**
 * Data validation as the add-on uses it: SpreadsheetApp.newDataValidation().requireCheckbox()
 * .build(), set on a range with Range.setDataValidation. Only the checkbox criterion is modelled.
 */
export interface FakeDataValidation {
  criteria: "CHECKBOX";
}

export class FakeDataValidationBuilder {
  private criteria: "CHECKBOX" | undefined;
  requireCheckbox(): this {
    this.criteria = "CHECKBOX";
    return this;
  }
  build(): FakeDataValidation {
    if (!this.criteria) throw new Error("A data validation rule needs a criterion.");
    return { criteria: this.criteria };
  }
}
