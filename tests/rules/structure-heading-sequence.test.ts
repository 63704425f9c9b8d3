import { describe, expect, it } from 'vitest';
import { lintWith } from '../helpers';

const RULE = ['structure-heading-sequence'];

describe('structure-heading-sequence', () => {
  const notice = ['一、检查内容', '（一）制度落实情况。', '（二）设施安全情况。', '二、工作要求', '1.高度重视。', '2.认真整改。', ''].join('\n');

  it('reports a level the section skips (1. right under 二、 while 一、 uses （一）) as a hint only', () => {
    const found = lintWith(notice, RULE);
    expect(found.map((f) => [f.messageId, notice.slice(f.start, f.end), f.severity])).toEqual([['levelJump', '1.', 'hint']]);
  });

  it('still warns of a number skipped or repeated among siblings', () => {
    const text = notice + '2.及时报送。\n';
    const found = lintWith(text, RULE).filter((f) => f.messageId !== 'levelJump');
    expect(found.map((f) => [f.messageId, f.severity])).toEqual([['repeated', 'warning']]);
  });

  it('takes the items of a list opened after a colon for a list of their own (附件：1. … 2. … 3. …)', () => {
    const text = notice + '附件：1.检查表\n2.整改台账\n3.联系人名单\n';
    expect(lintWith(text, RULE).filter((f) => f.messageId !== 'levelJump')).toEqual([]);
  });
});
