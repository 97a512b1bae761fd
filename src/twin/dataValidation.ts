// Data validation rules and their builder. The builder is local in Apps Script (no round trip), so none of its
// methods, build() included, is counted.

import type { DataValidationApi, DataValidationBuilderApi, RangeApi } from '../addon/adapter/services';
import { DataValidationCriteria } from './enums';

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export class TwinDataValidation implements DataValidationApi {
  constructor(
    readonly criteria: Criteria,
    readonly criteriaValues: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}

  getCriteriaType(): Criteria {
    return this.criteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this.criteriaValues];
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getHelpText(): string {
    return this.helpText;
  }
}

export class TwinDataValidationBuilder implements DataValidationBuilderApi {
  private criteria: Criteria | null = null;
  private criteriaValues: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';

  requireNumberGreaterThanOrEqualTo(number: number): this {
    this.criteria = DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO;
    this.criteriaValues = [number];
    return this;
  }

  /** `showDropdown` defaults to true, as in Apps Script. */
  requireValueInRange(range: RangeApi, showDropdown = true): this {
    this.criteria = DataValidationCriteria.VALUE_IN_RANGE;
    this.criteriaValues = [range, showDropdown];
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): this {
    this.helpText = helpText;
    return this;
  }

  build(): TwinDataValidation {
    if (this.criteria === null) throw new Error('twin: a data validation rule needs a criterion before build()');
    return new TwinDataValidation(this.criteria, [...this.criteriaValues], this.allowInvalid, this.helpText);
  }
}
