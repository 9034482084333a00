import { reason } from '../../kernel/errors.ts';

/** The subjects room's top-level messages; field reasons are written where each check is made. */
export const subjectMessages = {
  // What this room's records are called in 404 and 403 messages.
  subject: reason('subject', '主体档案'),
  licence: reason('licence', '许可证'),
  attachment: reason('attachment', '附件'),

  moveOutsideJurisdiction: reason('you may not move this subject outside your jurisdiction', '无权将该主体档案迁出您的管辖范围'),
  versionConflict: reason(
    'someone changed this file since you opened it; reload and try again',
    '该档案在您打开后已被他人修改，请刷新后重试',
  ),
};
