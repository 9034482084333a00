import type { SystemActorName } from '../../../../src/kernel/actor.ts';
import type { Role } from '../../../../src/modules/accounts/contract.ts';
import { defineMessages, prefixed } from './catalogue.ts';

/** The platform's words every feature may use: its name, common actions, error codes, roles and system actors. */
export const sharedMessages = defineMessages(
  {
    'app.name': '食安',
    'app.tagline': '食品安全监管平台',
    'app.language': '界面语言',

    'common.actions': '操作',
    'common.back': '返回',
    'common.cancel': '取消',
    'common.clear': '清除',
    'common.create': '新建',
    'common.delete': '删除',
    'common.deleted': '已删除',
    'common.edit': '编辑',
    'common.notFound': '页面不存在或无权查看',
    'common.retry': '重试',
    'common.save': '保存',
    'common.saved': '已保存',
    'common.search': '搜索',
    'common.total': '共 {total} 条',

    'error.network': '无法连接服务器，请检查网络后重试',
    'error.validation_failed': '提交的内容有误，请检查标出的字段',
    'error.body_too_large': '文件或内容过大',
    'error.unsupported_media_type': '不支持的文件类型',
    'error.unauthenticated': '请先登录',
    'error.invalid_credentials': '用户名或密码错误',
    'error.forbidden': '没有权限执行此操作',
    'error.not_found': '未找到，或不在您的管辖范围内',
    'error.version_conflict': '该档案已被他人修改',
    'error.rate_limited': '尝试次数过多，请稍后再试',
    'error.internal': '服务器出错了，请稍后再试',

    ...prefixed('role', {
      admin: '系统管理员',
      regulator: '监管人员',
      inspector: '检查人员',
      market_operator: '市场开办方',
      merchant: '经营户',
      system: '系统',
    } satisfies Record<Role | 'system', string>),

    ...prefixed('systemActor', { demo: '演示数据', cli: '命令行', worker: '后台任务' } satisfies Record<SystemActorName, string>),
  },
  {
    'app.name': 'Shian',
    'app.tagline': 'Food safety supervision',
    'app.language': 'Language',

    'common.actions': 'Actions',
    'common.back': 'Back',
    'common.cancel': 'Cancel',
    'common.clear': 'Clear',
    'common.create': 'New',
    'common.delete': 'Delete',
    'common.deleted': 'Deleted',
    'common.edit': 'Edit',
    'common.notFound': 'This page does not exist or is not yours to see',
    'common.retry': 'Retry',
    'common.save': 'Save',
    'common.saved': 'Saved',
    'common.search': 'Search',
    'common.total': '{total} in all',

    'error.network': 'Cannot reach the server; check the connection and retry',
    'error.validation_failed': 'Some values were refused; see the marked fields',
    'error.body_too_large': 'The file or content is too large',
    'error.unsupported_media_type': 'This file type is not accepted',
    'error.unauthenticated': 'Please sign in',
    'error.invalid_credentials': 'Wrong username or password',
    'error.forbidden': 'You may not do this',
    'error.not_found': 'Not found, or outside your jurisdiction',
    'error.version_conflict': 'Someone else changed this file',
    'error.rate_limited': 'Too many attempts; try again later',
    'error.internal': 'Something went wrong on the server; try again later',

    ...prefixed('role', {
      admin: 'Administrator',
      regulator: 'Regulator',
      inspector: 'Inspector',
      market_operator: 'Market operator',
      merchant: 'Merchant',
      system: 'System',
    } satisfies Record<Role | 'system', string>),

    ...prefixed('systemActor', { demo: 'Demo data', cli: 'Command line', worker: 'Background jobs' } satisfies Record<
      SystemActorName,
      string
    >),
  },
);
