import { reason } from '../../kernel/errors.ts';

/** The accounts room's top-level messages; field reasons are written where each check is made. */
export const accountMessages = {
  // What this room's records are called in 404 and 403 messages.
  account: reason('account', '账号'),
  session: reason('session', '会话'),

  invalidCredentials: reason('wrong username or password', '用户名或密码错误'),
  tooManyFailedSignIns: (minutes: number) =>
    reason(`too many failed sign-ins; try again in ${minutes} min`, `登录失败次数过多，请 ${minutes} 分钟后再试`),
  tooManyPasswordAttempts: (minutes: number) =>
    reason(`too many password attempts; try again in ${minutes} min`, `密码尝试次数过多，请 ${minutes} 分钟后再试`),
};
