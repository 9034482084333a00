import { describe, expect, it } from 'vitest';
import { toFieldName } from './form-errors.ts';

describe('server field paths on form fields', () => {
  it('turns a JSON-pointer-like path into an antd name path', () => {
    expect(toFieldName('licences/0/expiresOn')).toEqual(['licences', 0, 'expiresOn']);
    expect(toFieldName('/contacts/12/phone')).toEqual(['contacts', 12, 'phone']);
    expect(toFieldName('creditCode')).toEqual(['creditCode']);
  });
});
