import { filerLabel, filingLabel, onBehalfRole } from '@contract/filer';
import { forbiddenKeyPath } from '../../cloudfunctions/_shared/action';
import { SCENE, sceneOf } from '../../cloudfunctions/_shared/content-security';
import { messageData } from '../../cloudfunctions/_shared/notify';
import { isOwnPhotoId } from '../../cloudfunctions/_shared/photos';

describe('prototype keys are found at any depth', () => {
  test.each([
    [JSON.parse('{"__proto__":{"id":"w1"}}'), '__proto__'],
    [JSON.parse('{"a":{"b":[1,{"constructor":2}]}}'), 'a.b.1.constructor'],
    [JSON.parse('{"prototype":null}'), 'prototype'],
    [{ name: '王五', nested: { fine: true } }, null],
    ['not an object', null],
  ])('%j → %p', (payload, expected) => {
    expect(forbiddenKeyPath(payload)).toBe(expected);
  });

  test('a payload nested 10,000 levels deep is walked without exhausting the stack', () => {
    const deep = JSON.parse(`${'{"a":'.repeat(10000)}{"__proto__":1}${'}'.repeat(10000)}`);
    expect(forbiddenKeyPath(deep)).toBe(`${'a.'.repeat(10000)}__proto__`);
  });
});

describe('content-check scenes', () => {
  test.each([
    ['name', SCENE.profile],
    ['room', SCENE.profile],
    ['onBehalfOf.name', SCENE.profile],
    ['onBehalfOf.room', SCENE.profile],
    ['title', SCENE.comment],
    ['story', SCENE.comment],
    ['note', SCENE.comment],
    ['thanks', SCENE.comment],
    ['intro', SCENE.comment],
  ])('%s → scene %d', (field, scene) => {
    expect(sceneOf(field)).toBe(scene);
  });
});

describe('subscription-message fields are cut by characters', () => {
  test('a title of 25 emoji keeps 20 whole emoji; a status keeps 5 characters', () => {
    const data = messageData({ title: '😀'.repeat(25), status: '𠮷𠮷𠮷𠮷𠮷𠮷', page: 'p' }, '2026-01-01 10:00');
    expect(data.thing1.value).toBe('😀'.repeat(20));
    expect(data.phrase2.value).toBe('𠮷'.repeat(5));
    expect(data.thing1.value.length).toBe(40); // 20 characters, 40 UTF-16 units: nothing split
  });

  test('short values are untouched', () => {
    expect(messageData({ title: '换灯泡', status: '已认领', page: 'p' }, 't')).toEqual({
      thing1: { value: '换灯泡' },
      phrase2: { value: '已认领' },
      time3: { value: 't' },
    });
  });
});

describe('who filed: 网格员 or 楼栋长', () => {
  test.each([
    [{ filedByGridWorker: false, filedByRole: null }, '居民', '居民'],
    [{ filedByGridWorker: true, filedByRole: 'grid_worker' as const }, '网格员', '网格员代居民'],
    [{ filedByGridWorker: true, filedByRole: 'building_leader' as const }, '楼栋长', '楼栋长代居民'],
    [{ filedByGridWorker: true }, '网格员', '网格员代居民'],
  ])('%j → %s / %s', (wish, label, created) => {
    expect(filerLabel(wish)).toBe(label);
    expect(filingLabel(wish)).toBe(created);
  });

  test('someone who is both files as 网格员; a building leader as 楼栋长', () => {
    expect(onBehalfRole(['grid_worker', 'building_leader'])).toBe('grid_worker');
    expect(onBehalfRole(['building_leader'])).toBe('building_leader');
  });
});

describe('a photo is the caller\'s own file in this environment', () => {
  const env = 'prod-1a2b';
  const bucket = `${env}.7072-${env}-1300000000`;
  test.each([
    [`cloud://${bucket}/wishes/o-me/20260101/a.jpg`, true],
    [`cloud://${bucket}/wishes/o-other/20260101/a.jpg`, false],
    [`cloud://other-env.7072-other-env-1300000000/wishes/o-me/a.jpg`, false],
    [`cloud://${bucket}/avatars/o-me/a.jpg`, false],
    [`cloud://${bucket}/wishes/o-me/../o-other/a.jpg`, false],
    [`cloud://${bucket}/wishes/o-me-2/a.jpg`, false],
    [`https://example.com/wishes/o-me/a.jpg`, false],
  ])('%s → %p', (fileID, expected) => {
    expect(isOwnPhotoId(fileID, env, 'o-me')).toBe(expected);
  });
});
