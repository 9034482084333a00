import { features } from '../features/index.ts';
import { mergeCatalogues, type KeyOf } from '../lib/i18n/catalogue.ts';
import { createI18nHook } from '../lib/i18n/i18n.tsx';
import { appMessages } from './messages.ts';

/** The shell's words and every feature's, merged: the shell labels the features' navigation entries. */
const catalogue = mergeCatalogues(appMessages, ...features.map((feature) => feature.messages));

export type AppMessageKey = KeyOf<typeof catalogue>;
export const useAppI18n = createI18nHook(catalogue);
