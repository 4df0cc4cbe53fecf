import { maskName, maskPhone } from '@contract/privacy';

describe('masking', () => {
  test.each([
    ['13800001234', '138****1234'],
    [null, null],
    ['', null],
    ['12345', '*****'],
  ])('phone %s → %s', (phone, expected) => {
    expect(maskPhone(phone)).toBe(expected);
  });

  test.each([
    ['张三丰', '张**'],
    ['王秀英', '王**'],
    ['李四', '李*'],
    ['欧阳娜娜', '欧**'],
    ['王', '王'],
    ['', '匿名'],
    [null, '匿名'],
  ])('name %s → %s', (name, expected) => {
    expect(maskName(name)).toBe(expected);
  });
});
