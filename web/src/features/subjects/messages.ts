import { defineMessages } from '../../lib/i18n/catalogue.ts';
import { createI18nHook } from '../../lib/i18n/i18n.tsx';
import { enUS } from './messages/en-us.ts';
import { zhCN } from './messages/zh-cn.ts';

export const subjectsMessages = defineMessages(zhCN, enUS);

/** This feature's `t()`: its own keys and the shared ones. */
export const useSubjectsI18n = createI18nHook(subjectsMessages);
export type SubjectsTranslate = ReturnType<typeof useSubjectsI18n>['t'];
