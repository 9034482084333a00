import { App, type FormInstance } from 'antd';
import { useI18n } from '../lib/i18n/i18n.tsx';
import { showFieldErrors } from '../lib/form-errors.ts';

/**
 * Wraps a form's submit: a server refusal lands on the fields it names, and anything no field can
 * show becomes a message. The submit function handles success itself (navigate, close, toast).
 */
export function useFormSubmit<T>(form: FormInstance<T>, submit: (values: T) => Promise<unknown>) {
  const { message } = App.useApp();
  const { errorText } = useI18n();
  return (values: T) => {
    submit(values).catch((error: unknown) => {
      if (!showFieldErrors(form, error)) void message.error(errorText(error));
    });
  };
}
