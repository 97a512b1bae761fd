// Form declarations read from a file: the built-in form passes; shapes and references that are wrong are refused clearly.

import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { formSchema, readFormDeclaration } from '../../src/core/form/formSchema';

const asJson = () => JSON.parse(JSON.stringify(DLA_ONLINE_MARKET));

describe('form declarations', () => {
  test('the built-in form is a valid declaration, and reads back from JSON unchanged', () => {
    expect(formSchema.safeParse(DLA_ONLINE_MARKET).success).toBe(true);
    const read = readFormDeclaration(asJson(), 'dla.json');
    expect(read.ok && read.form).toEqual(DLA_ONLINE_MARKET);
  });

  test.each([
    ['a column without a header', (f: any) => (f.columns[0].header = '')],
    ['an unknown value type', (f: any) => (f.columns[1].type = 'currency')],
    ['a key that is not an identifier', (f: any) => (f.columns[2].key = 'two words')],
    ['no columns', (f: any) => (f.columns = [])],
    ['a bad start date', (f: any) => (f.activityStart = '1/10/2568')],
  ])('%s is refused with the place named', (_name, spoil) => {
    const f = asJson();
    spoil(f);
    const read = readFormDeclaration(f, 'my-form.json');
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.message.th).toContain('my-form.json');
      expect(read.message.en).toContain('cannot be used');
    }
  });

  test.each([
    ['a duplicate key', (f: any) => (f.columns[1].key = f.columns[0].key)],
    [
      'no lao column',
      (f: any) => {
        for (const c of f.columns) if (c.role === 'lao') delete c.role;
      },
    ],
    ['a rule naming an unknown column', (f: any) => (f.rowRules[0].then = 'sales')],
    ['a rule with an unknown code', (f: any) => (f.rowRules[0].code = 'MY_RULE')],
    ['a rule naming a text column', (f: any) => (f.rowRules[0].then = 'product')],
  ])('%s is refused', (_name, spoil) => {
    const f = asJson();
    spoil(f);
    expect(readFormDeclaration(f, 'x.json').ok).toBe(false);
  });
});
