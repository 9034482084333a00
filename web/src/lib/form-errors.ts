import type { FormInstance } from 'antd';
import { isApiError } from './api-client.ts';

type FieldName = Array<string | number>;

/** `licences/0/expiresOn` (or `/licences/0/expiresOn`) → `['licences', 0, 'expiresOn']`. */
export function toFieldName(path: string): FieldName {
  return path
    .split('/')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Shows a server validation error's reasons under the form's own fields.
 * Answers whether every reason found a field, so the caller knows if a general message is still needed.
 */
export function showFieldErrors<T>(form: FormInstance<T>, error: unknown): boolean {
  if (!isApiError(error) || error.fields.length === 0) return false;
  const registered = new Set(form.getFieldsError().map(({ name }) => name.join('/')));
  const placed = error.fields
    .map((field) => ({ name: toFieldName(field.path), errors: [field.reason] }))
    .filter(({ name }) => registered.has(name.join('/')));
  form.setFields(placed as Parameters<FormInstance<T>['setFields']>[0]);
  return placed.length === error.fields.length;
}
