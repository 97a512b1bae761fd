// The form a workbook reports on: its id in one document property, which ตั้งค่าแบบรายงาน sets; every action reads it here.
// Unset, or an id no built-in form has, means DLA's form, so a workbook set up before there was a choice works as before.

import { builtInForm } from '../core/form/builtInForms';
import { DLA_ONLINE_MARKET } from '../core/form/dlaOnlineMarket';
import type { FormSpec } from '../core/form/types';
import type { PropertiesApi } from './adapter/services';

/** document property: the id of the workbook's form (https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()) */
export const WORKBOOK_FORM_KEY = 'khongdee.formId';

/** the form of a workbook that never chose one */
export const DEFAULT_FORM: FormSpec = DLA_ONLINE_MARKET;

/** The document properties as a store (one getProperty call), or as the map one getProperties call already returned. */
export type WorkbookProperties = Pick<PropertiesApi, 'getProperty'> | { readonly [key: string]: string };

function storedId(props: WorkbookProperties): string | null {
  if (typeof props.getProperty === 'function')
    return (props as Pick<PropertiesApi, 'getProperty'>).getProperty(WORKBOOK_FORM_KEY);
  const value = (props as { readonly [key: string]: string })[WORKBOOK_FORM_KEY];
  return typeof value === 'string' ? value : null;
}

/** The workbook's form: the built-in form its property names, else DLA's. */
export function workbookForm(props: WorkbookProperties): FormSpec {
  const id = storedId(props);
  return (id !== null && builtInForm(id)) || DEFAULT_FORM;
}

/** Remembers the workbook's form (one setProperty call). */
export function rememberWorkbookForm(props: PropertiesApi, form: FormSpec): void {
  props.setProperty(WORKBOOK_FORM_KEY, form.id);
}
