import { describe, expect, it } from 'vitest';
import { defineMessages, mergeCatalogues, prefixed } from './catalogue.ts';

describe('message catalogues', () => {
  it('puts coded values under their prefix', () => {
    expect(prefixed('role', { admin: '系统管理员', merchant: '经营户' })).toEqual({
      'role.admin': '系统管理员',
      'role.merchant': '经营户',
    });
  });

  it('merges catalogues language by language', () => {
    const merged = mergeCatalogues(
      defineMessages({ 'a.one': '一' }, { 'a.one': 'one' }),
      defineMessages({ 'b.two': '二' }, { 'b.two': 'two' }),
    );
    expect(merged).toEqual({ 'zh-CN': { 'a.one': '一', 'b.two': '二' }, 'en-US': { 'a.one': 'one', 'b.two': 'two' } });
  });

  it('refuses a key two catalogues define, since one would hide the other', () => {
    const twice = () =>
      mergeCatalogues(defineMessages({ 'a.one': '一' }, { 'a.one': 'one' }), defineMessages({ 'a.one': '壹' }, { 'a.one': 'One' }));
    expect(twice).toThrow('The message key a.one is defined twice');
  });
});
