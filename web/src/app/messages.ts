import { defineMessages } from '../lib/i18n/catalogue.ts';

/** The shell's own words: its navigation chrome and the home page. */
export const appMessages = defineMessages(
  {
    'nav.home': '首页',
    'nav.logout': '退出登录',
    'nav.open': '打开导航',

    'home.title': '监管概览',
    'home.marketMerchants': '本市场经营户',
    'home.marketFile': '市场档案',
    'home.noSubject': '您的账户尚未关联主体，请联系管理员',
  },
  {
    'nav.home': 'Home',
    'nav.logout': 'Sign out',
    'nav.open': 'Open navigation',

    'home.title': 'Overview',
    'home.marketMerchants': "This market's merchants",
    'home.marketFile': "The market's file",
    'home.noSubject': 'Your account is not linked to a subject yet; ask an administrator',
  },
);
